package org.linesift.model;

import org.junit.jupiter.api.Test;
import org.linesift.feature.CharLm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ModelAverageTest {
    /** The small test model with every weight scaled and shifted: same settings and LM, other weights. */
    static Model reweighted(Model m, float scale, float shift) {
        float[] w = m.lineModel().weights().clone();
        for (int i = 0; i < w.length; i++) w[i] = w[i] * scale + shift;
        float[] b = m.lineModel().bias().clone();
        for (int i = 0; i < b.length; i++) b[i] = b[i] * scale + shift;
        LinearModel l = new LinearModel(m.lineModel().dimension(), 3, w, b);
        return new Model(m.config(), m.lm(), m.terms(), l, m.pageModel() == null ? null : l, "reweighted");
    }

    @Test
    void theMeanOfTwoModelsHasTheMeanWeightsAndScoresTheMeanLogits() {
        Model a = ModelFileTest.smallModel(true);
        Model b = reweighted(a, 3f, 0.5f);
        Model avg = ModelAverage.of(List.of(a, b), "mean");
        assertEquals("mean", avg.note());
        assertEquals(a.config(), avg.config());
        assertSame(a.lm(), avg.lm());
        float[] wa = a.lineModel().weights(), wb = b.lineModel().weights(), wm = avg.lineModel().weights();
        for (int i = 0; i < wm.length; i++) assertEquals((wa[i] + wb[i]) / 2, wm[i], 1e-6, "weight " + i);
        assertArrayEquals(new float[] {(0.5f + 2f) / 2, (-0.25f - 0.25f) / 2, 0.25f}, avg.pageModel().bias(), 1e-6f);
        // logits are linear in the weights: the mean model's log-odds are the mean of the two models' log-odds
        int[] features = {3, 17, 511, 1000};
        float[] pa = new float[3], pb = new float[3], pm = new float[3];
        a.lineModel().probabilities(features, features.length, pa, 0);
        b.lineModel().probabilities(features, features.length, pb, 0);
        avg.lineModel().probabilities(features, features.length, pm, 0);
        for (int k = 1; k < 3; k++) {
            double la = Math.log(pa[k] / pa[0]), lb = Math.log(pb[k] / pb[0]), lm = Math.log(pm[k] / pm[0]);
            assertEquals((la + lb) / 2, lm, 1e-4);
        }
    }

    @Test
    void oneModelOrTheSameModelTwiceIsThatModel() {
        Model a = ModelFileTest.smallModel(false);
        for (List<Model> ms : List.of(List.of(a), List.of(a, a))) {
            Model avg = ModelAverage.of(ms, "same");
            assertArrayEquals(a.lineModel().weights(), avg.lineModel().weights());
            assertArrayEquals(a.lineModel().bias(), avg.lineModel().bias());
            assertNull(avg.pageModel());
        }
    }

    @Test
    void refusesModelsThatDifferInMoreThanTheirWeights() {
        Model a = ModelFileTest.smallModel(true);
        Model onePass = ModelFileTest.smallModel(false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelAverage.of(List.of(a, onePass), "x"));
        assertEquals("model 1 differs from model 0 in its number of passes; only models trained with the same settings and texts can be averaged", e.getMessage());
        CharLm otherLm = new CharLm.Builder().add("另一段完全不同的新闻文字").build(0.75);
        Model otherText = new Model(a.config(), otherLm, a.lineModel(), a.pageModel(), "other LM");
        assertEquals("language model", ModelAverage.difference(a, otherText));
        assertNull(ModelAverage.difference(a, reweighted(a, 2f, 0f)));
        assertThrows(IllegalArgumentException.class, () -> ModelAverage.of(List.of(), "none"));
    }
}
