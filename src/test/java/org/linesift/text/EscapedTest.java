package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Escaped text on lines written for this test: the three codes, the URL exception, the share and count rules. */
class EscapedTest {
    /** 记者从青溪市 in each code (the sentence is ours). */
    static final String ENTITIES = "&#35760;&#32773;&#20174;&#38738;&#28330;&#24066;";
    static final String HEX_ENTITIES = "&#x8bb0;&#x8005;&#x4ece;";
    static final String U_ESCAPES = "\\u8bb0\\u8005\\u4ece\\u9752";
    static final String PERCENT = "%E8%AE%B0%E8%80%85";

    @Test
    void linesMadeOfEscapesOfChineseAreEscaped() {
        assertTrue(Escaped.test(ENTITIES));
        assertTrue(Escaped.test(HEX_ENTITIES));
        assertTrue(Escaped.test(U_ESCAPES));
        assertTrue(Escaped.test(PERCENT), "two characters, six escaped bytes");
        assertTrue(Escaped.test("  " + ENTITIES + "，今天"), "spaces do not count; the escapes are far more than half");
    }

    @Test
    void escapesOfAsciiAndUrlQueriesAreNot() {
        assertFalse(Escaped.test("&#65;&#66;&#67;&#68;"), "ASCII characters");
        assertFalse(Escaped.test("a%20b%20c%20d%20e"), "%20 is a space");
        assertFalse(Escaped.test("https://www.example.com/s?wd=%E8%AE%B0%E8%80%85"), "a link's own query");
        assertFalse(Escaped.test("&amp;&lt;&gt;&quot;"), "named entities are markup, not text");
    }

    @Test
    void aSentenceThatQuotesACodeIsNot() {
        assertFalse(Escaped.test("网页里的“中”字写作%E4%B8%AD，这就是百分号编码，浏览器会自动把它还原为汉字。"),
                "three escapes, under half of the line");
        assertFalse(Escaped.test("&#35760;&#32773;"), "two escapes are too few");
        assertFalse(Escaped.test("&#35760&#32773&#20174"), "no semicolons: not entities");
        assertFalse(Escaped.test("\\u8bb\\u800\\u4ec"), "three hex digits");
        assertFalse(Escaped.test(null));
        assertFalse(Escaped.test(""));
    }

    @Test
    void fourEscapedCharactersInARowAreEscapedWhereverTheyStand() {
        String sentence = "改造工作坚持先民生后提升的原则，优先解决漏水、停电、排水不畅等群众反映强烈的问题。";
        assertTrue(Escaped.test(sentence + "&#37329;&#40718;&#27719;&#23448;"), "four entities after a long sentence");
        assertFalse(Escaped.test(sentence + "&#37329;&#40718;&#27719;"), "three");
        assertFalse(Escaped.test(sentence + "&#37329;&#40718; &#27719;&#23448;"), "a space breaks the run");
        assertTrue(Escaped.test(sentence + "%E9%87%91%E9%BC%8E%E6%B1%87%E5%AE%98"), "four characters of UTF-8, twelve bytes");
        assertFalse(Escaped.test(sentence + "%E9%87%91%E9%BC%8E%E6%B1%87"), "three characters, nine bytes");
        assertFalse(Escaped.test("https://www.example.com/s?wd=%E9%87%91%E9%BC%8E%E6%B1%87%E5%AE%98"), "a link's own query");
    }

    @Test
    void theHalfRuleCountsCharsNotEscapes() {
        String three = "&#35760;&#32773;&#20174;"; // 24 chars
        assertTrue(Escaped.test(three + "x".repeat(24)), "24 of 48: half");
        assertFalse(Escaped.test(three + "x".repeat(25)), "24 of 49");
    }

    @Test
    void runsOfEscapesWithExactOffsets() {
        String line = "记者 " + ENTITIES + " 从" + PERCENT + "%41";
        long r = Escaped.nextRun(line, 0);
        assertEquals(3, r >>> 32);
        assertEquals(3 + ENTITIES.length(), (int) r);
        long r2 = Escaped.nextRun(line, (int) r);
        assertEquals(3 + ENTITIES.length() + 2, r2 >>> 32);
        assertEquals(line.length() - 3, (int) r2, "%41 is ASCII and ends the run");
        assertEquals(-1, Escaped.nextRun(line, (int) r2));
        assertEquals(-1, Escaped.nextRun("%E8 alone", 0), "one escaped byte is not a character");
        assertEquals(0L << 32 | 8, Escaped.nextRun("&#35760; alone", 0), "one entity is");
    }

    @Test
    void decodingGivesTheCharactersBack() {
        assertEquals("记者从青溪市", Escaped.decode(ENTITIES));
        assertEquals("记者从", Escaped.decode(HEX_ENTITIES));
        assertEquals("记者从青", Escaped.decode(U_ESCAPES));
        assertEquals("记者", Escaped.decode(PERCENT));
        assertEquals("记者 从%41&#65;", Escaped.decode("&#35760;\\u8005 %E4%BB%8E%41&#65;"), "ASCII escapes and the rest stay");
        assertEquals("%E8%AE", Escaped.decode("%E8%AE"), "bytes that are not UTF-8 stay as they are");
        assertEquals("😀", Escaped.decode("&#128512;"), "beyond the BMP");
        assertEquals("&#9999999;", Escaped.decode("&#9999999;"), "not a code point");
    }

    @Property(tries = 500)
    void neverThrows(@ForAll String s) {
        Escaped.test(s);
        Escaped.decode(s);
        for (long r = Escaped.nextRun(s, 0); r >= 0; r = Escaped.nextRun(s, (int) r)) {
            assertTrue((r >>> 32) < (int) r && (int) r <= s.length());
        }
    }
}
