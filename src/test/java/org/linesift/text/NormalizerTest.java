package org.linesift.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class NormalizerTest {
    @Test
    void foldsFullWidthAsciiAndSpacesOneCharPerChar() {
        String in = "ＡＢＣ１２３，Ｊ９官网\u3000点招\tX";
        String out = Normalizer.normalize(in);
        assertEquals(in.length(), out.length(), "normalisation must keep offsets");
        assertEquals("abc123,j9官网 点招 x", out);
    }

    @Test
    void keepsHanAndCjkPunctuationButFoldsFullWidthColon() {
        // '：' is U+FF1A, full-width ASCII, so it folds; '。' is U+3002, CJK punctuation, so it stays
        assertEquals("城南新区:招商引资再创佳绩。", Normalizer.normalize("城南新区：招商引资再创佳绩。"));
    }

    @Test
    void controlCharsBecomeSpaces() {
        assertEquals("a b c", Normalizer.normalize("a\u0001b\u0085c"));
    }

    @Test
    void charClasses() {
        assertEquals(CharClass.HAN, CharClass.of('城'));
        assertEquals(CharClass.LATIN, CharClass.of('j'));
        assertEquals(CharClass.DIGIT, CharClass.of('9'));
        assertEquals(CharClass.PUNCT_CJK, CharClass.of('，'));
        assertEquals(CharClass.PUNCT_ASCII, CharClass.of(','));
        assertEquals(CharClass.LATIN1, CharClass.of('è'));
        assertEquals(CharClass.BROKEN, CharClass.of('\uFFFD'));
        assertEquals(CharClass.BROKEN, CharClass.of('\uD800'));
        assertEquals(CharClass.SPACE, CharClass.of(' '));
    }
}
