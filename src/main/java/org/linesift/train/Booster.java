package org.linesift.train;

import org.linesift.model.TreeEnsemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Gradient boosting of regression trees for a binary target under log loss (Friedman's method with Newton steps
 * for the leaf values, grown leaf by leaf over binned features, as LightGBM does). It writes a {@link TreeEnsemble},
 * which inference reads without this class.
 *
 * <p>Smile 2.6's {@code GradientTreeBoost} trains such trees too, but its split thresholds are package-private
 * ({@code OrdinalNode.value}), so its trees cannot be written into a model file without reflection; this trainer is
 * small, deterministic and owns the format it fills.
 */
public final class Booster {
    /** Training settings. */
    public static final class Options {
        public int trees = 75;
        public int maxLeaves = 31;
        public double learningRate = 0.2;
        /** L2 penalty on leaf values (on the sum of Hessians). */
        public double lambda = 1.0;
        /** Fewest rows in a leaf. */
        public int minLeaf = 20;
        /** Most bins a feature's values are cut into. */
        public int maxBins = 255;
        /** Share of the rows each tree is grown on, drawn anew for each tree (stochastic gradient boosting). */
        public double subsample = 0.5;
        /** Seed of the row draws. */
        public long seed = 1;
    }

    private Booster() {}

    /**
     * Fits trees to {@code x} (rows of {@code features} values, row-major) and the 0/1 targets {@code y}.
     *
     * @throws IllegalArgumentException when the data is empty, the sizes disagree or a value is NaN
     */
    public static TreeEnsemble fit(float[] x, int features, int[] y, Options o) {
        if (!(o.subsample > 0 && o.subsample <= 1)) throw new IllegalArgumentException("subsample must be above 0 and at most 1");
        int n = y.length;
        if (n == 0) throw new IllegalArgumentException("no rows to train on");
        if ((long) n * features != x.length) throw new IllegalArgumentException("x holds " + x.length + " values, not " + n + " x " + features);
        int pos = 0;
        for (int v : y) {
            if (v != 0 && v != 1) throw new IllegalArgumentException("targets must be 0 or 1");
            pos += v;
        }
        for (float v : x) if (Float.isNaN(v)) throw new IllegalArgumentException("NaN in the features");
        // bins: per feature, the sorted distinct cut values; bin b holds values <= cut[b] (and > cut[b - 1])
        float[][] cuts = new float[features][];
        short[] bin = new short[n * features];
        for (int f = 0; f < features; f++) {
            cuts[f] = cuts(x, features, f, n, o.maxBins);
            for (int i = 0; i < n; i++) {
                int b = Arrays.binarySearch(cuts[f], x[i * features + f]);
                bin[i * features + f] = (short) (b >= 0 ? b : -b - 1);
            }
        }
        double p0 = Math.min(1 - 1e-6, Math.max(1e-6, pos / (double) n));
        float base = (float) Math.log(p0 / (1 - p0));
        double[] score = new double[n];
        Arrays.fill(score, base);
        double[] g = new double[n], h = new double[n];
        List<int[]> sizes = new ArrayList<>();
        List<Short> feat = new ArrayList<>();
        List<Float> val = new ArrayList<>();
        List<Integer> lefts = new ArrayList<>(), rights = new ArrayList<>();
        int[] rows = new int[n];
        java.util.Random random = new java.util.Random(o.seed);
        for (int t = 0; t < o.trees; t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-score[i]));
                g[i] = p - y[i];
                h[i] = Math.max(p * (1 - p), 1e-12);
            }
            int m = 0;
            for (int i = 0; i < n; i++) if (o.subsample >= 1 || random.nextDouble() < o.subsample) rows[m++] = i;
            Tree tree = grow(Arrays.copyOf(rows, m), bin, features, cuts, g, h, o);
            int before = feat.size();
            tree.emit(feat, val, lefts, rights, (float) o.learningRate);
            sizes.add(new int[]{feat.size() - before});
            // update the scores through the tree as stored (the float thresholds inference will use)
            for (int i = 0; i < n; i++) score[i] += tree.leafValue(x, i * features, o.learningRate);
        }
        int total = feat.size();
        short[] fa = new short[total];
        float[] va = new float[total];
        int[] la = new int[total], ra = new int[total];
        for (int k = 0; k < total; k++) {
            fa[k] = feat.get(k);
            va[k] = val.get(k);
            la[k] = lefts.get(k);
            ra[k] = rights.get(k);
        }
        int[] ts = new int[sizes.size()];
        for (int t = 0; t < ts.length; t++) ts[t] = sizes.get(t)[0];
        return new TreeEnsemble(features, base, ts, fa, va, la, ra);
    }

    /** Sorted distinct cut values of feature {@code f}: all its distinct values, or quantiles of them. */
    static float[] cuts(float[] x, int features, int f, int n, int maxBins) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = x[i * features + f];
        Arrays.sort(v);
        float[] distinct = new float[n];
        int d = 0;
        for (int i = 0; i < n; i++) if (d == 0 || v[i] != distinct[d - 1]) distinct[d++] = v[i];
        if (d <= maxBins) return Arrays.copyOf(distinct, d);
        // quantiles of the rows: the value at each of maxBins equal steps through the sorted rows (the last is the
        // largest value), without repeats
        float[] q = new float[maxBins];
        int m = 0;
        for (int b = 1; b <= maxBins; b++) {
            float c = v[(int) (((long) b * n + maxBins - 1) / maxBins) - 1];
            if (m == 0 || c != q[m - 1]) q[m++] = c;
        }
        return Arrays.copyOf(q, m);
    }

    /** A leaf being grown: its rows and its best split so far. */
    private static final class Leaf {
        final int[] rows;
        final int node;
        double gain = 0;
        int feature = -1, bin = -1;

        Leaf(int[] rows, int node) {
            this.rows = rows;
            this.node = node;
        }
    }

    /** A tree under construction, nodes in creation order (children after their parent). */
    private static final class Tree {
        final List<int[]> nodes = new ArrayList<>();   // {feature, bin, left, right}; feature -1 for a leaf
        final List<Double> leafValues = new ArrayList<>();
        final List<Float> thresholds = new ArrayList<>();

        int add() {
            nodes.add(new int[]{-1, -1, 0, 0});
            leafValues.add(0.0);
            thresholds.add(0f);
            return nodes.size() - 1;
        }

        void emit(List<Short> feat, List<Float> val, List<Integer> lefts, List<Integer> rights, float rate) {
            for (int k = 0; k < nodes.size(); k++) {
                int[] nd = nodes.get(k);
                feat.add((short) nd[0]);
                val.add(nd[0] < 0 ? (float) (leafValues.get(k) * rate) : thresholds.get(k));
                lefts.add(nd[0] < 0 ? 0 : nd[2]);
                rights.add(nd[0] < 0 ? 0 : nd[3]);
            }
        }

        double leafValue(float[] x, int from, double rate) {
            int k = 0;
            while (nodes.get(k)[0] >= 0) {
                int[] nd = nodes.get(k);
                k = x[from + nd[0]] <= thresholds.get(k) ? nd[2] : nd[3];
            }
            return (float) (leafValues.get(k) * rate);
        }
    }

    private static Tree grow(int[] all, short[] bin, int features, float[][] cuts, double[] g, double[] h, Options o) {
        Tree tree = new Tree();
        Leaf root = new Leaf(all, tree.add());
        tree.leafValues.set(root.node, newton(root.rows, g, h, o.lambda));
        PriorityQueue<Leaf> open = new PriorityQueue<>((a, b) -> a.gain != b.gain ? Double.compare(b.gain, a.gain) : Integer.compare(a.node, b.node));
        bestSplit(root, bin, features, cuts, g, h, o);
        if (root.feature >= 0) open.add(root);
        int leaves = 1;
        while (leaves < o.maxLeaves && !open.isEmpty()) {
            Leaf leaf = open.poll();
            int f = leaf.feature, b = leaf.bin;
            int nl = 0;
            for (int r : leaf.rows) if (bin[r * features + f] <= b) nl++;
            int[] lr = new int[nl], rr = new int[leaf.rows.length - nl];
            int a = 0, c = 0;
            for (int r : leaf.rows) {
                if (bin[r * features + f] <= b) lr[a++] = r;
                else rr[c++] = r;
            }
            Leaf l = new Leaf(lr, tree.add()), r = new Leaf(rr, tree.add());
            int[] nd = tree.nodes.get(leaf.node);
            nd[0] = f;
            nd[1] = b;
            nd[2] = l.node;
            nd[3] = r.node;
            tree.thresholds.set(leaf.node, cuts[f][b]);
            tree.leafValues.set(l.node, newton(lr, g, h, o.lambda));
            tree.leafValues.set(r.node, newton(rr, g, h, o.lambda));
            leaves++;
            for (Leaf child : new Leaf[]{l, r}) {
                bestSplit(child, bin, features, cuts, g, h, o);
                if (child.feature >= 0) open.add(child);
            }
        }
        return tree;
    }

    private static double newton(int[] rows, double[] g, double[] h, double lambda) {
        double sg = 0, sh = 0;
        for (int r : rows) {
            sg += g[r];
            sh += h[r];
        }
        return -sg / (sh + lambda);
    }

    private static void bestSplit(Leaf leaf, short[] bin, int features, float[][] cuts, double[] g, double[] h, Options o) {
        int[] rows = leaf.rows;
        if (rows.length < 2 * o.minLeaf) return;
        double sg = 0, sh = 0;
        for (int r : rows) {
            sg += g[r];
            sh += h[r];
        }
        double parent = sg * sg / (sh + o.lambda);
        double best = 1e-9;
        for (int f = 0; f < features; f++) {
            int nb = cuts[f].length;
            if (nb < 2) continue;
            double[] hg = new double[nb], hh = new double[nb];
            int[] hc = new int[nb];
            for (int r : rows) {
                int b = bin[r * features + f];
                hg[b] += g[r];
                hh[b] += h[r];
                hc[b]++;
            }
            double lg = 0, lh = 0;
            int lc = 0;
            for (int b = 0; b < nb - 1; b++) {
                lg += hg[b];
                lh += hh[b];
                lc += hc[b];
                int rc = rows.length - lc;
                if (lc < o.minLeaf) continue;
                if (rc < o.minLeaf) break;
                double rg = sg - lg, rh = sh - lh;
                double gain = lg * lg / (lh + o.lambda) + rg * rg / (rh + o.lambda) - parent;
                if (gain > best) {
                    best = gain;
                    leaf.feature = f;
                    leaf.bin = b;
                }
            }
        }
        leaf.gain = best;
    }
}
