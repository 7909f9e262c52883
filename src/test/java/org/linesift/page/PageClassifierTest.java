package org.linesift.page;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The page-level rules of {@link PageClassifier#dropUnsureSpam} and {@link PageClassifier#bodyRegions}, on hand-made probabilities (no model). */
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

    /** Labels after the region pass, for lines of text {@code "x"} given as {body, nav, spun} probabilities, each labelled by its argmax. */
    private static int[] regions(float[]... lines) {
        String[] text = new String[lines.length];
        java.util.Arrays.fill(text, "x");
        return regions(text, lines);
    }

    private static int[] regions(String[] text, float[]... lines) {
        float[] probs = new float[3 * lines.length];
        int[] labels = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            System.arraycopy(lines[i], 0, probs, 3 * i, 3);
            labels[i] = PageClassifier.argmax(probs, i);
        }
        PageClassifier.bodyRegions(text, probs, labels, lines.length, new byte[lines.length]);
        for (int i = 0; i < lines.length; i++) assertArrayEquals(lines[i], new float[] {probs[3 * i], probs[3 * i + 1], probs[3 * i + 2]}, "probabilities stay");
        return labels;
    }

    private static final float[] SPUN = {0.05f, 0.05f, 0.9f};

    @Test
    void aDoubtfulNavLineInsideTheArticleBecomesBody() {
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 1}, regions(NAV, BODY, BODY, BODY, p(0.3, 0.65, 0.05), BODY, BODY, BODY, NAV));
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, regions(NAV, BODY, BODY, BODY, BODY, NAV, NAV, BODY, BODY, BODY, BODY, NAV),
                "two nav lines cost less than two switches");
        assertArrayEquals(new int[] {1, 0, 1, 1, 0, 1}, regions(NAV, BODY, NAV, NAV, BODY, NAV), "but a short article is no stretch");
        assertArrayEquals(new int[8], regions(BODY, BODY, p(0.3, 0.65, 0.05), BODY, BODY, BODY, BODY, BODY), "a page that is all article");
    }

    @Test
    void aSureNavLineOrALongNavStretchStaysNav() {
        assertArrayEquals(new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, regions(NAV, BODY, BODY, BODY, p(0.05, 0.9, 0.05), BODY, BODY, BODY, NAV),
                "below the least body probability");
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 1, 0, 0, 0}, regions(BODY, BODY, BODY, NAV, NAV, NAV, NAV, BODY, BODY, BODY),
                "four nav lines are a region of their own");
        assertArrayEquals(new int[] {1, 1, 0}, regions(NAV, p(0.3, 0.65, 0.05), BODY), "only inside the article's stretch");
    }

    @Test
    void bodyNeverBecomesNav() {
        assertArrayEquals(new int[] {1, 1, 0, 1, 1, 1, 1}, regions(NAV, NAV, BODY, NAV, NAV, NAV, NAV), "a headline over its byline");
    }

    @Test
    void spunAndBlankLinesAreNotPartOfTheSequence() {
        assertArrayEquals(new int[] {1, 0, 0, 0, 2, 0, 1, 0, 0, 0, 1}, regions(new String[] {"a", "b", "c", "d", "e", "f", " ", "g", "h", "i", "j"},
                NAV, BODY, BODY, BODY, SPUN, p(0.3, 0.6, 0.1), p(0, 1, 0), BODY, BODY, BODY, NAV));
        assertArrayEquals(new int[0], regions());
        assertArrayEquals(new int[] {2, 1}, regions(SPUN, NAV));
    }
}
