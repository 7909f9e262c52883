package org.linesift.page;

import org.junit.jupiter.api.Test;
import org.linesift.Label;
import org.linesift.model.TreeEnsemble;

import static org.junit.jupiter.api.Assertions.*;

class ContextPassTest {
    private static final int B = Label.BODY.ordinal(), N = Label.NAV.ordinal(), S = Label.SPUN.ordinal();

    /** A page of five lines, the third blank: a menu, a headline, (blank), a paragraph, a spun line. */
    private static final String[] LINES = {"首页 新闻 体育", "青溪老城区改造启动", "  ", "据介绍，改造将于明年完成。", "点招j9官网"};
    private static final float[] PROBS = {
            0.1f, 0.8f, 0.1f,
            0.6f, 0.3f, 0.1f,
            0f, 1f, 0f,
            0.7f, 0.2f, 0.1f,
            0.1f, 0.1f, 0.8f};
    private static final int[] LABELS = {N, B, N, B, S};

    @Test
    void featuresOfEachLineOverTheNonBlankLines() {
        int[] rows = ContextPass.nonBlank(LINES, LINES.length);
        assertArrayEquals(new int[]{0, 1, 3, 4}, rows);
        float[] x = new float[rows.length * ContextPass.FEATURES];
        ContextPass.features(LINES, PROBS, LABELS, rows, x);
        int o = 2 * ContextPass.FEATURES; // the paragraph, the third non-blank line
        float[] own = java.util.Arrays.copyOfRange(x, o, o + 6);
        assertArrayEquals(new float[]{0.7f, 0.2f, 0.1f, 1, 0, 0}, own);
        // three lines above: none at distance 3, the menu (nav) at 2, the headline (body) at 1
        float[] above = java.util.Arrays.copyOfRange(x, o + 6, o + 27);
        assertArrayEquals(new float[]{0, 0, 0, 0, 0, 0, 0, 0.1f, 0.8f, 0.1f, 8, 0, 1, -1, 0.6f, 0.3f, 0.1f, 9, 0, 1, 1}, above);
        // below: the spun line at 1, nothing further
        float[] below = java.util.Arrays.copyOfRange(x, o + 27, o + 48);
        assertArrayEquals(new float[]{0.1f, 0.1f, 0.8f, 6, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, below);
        float[] page = java.util.Arrays.copyOfRange(x, o + 48, o + 64);
        assertArrayEquals(new float[]{
                0.375f, 0.35f, 0.275f,   // mean probabilities of the four lines
                0.5f, 4, 2 / 3f,         // body share, lines, position
                13, 1,                   // length, ends a sentence
                1, 99,                   // nearest body line above (the headline), none below
                1, 1 / 4f, 0,            // inside the first..last body stretch, and where
                0.5f, 0.375f, 0.275f},   // the window (here the whole page)
                page, 1e-6f);
    }

    /** One tree: a stump on the body probability, above 0.5 strongly body, else strongly nav. */
    private static TreeEnsemble stump() {
        return new TreeEnsemble(ContextPass.FEATURES, 0f, new int[]{3}, new short[]{0, -1, -1},
                new float[]{0.5f, -4f, 4f}, new int[]{1, 0, 0}, new int[]{2, 0, 0});
    }

    @Test
    void relabelsBodyAndNavAndLeavesSpunAndBlankLines() {
        float[] probs = PROBS.clone();
        int[] labels = LABELS.clone();
        labels[0] = B; // a label the passes gave against the probabilities: the trees decide again
        ContextPass.apply(stump(), LINES, probs, labels, LINES.length, new ContextPass.Buffers());
        assertArrayEquals(new int[]{N, B, N, B, S}, labels);
        double q = 1 / (1 + Math.exp(4));
        assertEquals(0.9 * q, probs[0], 1e-6);
        assertEquals(0.9 * (1 - q), probs[1], 1e-6);
        assertEquals(0.1f, probs[2], "the spun probability is kept");
        assertEquals(0.9 * (1 - q), probs[9], 1e-6);
        assertArrayEquals(new float[]{0f, 1f, 0f}, java.util.Arrays.copyOfRange(probs, 6, 9), "the blank line is untouched");
        assertArrayEquals(new float[]{0.1f, 0.1f, 0.8f}, java.util.Arrays.copyOfRange(probs, 12, 15), "the spun line is untouched");
        for (int i = 0; i < 5; i++) assertEquals(1f, probs[3 * i] + probs[3 * i + 1] + probs[3 * i + 2], 1e-6f);
    }

    @Test
    void withoutTreesNothingChangesAndWrongTreesAreRefused() {
        float[] probs = PROBS.clone();
        int[] labels = {B, B, N, B, S};
        ContextPass.Buffers b = new ContextPass.Buffers();
        ContextPass.apply(null, LINES, probs, labels, LINES.length, b);
        assertArrayEquals(PROBS, probs);
        assertArrayEquals(new int[]{B, B, N, B, S}, labels);
        String[] blank = {"", " "};
        ContextPass.apply(stump(), blank, new float[]{0, 1, 0, 0, 1, 0}, new int[]{N, N}, 2, b);
        TreeEnsemble narrow = new TreeEnsemble(3, 0f, new int[]{1}, new short[]{-1}, new float[]{1f}, new int[]{0}, new int[]{0});
        assertThrows(IllegalStateException.class, () -> ContextPass.apply(narrow, LINES, PROBS.clone(), LABELS.clone(), LINES.length, b));
    }

    @Test
    void buffersGrowAndAreReusedAcrossPages() {
        ContextPass.Buffers b = new ContextPass.Buffers();
        String[] longPage = new String[300];
        float[] probs = new float[900];
        int[] labels = new int[300];
        for (int i = 0; i < 300; i++) {
            longPage[i] = "第" + i + "行";
            probs[3 * i + (i % 3 == 0 ? 0 : 1)] = 1;
            labels[i] = i % 3 == 0 ? B : N;
        }
        ContextPass.apply(stump(), longPage, probs, labels, 300, b);
        for (int i = 0; i < 300; i++) assertEquals(i % 3 == 0 ? B : N, labels[i]);
        float[] x = b.x;
        float[] small = PROBS.clone();
        int[] smallLabels = LABELS.clone();
        ContextPass.apply(stump(), LINES, small, smallLabels, LINES.length, b);
        assertSame(x, b.x, "a shorter page reuses the arrays");
        assertArrayEquals(new int[]{N, B, N, B, S}, smallLabels);
    }
}
