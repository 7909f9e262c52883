package org.linesift.page;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The page-level rule of {@link PageClassifier#dropUnsureSpam}, on hand-made probabilities (no model). */
class PageClassifierTest {
    /** Labels after the rule, for lines given as {body, nav, spun} probabilities, each labelled by its argmax. */
    private static int[] labels(float[]... lines) {
        float[] probs = new float[3 * lines.length];
        int[] labels = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            System.arraycopy(lines[i], 0, probs, 3 * i, 3);
            labels[i] = PageClassifier.argmax(probs, i);
        }
        PageClassifier.dropUnsureSpam(probs, labels, lines.length);
        for (int i = 0; i < lines.length; i++) assertArrayEquals(lines[i], new float[] {probs[3 * i], probs[3 * i + 1], probs[3 * i + 2]}, "probabilities stay");
        return labels;
    }

    private static float[] p(double body, double nav, double spun) {
        return new float[] {(float) body, (float) nav, (float) spun};
    }

    private static final float[] NAV = {0.1f, 0.8f, 0.1f}, BODY = {0.8f, 0.1f, 0.1f};

    @Test
    void oneOrThreeUnsureSpunLinesFallToTheirRunnerUp() {
        assertArrayEquals(new int[] {1, 0, 0}, labels(NAV, BODY, p(0.3, 0.1, 0.6)));
        assertArrayEquals(new int[] {1, 1, 0, 1}, labels(NAV, p(0.1, 0.3, 0.6), p(0.25, 0.25, 0.5), p(0.2, 0.21, 0.59)),
                "a tie goes to body");
    }

    @Test
    void fourSpunLinesOrOneSureLineKeepEveryOne() {
        assertArrayEquals(new int[] {1, 2, 2, 2, 2}, labels(NAV, p(0.3, 0.1, 0.6), p(0.3, 0.1, 0.6), p(0.3, 0.1, 0.6), p(0.3, 0.1, 0.6)));
        assertArrayEquals(new int[] {0, 2, 2}, labels(BODY, p(0.1, 0.1, 0.8), p(0.3, 0.1, 0.6)), "the threshold itself keeps them");
        assertArrayEquals(new int[] {0, 2}, labels(BODY, p(0.025, 0.025, PageClassifier.RULE_SPUN)), "a line spun by rule is sure");
    }

    @Test
    void pagesWithoutSpunLinesAreLeftAlone() {
        assertArrayEquals(new int[] {1, 0}, labels(NAV, BODY));
        assertArrayEquals(new int[0], labels());
    }
}
