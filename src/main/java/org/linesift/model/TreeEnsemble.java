package org.linesift.model;

import java.util.Arrays;

/**
 * A sum of binary regression trees over a dense feature vector (gradient boosting): the score of {@code x} is
 * {@link #base()} plus, for each tree, the value of the leaf that {@code x} reaches, and {@link #probability} is the
 * logistic of that score. An inner node sends {@code x} to its left child when {@code x[feature] <= threshold}
 * (a NaN goes right). Immutable, thread-safe, allocation-free.
 *
 * <p>All trees live in flat arrays. Node {@code k} of the whole ensemble is a leaf when {@code feature[k] < 0}; its
 * value is then {@code value[k]}. Otherwise {@code left[k]} and {@code right[k]} are indices of the same tree's nodes,
 * always larger than {@code k}, so a walk ends after at most as many steps as the tree has nodes.
 */
public final class TreeEnsemble {
    /** Most trees, and most nodes in one tree, that a model file may hold. */
    public static final int MAX_TREES = 4096, MAX_NODES = 1 << 16;

    private final int features;
    private final float base;
    private final int[] roots;
    private final short[] feature;
    private final float[] value;
    private final int[] left, right;

    /**
     * @param features  the length of the vectors it reads
     * @param base      the score before any tree
     * @param treeSizes the number of nodes of each tree; the trees' nodes follow each other in the arrays
     * @param feature   per node, the feature an inner node tests, or -1 for a leaf
     * @param value     per node, an inner node's threshold or a leaf's value
     * @param left      per node, the left child's index within its tree (ignored for a leaf)
     * @param right     per node, the right child's index within its tree (ignored for a leaf)
     * @throws IllegalArgumentException when the arrays do not describe trees as above
     */
    public TreeEnsemble(int features, float base, int[] treeSizes, short[] feature, float[] value, int[] left, int[] right) {
        if (features < 1 || features > Short.MAX_VALUE) throw new IllegalArgumentException("bad feature count " + features);
        if (!Float.isFinite(base)) throw new IllegalArgumentException("non-finite base score");
        if (treeSizes.length > MAX_TREES) throw new IllegalArgumentException(treeSizes.length + " trees, more than " + MAX_TREES);
        long total = 0;
        for (int s : treeSizes) {
            if (s < 1 || s > MAX_NODES) throw new IllegalArgumentException("a tree of " + s + " nodes");
            total += s;
        }
        int n = feature.length;
        if (total != n || value.length != n || left.length != n || right.length != n) {
            throw new IllegalArgumentException("node arrays do not match the tree sizes");
        }
        this.features = features;
        this.base = base;
        this.roots = new int[treeSizes.length];
        this.feature = feature.clone();
        this.value = value.clone();
        this.left = new int[n];
        this.right = new int[n];
        int start = 0;
        for (int t = 0; t < treeSizes.length; t++) {
            roots[t] = start;
            int end = start + treeSizes[t];
            for (int k = start; k < end; k++) {
                if (!Float.isFinite(value[k])) throw new IllegalArgumentException("tree " + t + " has a non-finite value");
                if (feature[k] < 0) {
                    if (feature[k] != -1) throw new IllegalArgumentException("tree " + t + " has a bad feature index " + feature[k]);
                    continue;
                }
                if (feature[k] >= features) throw new IllegalArgumentException("tree " + t + " reads feature " + feature[k] + " of " + features);
                int l = start + left[k], r = start + right[k];
                if (l <= k || r <= k || l >= end || r >= end) throw new IllegalArgumentException("tree " + t + " has a child index out of order or range");
                this.left[k] = l;
                this.right[k] = r;
            }
            start = end;
        }
    }

    /** The length of the vectors it reads. */
    public int features() { return features; }

    /** The number of trees. */
    public int trees() { return roots.length; }

    /** The score before any tree. */
    public float base() { return base; }

    /** The score of {@code x[from .. from + features())}: base plus every tree's leaf. */
    public double score(float[] x, int from) {
        double s = base;
        for (int root : roots) {
            int k = root;
            while (feature[k] >= 0) k = x[from + feature[k]] <= value[k] ? left[k] : right[k];
            s += value[k];
        }
        return s;
    }

    /** The logistic of {@link #score}. */
    public double probability(float[] x, int from) {
        return 1 / (1 + Math.exp(-score(x, from)));
    }

    /** The node count of each tree (a new array). */
    public int[] treeSizes() {
        int[] out = new int[roots.length];
        for (int t = 0; t < roots.length; t++) out[t] = (t + 1 < roots.length ? roots[t + 1] : feature.length) - roots[t];
        return out;
    }

    /** Per node, the tested feature or -1 for a leaf (a new array). */
    public short[] nodeFeatures() { return feature.clone(); }

    /** Per node, the threshold or the leaf value (a new array). */
    public float[] nodeValues() { return value.clone(); }

    /** Per node, the left child's index within its tree, 0 for a leaf (a new array). */
    public int[] nodeLefts() { return local(left); }

    /** Per node, the right child's index within its tree, 0 for a leaf (a new array). */
    public int[] nodeRights() { return local(right); }

    private int[] local(int[] child) {
        int[] out = new int[child.length];
        int[] sizes = treeSizes();
        int start = 0;
        for (int t = 0; t < sizes.length; t++) {
            for (int k = start; k < start + sizes[t]; k++) out[k] = feature[k] < 0 ? 0 : child[k] - start;
            start += sizes[t];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TreeEnsemble)) return false;
        TreeEnsemble t = (TreeEnsemble) o;
        return features == t.features && Float.compare(base, t.base) == 0 && Arrays.equals(roots, t.roots)
                && Arrays.equals(feature, t.feature) && Arrays.equals(value, t.value) && Arrays.equals(left, t.left)
                && Arrays.equals(right, t.right);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value) * 31 + roots.length;
    }
}
