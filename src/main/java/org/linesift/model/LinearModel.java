package org.linesift.model;

/**
 * A multinomial logistic regression over binary hashed features: {@code score[k] = bias[k] + sum w[f][k]}.
 * Weights are laid out feature-major ({@code w[f * classes + k]}) so one feature touches one cache line. They are
 * floats (a model being trained) or, for a model read from a file, the file's int16 values and one scale
 * ({@code w = q * scale}), summed as integers and scaled once per class: half the memory, and nothing to convert
 * when a model loads. Immutable and thread-safe.
 */
public final class LinearModel {
    private final int dimension;
    private final int classes;
    /** Float weights, or null for a quantised model. */
    private final float[] weights;
    /** Quantised weights ({@code w = q * scale}), or null for a float model. */
    private final short[] q;
    private final float scale;
    private final float[] bias;

    public LinearModel(int dimension, int classes, float[] weights, float[] bias) {
        this(dimension, classes, weights, null, 0f, bias, weights.length);
    }

    /**
     * A model of int16 weights, {@code weight = q * scale} (feature-major, as in a model file).
     */
    public LinearModel(int dimension, int classes, short[] q, float scale, float[] bias) {
        this(dimension, classes, null, q, scale, bias, q.length);
        if (!(scale > 0) || Float.isInfinite(scale)) throw new IllegalArgumentException("bad weight scale " + scale);
    }

    private LinearModel(int dimension, int classes, float[] weights, short[] q, float scale, float[] bias, int length) {
        if (classes < 2) throw new IllegalArgumentException("need at least two classes");
        if ((long) dimension * classes != length) throw new IllegalArgumentException("weights length " + length + " != " + dimension + " x " + classes);
        if (bias.length != classes) throw new IllegalArgumentException("bias length " + bias.length + " != " + classes);
        this.dimension = dimension;
        this.classes = classes;
        this.weights = weights;
        this.q = q;
        this.scale = scale;
        this.bias = bias;
    }

    public int dimension() { return dimension; }
    public int classes() { return classes; }

    /**
     * The weights as floats (feature-major): a float model's own array (do not modify), or a new array of
     * {@code q * scale} for a quantised one.
     */
    public float[] weights() {
        if (weights != null) return weights;
        float[] w = new float[q.length];
        for (int i = 0; i < w.length; i++) w[i] = q[i] * scale;
        return w;
    }

    public float[] bias() { return bias; }

    /** Whether the weights are int16 values and a scale ({@link #quantisedWeights()}, {@link #scale()}). */
    public boolean quantised() { return q != null; }

    /** The int16 weights of a quantised model (do not modify); null for a float model. */
    public short[] quantisedWeights() { return q; }

    /** The scale of a quantised model's weights; 0 for a float model. */
    public float scale() { return scale; }

    /** Weight of one feature for one class. */
    public float weight(int feature, int k) {
        int at = feature * classes + k;
        return weights != null ? weights[at] : q[at] * scale;
    }

    /**
     * Computes class probabilities for the features {@code f[0..n)} into {@code out[off..off+classes)}.
     * Indices outside the model's dimension are ignored.
     */
    public void probabilities(int[] f, int n, float[] out, int off) {
        int k = classes;
        if (k == 3 && q != null) {
            long a0 = 0, a1 = 0, a2 = 0; // exact: no feature count overflows a long of int16 sums
            short[] w = q;
            for (int i = 0; i < n; i++) {
                int idx = f[i];
                if (idx < 0 || idx >= dimension) continue;
                int b = idx * 3;
                a0 += w[b];
                a1 += w[b + 1];
                a2 += w[b + 2];
            }
            softmax3(bias[0] + a0 * scale, bias[1] + a1 * scale, bias[2] + a2 * scale, out, off);
            return;
        }
        if (k == 3) {
            float s0 = bias[0], s1 = bias[1], s2 = bias[2];
            float[] w = weights;
            for (int i = 0; i < n; i++) {
                int idx = f[i];
                if (idx < 0 || idx >= dimension) continue;
                int b = idx * 3;
                s0 += w[b];
                s1 += w[b + 1];
                s2 += w[b + 2];
            }
            softmax3(s0, s1, s2, out, off);
            return;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) out[off + c] = bias[c];
        for (int i = 0; i < n; i++) {
            int idx = f[i];
            if (idx < 0 || idx >= dimension) continue;
            for (int c = 0; c < k; c++) out[off + c] += weight(idx, c);
        }
        for (int c = 0; c < k; c++) max = Math.max(max, out[off + c]);
        float z = 0;
        for (int c = 0; c < k; c++) { out[off + c] = (float) Math.exp(out[off + c] - max); z += out[off + c]; }
        for (int c = 0; c < k; c++) out[off + c] /= z;
    }

    private static void softmax3(float s0, float s1, float s2, float[] out, int off) {
        float m = Math.max(s0, Math.max(s1, s2));
        float e0 = (float) Math.exp(s0 - m), e1 = (float) Math.exp(s1 - m), e2 = (float) Math.exp(s2 - m);
        float z = e0 + e1 + e2;
        out[off] = e0 / z;
        out[off + 1] = e1 / z;
        out[off + 2] = e2 / z;
    }
}
