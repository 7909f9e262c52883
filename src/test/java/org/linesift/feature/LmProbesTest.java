package org.linesift.feature;

import org.junit.jupiter.api.Test;
import org.linesift.text.Normalizer;

import static org.junit.jupiter.api.Assertions.*;

/** The insertion test on sentences written for this test, with exact spans. */
class LmProbesTest {
    static final CharLm LM = new CharLm.Builder()
            .add("今年以来，城南新区坚持招商引资，新签约项目十二个，总投资超过八十亿元。")
            .add("区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。")
            .add("据悉，本次签约仪式上，五家企业代表分别发言，表示将加快项目落地进度。")
            .build(0.75);

    /** Runs the insertion test; returns {saving, start, end, kind} and the mapped text. */
    static int[] insertion(String line) {
        char[] m = new char[line.length()];
        int n = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = CharLm.map(Normalizer.fold(line.charAt(k)));
            if (c == ' ' && n > 0 && m[n - 1] == ' ') continue;
            m[n++] = c;
        }
        int[] out = new int[4];
        int[] q = new int[n + 1];
        LmProbes.bigramCosts(LM, m, n, q);
        LmProbes.bestInsertion(LM, m, n, q, out);
        return out;
    }

    @Test
    void bracketedBrandAfterAComma() {
        String line = "今年以来，【金鼎汇】城南新区坚持招商引资，新签约项目十二个。";
        int[] r = insertion(line);
        assertEquals(LmProbes.BRACKETED, r[3]);
        assertEquals("【金鼎汇】", line.substring(r[1], r[2]));
        assertTrue(r[0] > 0);
    }

    @Test
    void brandEndingInAColon() {
        String line = "区招商局负责人介绍，鸿运来：新签约项目主要集中在智能制造领域。";
        int[] r = insertion(line);
        assertEquals(LmProbes.COLON, r[3]);
        assertEquals("鸿运来：", line.substring(r[1], r[2]));
    }

    @Test
    void aColonLabelInsideBracketsIsFurnitureNotABrand() {
        assertNotEquals(LmProbes.COLON, insertion("【字号：大 中 小】 打印本页 关闭窗口")[3]);
        assertNotEquals(LmProbes.COLON, insertion("（责编：鸿运来）")[3]);
    }

    @Test
    void bareHanRunCountsOnlyWhenItRecurs() {
        String once = "今年以来，鸿运来城南新区坚持招商引资，新签约项目十二个。";
        assertEquals(0, insertion(once)[3], "a single bare Han run could be a rare word");
        String twice = "今年以来，鸿运来城南新区坚持招商引资，鸿运来新签约项目十二个。";
        int[] r = insertion(twice);
        assertEquals(LmProbes.BARE, r[3]);
        assertTrue(r[1] == 5 || r[1] == 19, "one of the two occurrences, got " + r[1]);
        assertTrue(twice.substring(r[1], r[2]).startsWith("鸿运"), twice.substring(r[1], r[2]));
    }

    @Test
    void bareLatinCodeIsACandidateOnceAndIsNeverSplit() {
        String line = "据悉，hg8868本次签约仪式上，五家企业代表分别发言。";
        int[] r = insertion(line);
        assertEquals(LmProbes.BARE, r[3]);
        assertEquals("hg8868", line.substring(r[1], r[2]));
    }

    @Test
    void cleanProseHasNoCandidate() {
        int[] r = insertion("区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。");
        assertArrayEquals(new int[]{0, -1, -1, 0}, r);
        assertArrayEquals(new int[]{0, -1, -1, 0}, insertion(""));
        assertArrayEquals(new int[]{0, -1, -1, 0}, insertion("，"));
    }
}
