package org.linesift.train;

import org.junit.jupiter.api.Test;
import org.linesift.model.TreeEnsemble;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class BoosterTest {
    /** Points on a 20 x 20 grid of [0, 1)^2 and a third, useless feature; the target is an XOR of two halves. */
    private static float[] grid(int[] y) {
        float[] x = new float[400 * 3];
        Random r = new Random(5);
        for (int i = 0; i < 400; i++) {
            float a = (i % 20) / 20f, b = (i / 20) / 20f;
            x[3 * i] = a;
            x[3 * i + 1] = b;
            x[3 * i + 2] = r.nextFloat();
            y[i] = (a < 0.5f) != (b < 0.5f) ? 1 : 0;
        }
        return x;
    }

    @Test
    void learnsAnInteractionNoLinearModelCan() {
        int[] y = new int[400];
        float[] x = grid(y);
        Booster.Options o = new Booster.Options();
        o.trees = 60;
        o.maxLeaves = 4;
        o.minLeaf = 5;
        o.learningRate = 0.3;
        TreeEnsemble t = Booster.fit(x, 3, y, o);
        assertEquals(60, t.trees());
        assertEquals(3, t.features());
        for (int i = 0; i < 400; i++) assertEquals(y[i] == 1, t.probability(x, 3 * i) >= 0.5, "row " + i);
        // new points in each quadrant, away from the edges
        assertTrue(t.probability(new float[]{0.1f, 0.9f, 0.5f}, 0) > 0.9);
        assertTrue(t.probability(new float[]{0.9f, 0.1f, 0.5f}, 0) > 0.9);
        assertTrue(t.probability(new float[]{0.1f, 0.1f, 0.5f}, 0) < 0.1);
        assertTrue(t.probability(new float[]{0.9f, 0.9f, 0.5f}, 0) < 0.1);
        assertEquals(0f, t.base(), 1e-6f, "half the rows are 1: the base score is log(1) = 0");
    }

    private static Booster.Options tenTrees(double subsample, long seed) {
        Booster.Options o = new Booster.Options();
        o.trees = 10;
        o.subsample = subsample;
        o.seed = seed;
        return o;
    }

    @Test
    void isDeterministicAndTheSeedChangesTheDraws() {
        int[] y = new int[400];
        float[] x = grid(y);
        Booster.Options o = tenTrees(0.5, 1);
        assertEquals(Booster.fit(x, 3, y, o), Booster.fit(x, 3, y, o));
        assertNotEquals(Booster.fit(x, 3, y, o), Booster.fit(x, 3, y, tenTrees(0.5, 2)));
        assertEquals(Booster.fit(x, 3, y, tenTrees(1, 1)), Booster.fit(x, 3, y, tenTrees(1, 2)), "without draws the seed does nothing");
    }

    @Test
    void aConstantTargetGivesNoSplits() {
        float[] x = {0f, 1f, 2f, 3f, 4f, 5f};
        int[] y = {1, 1, 1, 1, 1, 1};
        Booster.Options o = new Booster.Options();
        o.trees = 3;
        o.minLeaf = 1;
        TreeEnsemble t = Booster.fit(x, 1, y, o);
        assertArrayEquals(new int[]{1, 1, 1}, t.treeSizes(), "each tree a single leaf");
        assertTrue(t.probability(new float[]{2.5f}, 0) > 0.99);
    }

    @Test
    void cutsAreTheDistinctValuesOrTheirQuantiles() {
        float[] x = {3f, 1f, 2f, 2f, 1f, 5f};
        assertArrayEquals(new float[]{1f, 2f, 3f, 5f}, Booster.cuts(x, 1, 0, 6, 255));
        float[] many = new float[100];
        for (int i = 0; i < 100; i++) many[i] = 99 - i;
        // four equal steps through 0..99: the 25th, 50th, 75th and 100th smallest values
        assertArrayEquals(new float[]{24f, 49f, 74f, 99f}, Booster.cuts(many, 1, 0, 100, 4));
        // the second of two features, read with a stride
        assertArrayEquals(new float[]{7f, 8f}, Booster.cuts(new float[]{0f, 8f, 0f, 7f}, 2, 1, 2, 255));
    }

    @Test
    void refusesBadData() {
        Booster.Options o = new Booster.Options();
        assertEquals("no rows to train on", assertThrows(IllegalArgumentException.class, () -> Booster.fit(new float[0], 2, new int[0], o)).getMessage());
        assertEquals("x holds 3 values, not 2 x 2", assertThrows(IllegalArgumentException.class, () -> Booster.fit(new float[3], 2, new int[2], o)).getMessage());
        assertEquals("targets must be 0 or 1", assertThrows(IllegalArgumentException.class, () -> Booster.fit(new float[2], 1, new int[]{0, 2}, o)).getMessage());
        assertEquals("NaN in the features", assertThrows(IllegalArgumentException.class, () -> Booster.fit(new float[]{0f, Float.NaN}, 1, new int[]{0, 1}, o)).getMessage());
        Booster.Options none = new Booster.Options();
        none.subsample = 0;
        assertThrows(IllegalArgumentException.class, () -> Booster.fit(new float[2], 1, new int[]{0, 1}, none));
    }
}
