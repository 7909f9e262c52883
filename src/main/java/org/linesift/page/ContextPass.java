package org.linesift.page;

import org.linesift.Label;
import org.linesift.model.TreeEnsemble;

/**
 * The context pass, the last step of a page: boosted trees ({@link TreeEnsemble}) take a second look at every line
 * labelled body or nav, given what the passes before it decided for the whole page, and choose between the two.
 * The linear passes weigh each piece of context on its own; the trees can read them together: a short line between
 * body lines is an agenda's or a table's row when the page's article is made of short lines, and a menu item when
 * it is not. Spun lines and blank lines are left as they are.
 *
 * <p>The trees read {@link #FEATURES} numbers a line, over the page's non-blank lines in order ({@link #features}):
 * the line's three probabilities and its label; the probabilities, length, sentence-final mark and label (body 1,
 * nav -1, spun 0) of the three lines above and below; the page's mean probabilities and body share, its size and the line's position; the
 * distance to the nearest body line above and below, and where the line stands against the first and last body
 * lines; the body share and mean body and spun probabilities of the eleven lines around it. They were trained on
 * what the bundled passes say about pages they never saw (cross-validation folds, {@code models/README.md}).
 *
 * <p>A chosen line's body and nav probabilities are set to the trees' split of what spun leaves ({@code p_spun}
 * unchanged), so the label is still the most likely one of the two. Thread-safe: each thread brings its own
 * {@link Buffers}, which grow to the longest page seen and are then reused.
 */
public final class ContextPass {
    /** Per-thread work arrays. */
    public static final class Buffers {
        int[] rows = new int[0], up = new int[0], down = new int[0];
        float[] x = new float[0], len = new float[0], fin = new float[0];
        /** Per line of the last page, whether the pass moved it between body and nav. */
        boolean[] moved = new boolean[0];
        int movedCount;

        /** Whether the pass moved line {@code i} of the last page between body and nav. */
        public boolean moved(int i) {
            return i < movedCount && moved[i];
        }

        void ensure(int n) {
            if (rows.length >= n) return;
            int c = Math.max(n, 2 * rows.length);
            rows = new int[c];
            up = new int[c];
            down = new int[c];
            len = new float[c];
            fin = new float[c];
            moved = new boolean[c];
            x = new float[c * FEATURES];
        }
    }

    /** Numbers a line the trees read. */
    public static final int FEATURES = 64;
    /** Where among a line's numbers its own label's body flag sits (1 when the passes labelled it body). */
    public static final int OWN_BODY = 3;
    /** Lines above and below whose own numbers a line reads. */
    static final int REACH = 3;
    /** Half-width of the window whose body share a line reads. */
    static final int WINDOW = 5;
    /** Lengths are read up to this many chars. */
    static final int MAX_LEN = 200;
    /** Distances to a body line are read up to this many lines. */
    static final int MAX_DISTANCE = 99;
    private static final String FINAL_MARKS = "。！？”…；.!?)）";

    private static final int BODY = Label.BODY.ordinal(), NAV = Label.NAV.ordinal(), SPUN = Label.SPUN.ordinal();

    private ContextPass() {}

    /**
     * Relabels the body and nav lines of a classified page with {@code trees} (see the class comment), and notes in
     * {@code b} which lines it moved ({@link Buffers#moved}). Does nothing when {@code trees} is null.
     */
    public static void apply(TreeEnsemble trees, String[] lines, float[] probs, int[] labels, int n, Buffers b) {
        b.movedCount = 0;
        if (trees == null || n == 0) return;
        if (trees.features() != FEATURES) throw new IllegalStateException("the trees read " + trees.features() + " features, not " + FEATURES);
        b.ensure(n);
        java.util.Arrays.fill(b.moved, 0, n, false);
        b.movedCount = n;
        int[] rows = b.rows;
        int m = nonBlank(lines, n, rows);
        if (m == 0) return;
        float[] x = b.x;
        features(lines, probs, labels, rows, m, x, b);
        for (int r = 0; r < m; r++) {
            int i = rows[r];
            if (labels[i] == SPUN) continue;
            double q = trees.probability(x, r * FEATURES);
            float rest = 1 - probs[3 * i + 2];
            float pb = (float) (rest * q), pn = rest - pb;
            probs[3 * i] = pb;
            probs[3 * i + 1] = pn;
            int label = q >= 0.5 ? BODY : NAV;
            b.moved[i] = label != labels[i];
            labels[i] = label;
        }
    }

    /** The indices of the non-blank lines among the first {@code n}. */
    public static int[] nonBlank(String[] lines, int n) {
        int[] rows = new int[n];
        return java.util.Arrays.copyOf(rows, nonBlank(lines, n, rows));
    }

