package org.linesift.train;

import org.linesift.Label;
import org.linesift.model.Model;
import org.linesift.model.TreeEnsemble;
import org.linesift.page.ContextPass;
import org.linesift.page.PageClassifier;

import java.util.Arrays;
import java.util.List;

/**
 * Training rows for the context pass ({@link ContextPass}): pages labelled by a model that never saw them (a
 * cross-validation fold's model on its held-out pages), each of their lines that the model calls body or nav and
 * whose gold label is body or nav, with the context pass's numbers and whether the line is body. The trees learn
 * where the passes before them go wrong on unseen pages, so they must never be trained on pages the model saw.
 * Not thread-safe (it collects rows).
 */
public final class ContextTraining {
    private float[] x = new float[1 << 16];
    private int[] y = new int[1 << 10];
    private int[] group = new int[1 << 10];
    private int rows, groups;
    private int changedRight, changedWrong;

    /**
     * Adds the rows of {@code pages} as {@code model} (without a context pass of its own) labels them, as one group
     * for {@link #crossValidate} (a fold's held-out pages); each page of 12 lines or more also as a short page
     * ({@link Synth#shortWindow}: 6 to 20 lines from near the article's start, drawn from {@code seed} and the
     * page's place), since crawlers hand over such pages too and the trees should not learn that every page is long.
     */
    public void add(Model model, List<GoldPage> pages, long seed) {
        groups++;
        if (model.contextTrees() != null) model = model.withContextTrees(null, model.note());
        PageClassifier classifier = new PageClassifier(model);
        List<GoldPage> all = new java.util.ArrayList<>(pages);
        for (int k = 0; k < pages.size(); k++) {
            GoldPage s = Synth.shortWindow(pages.get(k), new java.util.Random(seed * 1_000_003L + k), "short-" + pages.get(k).id());
            if (s != null) all.add(s);
        }
        for (GoldPage page : all) {
            int n = page.lines().size();
            String[] lines = page.texts().toArray(new String[0]);
            float[] probs = new float[3 * n];
            int[] labels = new int[n];
            classifier.classify(lines, page.markup(), probs, labels, null);
            int[] keep = ContextPass.nonBlank(lines, n);
            float[] f = new float[keep.length * ContextPass.FEATURES];
            ContextPass.features(lines, probs, labels, keep, f);
            for (int r = 0; r < keep.length; r++) {
                int i = keep[r];
                Label gold = page.lines().get(i).label();
                if (labels[i] == Label.SPUN.ordinal() || gold == null || gold == Label.SPUN) continue;
                add(f, r * ContextPass.FEATURES, gold == Label.BODY ? 1 : 0);
            }
        }
    }

    private void add(float[] f, int from, int target) {
        int d = ContextPass.FEATURES;
        if ((rows + 1) * d > x.length) x = Arrays.copyOf(x, Math.max((rows + 1) * d, x.length * 2));
        if (rows + 1 > y.length) {
            y = Arrays.copyOf(y, y.length * 2);
            group = Arrays.copyOf(group, y.length);
        }
        System.arraycopy(f, from, x, rows * d, d);
        group[rows] = groups - 1;
        y[rows++] = target;
    }

    /** The rows collected so far. */
    public int rows() { return rows; }

    /** How many of the rows are body lines. */
    public int bodyRows() {
        int b = 0;
        for (int i = 0; i < rows; i++) b += y[i];
        return b;
    }

    /** Trees fitted to the rows collected so far. */
    public TreeEnsemble fit(Booster.Options o) {
        return Booster.fit(Arrays.copyOf(x, rows * ContextPass.FEATURES), ContextPass.FEATURES, Arrays.copyOf(y, rows), o);
    }

    /**
     * Leave one group out: for each group, trees fitted to the other groups' rows label its rows. Returns, pooled
     * over the groups, the counts {@code {true body, false body, false nav, true nav}} before the trees (the passes'
     * labels) and then after them, eight numbers.
     */
    public int[] crossValidate(Booster.Options o) {
        int d = ContextPass.FEATURES;
        int[] out = new int[8];
        for (int g = 0; g < groups; g++) {
            int m = 0;
            for (int i = 0; i < rows; i++) if (group[i] != g) m++;
            if (m == 0 || m == rows) continue;
            float[] tx = new float[m * d];
            int[] ty = new int[m];
            m = 0;
            for (int i = 0; i < rows; i++) {
                if (group[i] == g) continue;
                System.arraycopy(x, i * d, tx, m * d, d);
                ty[m++] = y[i];
            }
            TreeEnsemble t = Booster.fit(tx, d, ty, o);
            for (int i = 0; i < rows; i++) {
                if (group[i] != g) continue;
                boolean body = y[i] == 1;
                boolean before = x[i * d + ContextPass.OWN_BODY] == 1, after = t.probability(x, i * d) >= 0.5;
                out[cell(body, before)]++;
                out[4 + cell(body, after)]++;
            }
        }
        return out;
    }

    private static int cell(boolean gold, boolean predicted) {
        return gold ? (predicted ? 0 : 2) : (predicted ? 1 : 3);
    }

    /**
     * How {@code trees} do on the rows (in sample): {@code {right before, right after}}, where "before" is the
     * label the passes gave (body when the row's body probability is the larger of body and nav).
     */
    public int[] accuracy(TreeEnsemble trees) {
        int before = 0, after = 0, d = ContextPass.FEATURES;
        for (int i = 0; i < rows; i++) {
            boolean wasBody = x[i * d + ContextPass.OWN_BODY] == 1;
            boolean isBody = trees.probability(x, i * d) >= 0.5;
            if (wasBody == (y[i] == 1)) before++;
            if (isBody == (y[i] == 1)) after++;
        }
        return new int[]{before, after};
    }
}
