package org.linesift.page;

import org.linesift.feature.CharLm;
import org.linesift.text.CharClass;
import org.linesift.text.LineCore;
import org.linesift.text.Normalizer;

import java.util.Arrays;

/**
 * Spinner twins: a line that repeats another line of the same page with a few of its words swapped for others of
 * the same length ({@code 主办单位：…人民政府主办} and {@code 主理单元：…人民政府主理}). Portals print a headline in
 * more than one list, and an article's paragraph may be printed twice; a 伪原创 spinner that rewrote one copy
 * leaves the other as the original beside it. Of the two, the copy whose swapped words the clean-prose language
 * model finds dearer in their context is the spun one.
 *
 * <p>Two lines are twins when their cores ({@link LineCore}: without a label such as {@code 前言：} and a final
 * mark) have the same length (at least {@link #MIN_CHARS}), differ in at least
 * {@link #MIN_RUNS} separate places, each a run of at most {@link #MAX_RUN} Han chars on both sides, and in at most
 * a quarter of their chars. Templated lines that differ in one field ({@code 成人票原价：50元},
 * {@code 儿童票原价：50元}; {@code 第五位}, {@code 第六位}) differ in one place; a spinner swaps every word its table
 * knows. Digits, Latin and punctuation never differ between twins. A line that is a twin of two or more different
 * lines is a row of a template ({@code 中国（河北）自由贸易试验区（雄安片区}, {@code 中国（福建）自由贸易试验区（福州片区},
 * … differ in two places each), not a spinner's copy: a spinner leaves one original beside its copy, and further
 * copies of that original are the same text, not different ones.
 *
 * <p>Stateless and thread-safe; linear in the page's chars times {@link #PARTNERS}.
 */
final class Twins {
    private Twins() {}

    /** Shortest line that can have a twin, and the longest compared. */
    static final int MIN_CHARS = 12, MAX_CHARS = 4096;
    /** Fewest separate places that differ, and the longest differing run. */
    static final int MIN_RUNS = 2, MAX_RUN = 2;
    /** Lines of the same length each line is compared with (the next ones in page order). */
    static final int PARTNERS = 32;
    /** The least difference, in 1/8 bits, between the two copies' costs around their differing runs. */
    static final int MIN_MARGIN = 24;
    /** Returned by {@link #margin} for lines that are not twins. */
    static final int NONE = Integer.MIN_VALUE;

    /**
     * For each line {@code i < n} that is the dearer copy of a twin pair, sets {@code twinOf[i]} to the index of the
     * other copy (the first one found); leaves the other entries as they are. Returns how many lines it set.
     * Without a language model nothing can be judged and nothing is set. Lines are compared by their cores
     * ({@link LineCore}): a copy printed with a label ({@code 前言：}) or a full stop is still a copy.
     *
     * @param twinOf of at least {@code n} entries, -1 for a line without a twin
     * @param keys scratch of at least {@code n} entries
     * @param cores scratch of at least {@code n} entries
     * @param first scratch of at least {@code n} entries
     */
    static int find(String[] lines, int n, CharLm lm, int[] twinOf, long[] keys, long[] cores, int[] first) {
        if (lm == null) return 0;
        // whole lines first, then cores: a line whose label is a word of its own (主办单位：) keeps its whole-line twin
        int found = pairs(lines, n, lm, twinOf, keys, cores, first, false);
        return found + pairs(lines, n, lm, twinOf, keys, cores, first, true);
    }

