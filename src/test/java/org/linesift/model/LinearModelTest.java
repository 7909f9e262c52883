package org.linesift.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The float and the int16 forms of one model, on exact inputs. */
class LinearModelTest {
    @Test
    void quantisedWeightsGiveTheProbabilitiesOfTheirFloats() {
        int dim = 64;
        Random r = new Random(5);
        short[] q = new short[dim * 3];
        for (int i = 0; i < q.length; i++) q[i] = (short) (r.nextInt(65535) - 32767);
        float scale = 1e-4f;
        float[] bias = {0.5f, -0.25f, 0f};
        LinearModel quantised = new LinearModel(dim, 3, q, scale, bias);
        float[] w = quantised.weights();
        assertEquals(q[7] * scale, w[7]);
        assertEquals(q[3 * 5 + 2] * scale, quantised.weight(5, 2));
        LinearModel floats = new LinearModel(dim, 3, w, bias);
        int[] feats = {3, 9, 9, 40, 63, -1, 64, 1 << 20}; // repeats count twice; indices outside the model are ignored
        float[] a = new float[5], b = new float[5];
        quantised.probabilities(feats, feats.length, a, 2);
        floats.probabilities(feats, feats.length, b, 2);
        for (int k = 2; k < 5; k++) assertEquals(b[k], a[k], 1e-6f, "class " + (k - 2));
        assertEquals(1f, a[2] + a[3] + a[4], 1e-6f);
        assertEquals(0f, a[0]);
        // no features: the bias alone
        quantised.probabilities(feats, 0, a, 0);
        floats.probabilities(feats, 0, b, 0);
        assertArrayEquals(new float[]{b[0], b[1], b[2]}, new float[]{a[0], a[1], a[2]});
    }

    @Test
    void manyFeaturesOfTheLargestWeightDoNotOverflow() {
        short[] q = {32767, -32767, 0};
        LinearModel m = new LinearModel(1, 3, q, 1e-6f, new float[3]);
        int[] feats = new int[200_000]; // 200k times feature 0: a sum past 2^31 in int16 units
        float[] p = new float[3];
        m.probabilities(feats, feats.length, p, 0);
        assertTrue(p[0] > 0.999f, java.util.Arrays.toString(p));
    }

    @Test
    void refusesABadScaleOrLength() {
        assertThrows(IllegalArgumentException.class, () -> new LinearModel(2, 3, new short[6], 0f, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> new LinearModel(2, 3, new short[6], Float.NaN, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> new LinearModel(2, 3, new short[5], 1f, new float[3]));
    }
}
