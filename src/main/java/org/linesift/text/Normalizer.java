package org.linesift.text;

/**
 * Folds a line into the form the features see, one output char per input char, so offsets in the
 * normalised text are offsets in the original line.
 * <ul>
 *   <li>full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic and other spaces to U+0020;</li>
 *   <li>ASCII letters to lower case;</li>
 *   <li>tabs and control characters to U+0020.</li>
 * </ul>
 */
public final class Normalizer {
    private Normalizer() {}

    /** Normalises one char. */
    public static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            if (c < 0x20 || c == 0x7F) return ' ';
            return c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            char a = (char) (c - 0xFEE0);
            return a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
        }
        switch (c) {
            case 0x3000: case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200B: case 0xFEFF: case 0x0085:
                return ' ';
            default:
                if (c >= 0x80 && c < 0xA0) return ' ';
                return c;
        }
    }

    /**
     * Normalises {@code in[0..min(len, out.length))} into {@code out}; returns the number of chars written.
     */
    public static int normalize(CharSequence in, char[] out) {
        int n = Math.min(in.length(), out.length);
        for (int i = 0; i < n; i++) out[i] = fold(in.charAt(i));
        return n;
    }

    /** Normalises a whole string (convenience for tests and training code). */
    public static String normalize(CharSequence in) {
        char[] out = new char[in.length()];
        normalize(in, out);
        return new String(out);
    }
}
