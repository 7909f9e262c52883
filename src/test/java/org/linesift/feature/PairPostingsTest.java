package org.linesift.feature;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.linesift.text.CharClass;
import org.linesift.text.Segmenter;

import static org.junit.jupiter.api.Assertions.*;

/** The title finder's pair index answers what reading the lines below a candidate answers. */
class PairPostingsTest {
    private static final PageFeaturizer F = new PageFeaturizer(FeatureConfig.defaults(), PageFeaturizerTest.tinyLm(), Segmenter.get());

    @Test
    void findsAPairOnlyInTheWindowBelowAndNotInTheCandidatesCopies() {
        String[] page = {
                "招商引资再创佳绩",   // 0: the candidate
                "首页 新闻",          // 1
                "招商引资再创佳绩",   // 2: a copy of the candidate: does not count
                "新区招商局负责人介绍", // 3: 招商
                "项目集中在智能制造",   // 4
                "佳绩",               // 5: 佳绩
        };
        PageFeaturizer.Scratch s = PageFeaturizerTest.analysed(F, page);
        PairPostings p = new PairPostings();
        p.build(s, 1, page.length);
        int zhaoShang = '招' << 16 | '商', jiaJi = '佳' << 16 | '绩', zaiChuang = '再' << 16 | '创';
        assertTrue(p.occursBelow(zhaoShang, 0, 6, s.hash));
        assertFalse(p.occursBelow(zhaoShang, 0, 3, s.hash), "only the copy at line 2 is above line 3");
        assertFalse(p.occursBelow(zaiChuang, 0, 6, s.hash), "再创 is only in the copy");
        assertTrue(p.occursBelow(jiaJi, 0, 6, s.hash));
        assertFalse(p.occursBelow(jiaJi, 0, 5, s.hash), "the window ends before line 5");
        assertFalse(p.occursBelow(jiaJi, 5, 6, s.hash), "lines after the candidate only");
        assertFalse(p.occursBelow('智' << 16 | '造', 4, 6, s.hash));
        assertFalse(p.occursBelow('无' << 16 | '有', 0, 6, s.hash), "a pair the page does not have");
    }

    @Provide
    Arbitrary<String[]> pages() {
        // few distinct chars, so that pairs recur; lines longer than the 300 chars the index reads; copies
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().withChars("城南新区招商引资，a1 ").ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withChars("城南新区招商引资").ofMinLength(280).ofMaxLength(340)),
                Tuple.of(2, Arbitraries.of("城南新区招商", "招商引资")));
        return line.array(String[].class).ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 200)
    void answersWhatAScanOfTheLinesBelowAnswers(@ForAll("pages") String[] page) {
        PageFeaturizer.Scratch s = PageFeaturizerTest.analysed(F, page);
        PairPostings p = new PairPostings();
        p.build(s, 0, page.length);
        String chars = "城南新区招商引资";
        for (int after = 0; after < page.length; after++) {
            for (int before = after + 1; before <= page.length; before++) {
                for (char a : chars.toCharArray()) {
                    for (char b : chars.toCharArray()) {
                        int key = a << 16 | b;
                        assertEquals(scan(s, key, after, before), p.occursBelow(key, after, before, s.hash),
                                "pair " + a + b + " after line " + after + " before line " + before);
                    }
                }
            }
        }
    }

    /** The pair in the first 300 folded chars of a line strictly between {@code after} and {@code before}, not a copy of line {@code after}. */
    private static boolean scan(PageFeaturizer.Scratch s, int key, int after, int before) {
        for (int j = after + 1; j < before; j++) {
            if (s.hash[j] == s.hash[after]) continue;
            char prev = 0;
            for (int k = s.at[j], end = Math.min(s.at[j + 1], k + PairPostings.CHARS); k < end; k++) {
                char c = s.text[k];
                if (CharClass.of(c) != CharClass.HAN) { prev = 0; continue; }
                if (prev != 0 && (prev << 16 | c) == key) return true;
                prev = c;
            }
        }
        return false;
    }
}
