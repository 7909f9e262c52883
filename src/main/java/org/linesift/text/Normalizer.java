package org.linesift.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Folds a line into the form the features see, one output char per input char, so offsets in the
 * normalised text are offsets in the original line.
 * <ul>
 *   <li>full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic and other spaces to U+0020;</li>
 *   <li>ASCII letters to lower case;</li>
 *   <li>tabs and control characters to U+0020;</li>
 *   <li>traditional Han characters to simplified ones ({@code 經濟發展} to {@code 经济发展}), so a page from Taiwan or
 *       Hong Kong reads like the mainland prose the model learned and its rare-looking characters do not look like
 *       spam. Only one-to-one pairs of HanLP's bundled {@code data/dictionary/tc/t2s.txt} are used, both sides in
 *       the BMP; {@code 乾} and {@code 甯} stay, since simplified text uses them too (乾隆, 甯 as a surname);</li>
 *   <li>the corner-bracket quotes of traditional text to the mainland's curly ones ({@code 「」} to {@code “”},
 *       {@code 『』} to {@code ‘’}).</li>
 * </ul>
 */
public final class Normalizer {
    private Normalizer() {}

    /** HanLP's traditional-to-simplified table, one {@code traditional=simplified} pair per line. */
    static final String T2S_RESOURCE = "/data/dictionary/tc/t2s.txt";
    /** Traditional chars that simplified text also uses as themselves. */
    private static final String T2S_KEEP = "乾甯";
    /** First char the table can map (CJK Extension A); below it {@link #fold} never looks. */
    private static final char HAN_FROM = '\u3400';
    /** Simplified form of each char from {@link #HAN_FROM} on, or the char itself. */
    private static final char[] SIMPLIFIED = loadSimplified();

    private static char[] loadSimplified() {
        char[] t = new char[0x10000 - HAN_FROM];
        for (int i = 0; i < t.length; i++) t[i] = (char) (HAN_FROM + i);
        InputStream in = Normalizer.class.getResourceAsStream(T2S_RESOURCE);
        if (in == null) return t; // the HanLP jar always has it; without it the fold is the identity
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                // length 3: one UTF-16 unit each side, so pairs outside the BMP drop out here
                if (l.length() == 3 && l.charAt(1) == '=' && l.charAt(0) >= HAN_FROM && l.charAt(2) >= HAN_FROM
                        && T2S_KEEP.indexOf(l.charAt(0)) < 0) {
                    t[l.charAt(0) - HAN_FROM] = l.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + T2S_RESOURCE + " from the HanLP jar", e);
        }
        return t;
    }

    /** Normalises one char. */
    public static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            if (c < 0x20 || c == 0x7F) return ' ';
            return c;
        }
        if (c >= HAN_FROM) {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                char a = (char) (c - 0xFEE0);
                return a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
            }
            if (c == 0xFEFF) return ' ';
            return SIMPLIFIED[c - HAN_FROM];
        }
        switch (c) {
            case 0x3000: case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200B: case 0x0085:
                return ' ';
            case '「': return '“';
            case '」': return '”';
            case '『': return '‘';
            case '』': return '’';
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
