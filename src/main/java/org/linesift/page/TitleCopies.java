package org.linesift.page;

import org.linesift.text.Normalizer;
import org.linesift.text.TradePhrases;

import java.util.Arrays;

/**
 * Branded copies: a line that is another line of the page (its title, most often) with a gambling kit's phrase
 * appended ({@link TradePhrases}: {@code 标题|某某app下载} beside {@code 标题}). The copy is spam whatever the name: the
 * trade word says what it is, and the line beside it says what was copied.
 *
 * <p>Lines are compared as written, folded ({@link Normalizer#fold}), without the spaces around them; the copied
 * part must have at least {@link #MIN_CHARS} chars. Stateless and thread-safe; linear in the page's chars.
 */
final class TitleCopies {
    private TitleCopies() {}

    /** The fewest chars of the copied line. */
    static final int MIN_CHARS = 8;

    /**
     * Sets {@code copy[i]} for each line {@code i < n} that is such a copy; returns how many it set.
     *
     * @param hashes scratch of at least {@code n} entries
     */
    static int find(String[] lines, int n, boolean[] copy, long[] hashes) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            int a = first(l, 0), b = last(l, l.length());
            if (b - a >= MIN_CHARS) hashes[m++] = Normalizer.foldedHash(l, a, b);
        }
        if (m < 2) return 0;
        Arrays.sort(hashes, 0, m);
        int found = 0;
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            int s = TradePhrases.appended(l);
            if (s < MIN_CHARS) continue;
            int a = first(l, 0), b = last(l, s);
            if (b - a >= MIN_CHARS && Arrays.binarySearch(hashes, 0, m, Normalizer.foldedHash(l, a, b)) >= 0) {
                copy[i] = true;
                found++;
            }
        }
        return found;
    }

    private static int first(String l, int from) {
        while (from < l.length() && Character.isWhitespace(l.charAt(from))) from++;
        return from;
    }

    private static int last(String l, int to) {
        while (to > 0 && Character.isWhitespace(l.charAt(to - 1))) to--;
        return to;
    }

}