    /** Writes the indices of the non-blank lines among the first {@code n} into {@code rows}; returns how many. */
    private static int nonBlank(String[] lines, int n, int[] rows) {
        int m = 0;
        for (int i = 0; i < n; i++) if (!lines[i].isBlank()) rows[m++] = i;
        return m;
    }

    /**
     * Writes the {@link #FEATURES} numbers of each line {@code rows[r]} into {@code x[r * FEATURES ..]}: the page is
     * the sequence of lines {@code rows} (the non-blank ones, {@link #nonBlank}), with their probabilities
     * {@code probs[3 * i + k]} and labels {@code labels[i]}. Allocates its work arrays.
     */
    public static void features(String[] lines, float[] probs, int[] labels, int[] rows, float[] x) {
        Buffers b = new Buffers();
        b.ensure(rows.length);
        features(lines, probs, labels, rows, rows.length, x, b);
    }

    private static void features(String[] lines, float[] probs, int[] labels, int[] rows, int m, float[] x, Buffers b) {
        float[] len = b.len, fin = b.fin;
        float meanB = 0, meanN = 0, meanS = 0, bodies = 0;
        int firstBody = -1, lastBody = -1;
        for (int r = 0; r < m; r++) {
            int i = rows[r];
            String t = lines[i];
            int end = t.length();
            while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) end--;
            len[r] = Math.min(MAX_LEN, t.length());
            fin[r] = end > 0 && FINAL_MARKS.indexOf(t.charAt(end - 1)) >= 0 ? 1 : 0;
            meanB += probs[3 * i];
            meanN += probs[3 * i + 1];
            meanS += probs[3 * i + 2];
            if (labels[i] == BODY) {
                bodies++;
                if (firstBody < 0) firstBody = r;
                lastBody = r;
            }
        }
        meanB /= m;
        meanN /= m;
        meanS /= m;
        float bodyShare = bodies / m;
        int[] up = b.up, down = b.down;
        int last = -1;
        for (int r = 0; r < m; r++) {
            up[r] = last < 0 ? MAX_DISTANCE : Math.min(MAX_DISTANCE, r - last);
            if (labels[rows[r]] == BODY) last = r;
        }
        last = -1;
        for (int r = m - 1; r >= 0; r--) {
            down[r] = last < 0 ? MAX_DISTANCE : Math.min(MAX_DISTANCE, last - r);
            if (labels[rows[r]] == BODY) last = r;
        }
        for (int r = 0; r < m; r++) {
            int i = rows[r], o = r * FEATURES, k = o;
            x[k++] = probs[3 * i];
            x[k++] = probs[3 * i + 1];
            x[k++] = probs[3 * i + 2];
            assert k - o == OWN_BODY;
            x[k++] = labels[i] == BODY ? 1 : 0;
            x[k++] = labels[i] == NAV ? 1 : 0;
            x[k++] = labels[i] == SPUN ? 1 : 0;
            for (int d = -REACH; d <= REACH; d++) {
                if (d == 0) continue;
                int s = r + d;
                if (s >= 0 && s < m) {
                    int j = rows[s];
                    x[k++] = probs[3 * j];
                    x[k++] = probs[3 * j + 1];
                    x[k++] = probs[3 * j + 2];
                    x[k++] = len[s];
                    x[k++] = fin[s];
                    x[k++] = 1;
                    x[k++] = labels[j] == BODY ? 1 : labels[j] == NAV ? -1 : 0;
                } else {
                    for (int z = 0; z < 7; z++) x[k++] = 0;
                }
            }
            x[k++] = meanB;
            x[k++] = meanN;
            x[k++] = meanS;
            x[k++] = bodyShare;
            x[k++] = m;
            x[k++] = m == 1 ? 0 : r / (float) (m - 1);
            x[k++] = len[r];
            x[k++] = fin[r];
            x[k++] = up[r];
            x[k++] = down[r];
            x[k++] = firstBody >= 0 && r >= firstBody && r <= lastBody ? 1 : 0;
            x[k++] = firstBody >= 0 ? (r - firstBody) / (float) m : -1;
            x[k++] = firstBody >= 0 ? (lastBody - r) / (float) m : -1;
            int a = Math.max(0, r - WINDOW), z = Math.min(m, r + WINDOW + 1);
            float wb = 0, wpb = 0, wps = 0;
            for (int s = a; s < z; s++) {
                int j = rows[s];
                if (labels[j] == BODY) wb++;
                wpb += probs[3 * j];
                wps += probs[3 * j + 2];
            }
            x[k++] = wb / (z - a);
            x[k++] = wpb / (z - a);
            x[k++] = wps / (z - a);
            assert k - o == FEATURES;
        }
    }
}
