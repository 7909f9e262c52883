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

    /**
     * The region pass on a page written as one char a line: {@code B} body (0.8, 0.1, 0.1), {@code N} nav (0.1, 0.8,
     * 0.1), {@code d} a doubtful nav line (0.35, 0.6, 0.05), {@code S} spun (0.05, 0.05, 0.9), {@code _} blank; the
     * labels come back the same way ({@code B}, {@code N}, {@code S}).
     */
    private static String regions(String page) {
        int n = page.length();
        String[] text = new String[n];
        float[] probs = new float[3 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            char c = page.charAt(i);
            float[] p = c == 'B' ? BODY : c == 'N' ? NAV : c == 'd' ? p(0.35, 0.6, 0.05) : c == 'S' ? p(0.05, 0.05, 0.9) : p(0, 1, 0);
            text[i] = c == '_' ? " " : "x";
            System.arraycopy(p, 0, probs, 3 * i, 3);
            labels[i] = PageClassifier.argmax(probs, i);
        }
        float[] before = probs.clone();
        PageClassifier.bodyRegions(text, probs, labels);
        assertArrayEquals(before, probs, "probabilities stay");
        StringBuilder out = new StringBuilder();
        for (int label : labels) out.append("BNS".charAt(label));
        return out.toString();
    }

    @Test
    void aDoubtfulNavLineInsideTheArticleBecomesBody() {
        assertEquals("NBBBBBBBBBBBN", regions("NBBBBBdBBBBBN"));
        assertEquals("NBBBBBBBBBBBBN", regions("NBBBBBddBBBBBN"), "two cost less than two switches");
        assertEquals("BBBBBBBB", regions("BBdBBBBB"), "a page that is all article");
    }

    @Test
    void aSureNavLineALongNavStretchOrAShortArticleStaysAsItIs() {
        assertEquals("NBBBBBNBBBBBN", regions("NBBBBBNBBBBBN"), "below the least body probability");
        String stretch = "d".repeat(24);
        assertEquals("NBBBBB" + "N".repeat(24) + "BBBBBN", regions("NBBBBB" + stretch + "BBBBBN"),
                "24 doubtful lines are a region of their own (two switches cost 12 nats, each of them 0.54 as body)");
        assertEquals("NBNNBN", regions("NBddBN"), "a short article is no stretch");
        assertEquals("NNBBBBB", regions("NdBBBBB"), "only inside the article's stretch");
    }

    @Test
    void bodyNeverBecomesNav() {
        assertEquals("NNBNNNNNNNN", regions("NNBNNNNNNNN"), "a headline over its byline");
    }

    @Test
    void spunAndBlankLinesAreNotPartOfTheSequence() {
        assertEquals("NBBBBBSBNBBBBBN", regions("NBBBBBSd_BBBBBN"));
        assertEquals("", regions(""));
        assertEquals("SN", regions("SN"));
    }
}
