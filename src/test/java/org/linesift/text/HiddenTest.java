package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Words hidden by invisible characters or separators, on lines written for this test, with exact offsets. */
class HiddenTest {
    private static String hide(String word, String gap) {
        return String.join(gap, word.split(""));
    }

    @Test
    void hanCharsInterleavedWithInvisibleOnesAreARun() {
        for (String gap : new String[] {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200d\u200d", " \u200b",
                "*", "＊", "-", "_", "/", "．", " ~ "}) {
            String hidden = hide("金鼎汇官网", gap);
            String line = "改造工作坚持先民生后提升的原则，" + hidden + "优先解决漏水问题。";
            assertTrue(Hidden.test(line), "gap U+" + Integer.toHexString(gap.charAt(gap.length() - 1)));
            assertEquals((long) 16 << 32 | (16 + hidden.length()), Hidden.nextRun(line, 0), "from 金 to 网");
            assertEquals(-1, Hidden.nextRun(line, 16 + hidden.length()));
        }
    }

    @Test
    void aBrandsCodeHiddenAmongItsHanCharsByInvisibleOnesIsARun() {
        String line = "据悉，点\u200b招\u200bj\u200b9官网本次改造方案已公示。";
        assertEquals((long) 3 << 32 | 10, Hidden.nextRun(line, 0), "from 点 to 9");
        assertEquals((long) 3 << 32 | 11, Hidden.nextRun("据悉，点\u200d招\u200dj9\u200d官网", 0), "a code is one unit: 点 招 j9 官");
        assertFalse(Hidden.test("据悉，点\u200b招\u200bj9官网"), "two gaps");
        assertFalse(Hidden.test("据悉，点*招*j*9官网"), "separators stand between Latin letters and digits anyway");
        assertFalse(Hidden.test("版本v\u200b1\u200b2\u200b3发布"), "one Han char is too few");
        assertFalse(Hidden.test("a\u200bb\u200bc\u200bd"), "no Han char");
    }

    @Test
    void strayInvisibleCharsAndSpacedWordsAreNot() {
        assertFalse(Hidden.test("改造工作\u200b坚持先民生\u200b后提升的原则\u200b，优先解决漏水问题。"), "one gap at a time");
        assertFalse(Hidden.test(hide("金鼎汇官", "\u200d").substring(0, 5) + "官"), "two gaps: three chars");
        assertTrue(Hidden.test(hide("金鼎汇官", "\u200d")), "three gaps: four chars");
        assertFalse(Hidden.test("田 青 刘 梦 溪"), "plain spaces hide nothing");
        assertFalse(Hidden.test("郑 重 声 明"), "a spaced-out heading");
        assertFalse(Hidden.test("杜·瓦·扎·邦"), "a transliterated name");
        assertFalse(Hidden.test("德、智、体、美"), "a list");
        assertFalse(Hidden.test("京|津|冀|晋|蒙"), "a menu");
        assertFalse(Hidden.test("是/否/不详"), "two gaps");
        assertFalse(Hidden.test(hide("abcdef", "\u200b")), "Latin letters are not Han");
        assertFalse(Hidden.test("\ufeff记者从青溪市住房和城乡建设局获悉"), "a byte-order mark at the start");
        assertFalse(Hidden.test(null));
        assertFalse(Hidden.test(""));
    }

    @Test
    void twoRunsOnOneLine() {
        String a = hide("金鼎汇官网", "\u200b"), b = hide("注册送彩金", "\u2060");
        String line = a + "，今年" + b;
        long r = Hidden.nextRun(line, 0);
        assertEquals(0, r >>> 32);
        assertEquals(a.length(), (int) r);
        long r2 = Hidden.nextRun(line, (int) r);
        assertEquals(a.length() + 3, r2 >>> 32);
        assertEquals(line.length(), (int) r2);
    }

    @Property(tries = 500)
    void neverThrows(@ForAll String s) {
        Hidden.test(s);
        for (long r = Hidden.nextRun(s, 0); r >= 0; r = Hidden.nextRun(s, (int) r)) {
            assertTrue((r >>> 32) < (int) r && (int) r <= s.length());
        }
    }
}