    private static int pairs(String[] lines, int n, CharLm lm, int[] twinOf, long[] keys, long[] cores, int[] first,
            boolean core) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            long c = core ? LineCore.of(lines[i]) : lines[i].length();
            int len = LineCore.end(c) - LineCore.start(c);
            cores[i] = c;
            if (len >= MIN_CHARS && len <= MAX_CHARS) keys[m++] = (long) len << 32 | i;
        }
        Arrays.sort(keys, 0, m);
        // first the template rows: a line that is a twin of two lines of different texts
        Arrays.fill(first, 0, n, -1);
        for (int x = 0; x < m; x++) {
            int len = (int) (keys[x] >>> 32);
            for (int y = x + 1; y < m && y <= x + PARTNERS && (int) (keys[y] >>> 32) == len; y++) {
                int i = (int) keys[x], j = (int) keys[y];
                if (margin(lines[i], LineCore.start(cores[i]), lines[j], LineCore.start(cores[j]), len, lm) == NONE) continue;
                partner(first, i, j, lines, cores, len);
                partner(first, j, i, lines, cores, len);
            }
        }
        int found = 0;
        for (int x = 0; x < m; x++) {
            int len = (int) (keys[x] >>> 32);
            for (int y = x + 1; y < m && y <= x + PARTNERS && (int) (keys[y] >>> 32) == len; y++) {
                int i = (int) keys[x], j = (int) keys[y];
                if (first[i] < 0 || first[j] < 0) continue; // no twin at all (-1: not worth a second look) or a ROW
                int d = margin(lines[i], LineCore.start(cores[i]), lines[j], LineCore.start(cores[j]), len, lm);
                if (d == NONE) continue;
                int worse = d >= MIN_MARGIN ? i : d <= -MIN_MARGIN ? j : -1;
                if (worse >= 0 && twinOf[worse] < 0) {
                    twinOf[worse] = worse == i ? j : i;
                    found++;
                }
            }
        }
        return found;
    }

    /** In {@code first}: a template row, a line with twins of two different texts. */
    private static final int ROW = -2;

    /** Notes twin {@code j} of line {@code i}: the first one is kept, one of another text makes {@code i} a {@link #ROW}. */
    private static void partner(int[] first, int i, int j, String[] lines, long[] cores, int len) {
        int f = first[i];
        if (f == -1) first[i] = j;
        else if (f != ROW && !sameText(lines[f], LineCore.start(cores[f]), lines[j], LineCore.start(cores[j]), len)) {
            first[i] = ROW;
        }
    }

    private static boolean sameText(String a, int af, String b, int bf, int len) {
        for (int k = 0; k < len; k++) if (!same(a, af + k, b, bf + k)) return false;
        return true;
    }

    /**
     * For two lines of the same length: {@link #NONE} if they are not twins, else the cost of {@code a} minus the
     * cost of {@code b} around their differing runs (1/8 bits; positive when {@code a} is the dearer copy).
     */
    static int margin(String a, String b, CharLm lm) {
        return a.length() != b.length() ? NONE : margin(a, 0, b, 0, a.length(), lm);
    }

    /** {@link #margin(String, String, CharLm)} of {@code a[af .. af + len)} and {@code b[bf .. bf + len)}. */
    static int margin(String a, int af, String b, int bf, int len, CharLm lm) {
        int maxDiffs = len / 4, diffs = 0, runs = 0, margin = 0;
        for (int k = 0; k < len; ) {
            if (same(a, af + k, b, bf + k)) {
                k++;
                continue;
            }
            int start = k;
            for (; k < len && !same(a, af + k, b, bf + k); k++) {
                if (!isHan(a, af + k) || !isHan(b, bf + k) || ++diffs > maxDiffs) return NONE;
            }
            if (k - start > MAX_RUN) return NONE;
            // runs apart by anything but Han chars are one place (电 话 and 传 真): a field's name, not two words
            int g = k;
            while (g < len && same(a, af + g, b, bf + g) && !isHan(a, af + g)) g++;
            if (g > k && g < len && !same(a, af + g, b, bf + g)) return NONE;
            runs++;
            margin += cost(a, af + start, af + k, lm) - cost(b, bf + start, bf + k, lm);
        }
        return runs >= MIN_RUNS ? margin : NONE;
    }

    private static boolean same(String a, int i, String b, int j) {
        return Normalizer.fold(a.charAt(i)) == Normalizer.fold(b.charAt(j));
    }

    private static boolean isHan(String s, int k) {
        return CharClass.of(Normalizer.fold(s.charAt(k))) == CharClass.HAN;
    }

    /** The LM cost of the bigrams of {@code s} that touch {@code s[from..to)}, its seams included. */
    private static int cost(String s, int from, int to, CharLm lm) {
        int c = 0;
        for (int p = Math.max(1, from); p <= Math.min(s.length() - 1, to); p++) {
            char x = CharLm.map(Normalizer.fold(s.charAt(p - 1))), y = CharLm.map(Normalizer.fold(s.charAt(p)));
            if (x != ' ' && y != ' ') c += lm.bigramQ(x, y);
        }
        return c;
    }
}
