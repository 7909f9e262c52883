package org.linesift.text;

/**
 * Character classes of normalised text. Classes are small ints so callers can count them into arrays.
 */
public final class CharClass {
    private CharClass() {}

    public static final int SPACE = 0;
    public static final int HAN = 1;
    public static final int LATIN = 2;
    public static final int DIGIT = 3;
    /** CJK and full-width punctuation (。，、；：？！“”《》【】…). */
    public static final int PUNCT_CJK = 4;
    /** ASCII punctuation and symbols. */
    public static final int PUNCT_ASCII = 5;
    /** Latin-1 supplement letters and symbols (U+00A1..U+00FF): typical of UTF-8 read as Latin-1. */
    public static final int LATIN1 = 6;
    /** U+FFFD, private use, unpaired surrogates, box drawing and other rarely legitimate chars. */
    public static final int BROKEN = 7;
    /** Kana, Hangul, Cyrillic, Greek and everything else. */
    public static final int OTHER = 8;
    public static final int COUNT = 9;

    /** Every char's class, computed once (64 KB): the hottest lookup of the pipeline. */
    private static final byte[] TABLE = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) TABLE[c] = (byte) compute((char) c);
    }

    /** The class of a normalised char. */
    public static int of(char c) {
        return TABLE[c];
    }

    private static int compute(char c) {
        if (c < 0x80) {
            if (c >= 'a' && c <= 'z') return LATIN;
            if (c >= '0' && c <= '9') return DIGIT;
            if (c == ' ') return SPACE;
            if (c >= 'A' && c <= 'Z') return LATIN;
            return c < 0x20 ? SPACE : PUNCT_ASCII;
        }
        if (c >= 0x4E00 && c <= 0x9FFF) return HAN;
        if (c >= 0x3400 && c <= 0x4DBF) return HAN;
        if (c >= 0xF900 && c <= 0xFAFF) return HAN;
        if (c >= 0x3000 && c <= 0x303F) return c == 0x3000 ? SPACE : PUNCT_CJK;
        if (c >= 0xFF00 && c <= 0xFFEF) return PUNCT_CJK;
        if (c >= 0x2010 && c <= 0x206F) return PUNCT_CJK;
        if (c >= 0xFE30 && c <= 0xFE4F) return PUNCT_CJK;
        if (c >= 0x00A1 && c <= 0x00FF) return c == 0x00B7 ? PUNCT_CJK : LATIN1;
        if (c == Normalizer.GBK_SPACE) return SPACE;
        if (c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || Character.isSurrogate(c)) return BROKEN;
        if (c >= 0x2500 && c <= 0x257F) return BROKEN;
        if (c >= 0x2460 && c <= 0x24FF) return PUNCT_CJK; // circled numbers
        if (c >= 0x25A0 && c <= 0x27BF) return PUNCT_CJK; // shapes, dingbats used as bullets
        return OTHER;
    }

    /** True for ASCII letters and digits (after normalisation). */
    public static boolean isAlnum(char c) {
        int k = of(c);
        return k == LATIN || k == DIGIT;
    }

    /** True when every char of {@code c[a..b)} is Han (an empty range is). */
    public static boolean allHan(char[] c, int a, int b) {
        for (int k = a; k < b; k++) if (of(c[k]) != HAN) return false;
        return true;
    }

    /** True when every char of {@code s[a..b)} is Han (an empty range is). */
    public static boolean allHan(CharSequence s, int a, int b) {
        for (int k = a; k < b; k++) if (of(s.charAt(k)) != HAN) return false;
        return true;
    }

    /** The end of the run of Latin letters and digits that starts at {@code k} in {@code c[0..n)}. */
    public static int alnumRunEnd(char[] c, int k, int n) {
        int j = k;
        while (j < n && isAlnum(c[j])) j++;
        return j;
    }

    /** True for sentence-final marks: 。！？!?…；and closing quotes after them are handled by callers. */
    public static boolean isSentenceFinal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '；' || c == ';'
                || c == '.';
    }

    /** True for chars that can be the first char of a bullet or list-item prefix. */
    public static boolean isBullet(char c) {
        return c == '·' || c == '•' || c == '●' || c == '○' || c == '■' || c == '□' || c == '▪' || c == '►'
                || c == '▶' || c == '>' || c == '»' || c == '-' || c == '*' || c == '◆' || c == '◇' || c == '★'
                || c == '☆' || c == '|' || c == '→' || c == '〉' || c == '・';
    }
}
