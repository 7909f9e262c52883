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
    void theGbkFullWidthSpaceIsASpaceOtherPrivateUseCharsStayBroken() {
        // two U+E5E5 indent a heading on many GBK pages; U+E000 is an ordinary private-use char
        assertEquals("  十四、报名须知", Normalizer.normalize("\uE5E5\uE5E5十四、报名须知"));
        assertEquals(CharClass.SPACE, CharClass.of('\uE5E5'));
        assertEquals(CharClass.BROKEN, CharClass.of(Normalizer.fold('\uE000')));
        assertEquals(CharClass.BROKEN, CharClass.of('\uFFFD'));
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

    @Test
    void foldsTraditionalToSimplifiedOneCharPerChar() {
        String in = "臺灣經濟發展與兩岸關係「穩中求進」，『開放』";
        String out = Normalizer.normalize(in);
        assertEquals(in.length(), out.length(), "normalisation must keep offsets");
        assertEquals("台湾经济发展与两岸关系“稳中求进”,‘开放’", out);
    }

    @Test
    void simplifiedTextAndSharedCharsStay() {
        // 乾隆 and the surname 甯 are written so in simplified text too; 著 maps to itself in the table
        assertEquals("乾隆年间甯氏著书", Normalizer.normalize("乾隆年间甯氏著书"));
        String mainland = "城南新区招商引资再创佳绩。项目建设稳步推进";
        assertEquals(mainland, Normalizer.normalize(mainland));
    }

    @Test
    void outsideTheBmpAndCompatibilityCharsAreUntouched() {
        String rare = "\uD840\uDC00\uFA0E\uFFFD";
        assertEquals(rare, Normalizer.normalize(rare));
        assertEquals(' ', Normalizer.fold('\uFEFF'));
    }
}
