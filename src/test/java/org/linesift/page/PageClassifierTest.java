package org.linesift.page;

import org.junit.jupiter.api.Test;
import org.linesift.Label;

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

    /**
     * A page too long for one array is read in parts of at most the limit's chars (here 60), each part as a page of
     * its own: the labels and probabilities are exactly those of classifying the parts one by one, and a line longer
     * than the limit is a part by itself.
     */
    @Test
    void aPageOverTheCharLimitIsReadInPartsEachAsItsOwnPage() throws Exception {
        byte[] bytes;
        try (java.io.InputStream in = PageClassifier.class.getResourceAsStream(org.linesift.model.ModelFile.BUNDLED)) {
            bytes = in.readAllBytes();
        }
        PageClassifier pc = new PageClassifier(org.linesift.model.ModelFile.read(bytes, "bundled"));
        String[] page = {
                "首页 | 新闻 | 体育",                                          // 12 chars
                "青溪市老旧小区改造全面启动",                                     // 13
                "记者从青溪市住房和城乡建设局获悉，全市将对一百二十个老旧小区实施改造，涉及居民三万余户。", // 44
                "",
                "市住建局有关负责人介绍，改造工作坚持先民生后提升的原则，优先解决漏水、停电等群众反映强烈的问题，各街道已完成入户调查，收集居民意见四千余条。", // 70
                "版权所有 青溪日报社"};                                         // 10
        float[] probs = new float[3 * page.length];
        int[] labels = new int[page.length];
        pc.classifyInParts(page, null, probs, labels, null, 60);
        int[][] parts = {{0, 2}, {2, 4}, {4, 5}, {5, 6}}; // 12+13 (+44 > 60); 44+0 (+70 > 60); 70 alone; 10
        for (int[] part : parts) {
            String[] lines = java.util.Arrays.copyOfRange(page, part[0], part[1]);
            float[] p = new float[3 * lines.length];
            int[] l = new int[lines.length];
            pc.classify(lines, p, l);
            assertArrayEquals(l, java.util.Arrays.copyOfRange(labels, part[0], part[1]), "labels of lines " + part[0] + ".." + part[1]);
            assertArrayEquals(p, java.util.Arrays.copyOfRange(probs, 3 * part[0], 3 * part[1]), "probabilities of lines " + part[0] + ".." + part[1]);
        }
        assertEquals(Label.NAV.ordinal(), labels[3], "a blank line is nav in its part too");
        assertTrue(pc.classifyInParts(page, null, probs, labels, null, 1000) >= -1);
        float[] whole = new float[3 * page.length];
        pc.classify(page, whole, new int[page.length]);
        assertArrayEquals(whole, probs, "under the limit, one part: the page as a whole");
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
