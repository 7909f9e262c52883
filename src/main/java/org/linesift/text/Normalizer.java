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
 *   <li>full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic and other spaces to U+0020; so is U+E5E5
 *       ({@link #GBK_SPACE}), the private-use char that GBK pages' full-width space decodes to;</li>
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
    /** First char the t2s table may map (CJK Extension A). */
    private static final char HAN_FROM = '\u3400';
    /** First char of {@link #HIGH}: the ideographic space. */
    private static final char HIGH_FROM = '\u3000';
    /**
     * The fold of every char from {@link #HIGH_FROM} on, computed once: the ideographic space and the BOM to a
     * space, corner-bracket quotes to curly ones, traditional chars to simplified, full-width ASCII to ASCII.
     */
    private static final char[] HIGH = foldTable();
    /**
     * U+E5E5, a private-use char: what GBK and GB18030 decoders make of the byte pair A3 A0, which Chinese sites
     * write as a full-width non-breaking space (often twice, to indent a paragraph). It is layout, not a broken char.
     */
    public static final char GBK_SPACE = '\uE5E5';

    private static char[] foldTable() {
        char[] t = new char[0x10000 - HIGH_FROM];
        for (int i = 0; i < t.length; i++) t[i] = (char) (HIGH_FROM + i);
        loadSimplified(t);
        t['\u3000' - HIGH_FROM] = ' ';
        t['\uFEFF' - HIGH_FROM] = ' ';
        t[GBK_SPACE - HIGH_FROM] = ' ';
        t['「' - HIGH_FROM] = '“';
        t['」' - HIGH_FROM] = '”';
        t['『' - HIGH_FROM] = '‘';
        t['』' - HIGH_FROM] = '’';
        for (char c = 0xFF01; c <= 0xFF5E; c++) {
            char a = (char) (c - 0xFEE0);
            t[c - HIGH_FROM] = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
        }
        return t;
    }

    /** Writes HanLP's one-to-one t2s pairs into {@code t} (indexed from {@link #HIGH_FROM}). */
    private static void loadSimplified(char[] t) {
        InputStream in = Normalizer.class.getResourceAsStream(T2S_RESOURCE);
        if (in == null) return; // the HanLP jar always has it; without it traditional chars stay as they are
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                // length 3: one UTF-16 unit each side, so pairs outside the BMP drop out here
                if (l.length() == 3 && l.charAt(1) == '=' && l.charAt(0) >= HAN_FROM && l.charAt(2) >= HAN_FROM
                        && T2S_KEEP.indexOf(l.charAt(0)) < 0) {
                    t[l.charAt(0) - HIGH_FROM] = l.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + T2S_RESOURCE + " from the HanLP jar", e);
        }
    }

    /** Normalises one char. */
    public static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            if (c < 0x20 || c == 0x7F) return ' ';
            return c;
        }
        if (c >= HIGH_FROM) return HIGH[c - HIGH_FROM];
        switch (c) {
            case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200B: case 0x0085:
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

    /** FNV-1a over the folded chars {@code s[from..to)}: equal for text that folds the same. */
    public static long foldedHash(CharSequence s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h ^= fold(s.charAt(i));
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** Normalises a whole string (convenience for tests and training code). */
    public static String normalize(CharSequence in) {
        char[] out = new char[in.length()];
        normalize(in, out);
        return new String(out);
    }
}
