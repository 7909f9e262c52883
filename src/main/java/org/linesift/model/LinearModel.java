package org.linesift.model;

/**
 * A multinomial logistic regression over binary hashed features: {@code score[k] = bias[k] + sum w[f][k]}.
 * Weights are laid out feature-major ({@code w[f * classes + k]}) so one feature touches one cache line.
 * Immutable and thread-safe.
 */
public final class LinearModel {
    private final int dimension;
    private final int classes;
    private final float[] weights;
    private final float[] bias;

    public LinearModel(int dimension, int classes, float[] weights, float[] bias) {
        if (classes < 2) throw new IllegalArgumentException("need at least two classes");
        if ((long) dimension * classes != weights.length) throw new IllegalArgumentException("weights length " + weights.length + " != " + dimension + " x " + classes);
        if (bias.length != classes) throw new IllegalArgumentException("bias length " + bias.length + " != " + classes);
        this.dimension = dimension;
        this.classes = classes;
        this.weights = weights;
        this.bias = bias;
    }

    public int dimension() { return dimension; }
    public int classes() { return classes; }

    /** The raw weight array (feature-major); do not modify. */
    public float[] weights() { return weights; }
    public float[] bias() { return bias; }

    /** Weight of one feature for one class. */
    public float weight(int feature, int k) {
        return weights[feature * classes + k];
    }

    /**
     * Computes class probabilities for the features {@code f[0..n)} into {@code out[off..off+classes)}.
     * Indices outside the model's dimension are ignored.
     */
    public void probabilities(int[] f, int n, float[] out, int off) {
        int k = classes;
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
            float m = Math.max(s0, Math.max(s1, s2));
            float e0 = (float) Math.exp(s0 - m), e1 = (float) Math.exp(s1 - m), e2 = (float) Math.exp(s2 - m);
            float z = e0 + e1 + e2;
            out[off] = e0 / z;
            out[off + 1] = e1 / z;
            out[off + 2] = e2 / z;
            return;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) out[off + c] = bias[c];
        for (int i = 0; i < n; i++) {
            int idx = f[i];
            if (idx < 0 || idx >= dimension) continue;
            for (int c = 0; c < k; c++) out[off + c] += weights[idx * k + c];
        }
        for (int c = 0; c < k; c++) max = Math.max(max, out[off + c]);
        float z = 0;
        for (int c = 0; c < k; c++) { out[off + c] = (float) Math.exp(out[off + c] - max); z += out[off + c]; }
        for (int c = 0; c < k; c++) out[off + c] /= z;
    }
}
