package org.linesift;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The page-level views of {@link PageResult}, on hand-made line results (no model). */
class PageResultTest {
    /** A page of {@code nav} nav lines, then one spun line per probability in {@code spun}. */
    private static PageResult page(int nav, double... spun) {
        List<LineResult> lines = new ArrayList<>();
        for (int i = 0; i < nav; i++) lines.add(new LineResult(lines.size(), "首页 | 新闻 " + i, Label.NAV, 0.1f, 0.8f, 0.1f, null));
        for (double p : spun) {
            float rest = (float) (1 - p) / 2;
            lines.add(new LineResult(lines.size(), "点招j9官网 " + p, Label.SPUN, rest, rest, (float) p, null));
        }
        return new PageResult(lines);
    }

    @Test
    void aLoneUnsureSpunLineDoesNotFlagThePage() {
        PageResult r = page(20, 0.6);
        assertTrue(r.hasSpam(), "the line is still labelled spun");
        assertEquals(Verdict.CLEAN, r.verdict());
        assertEquals(Verdict.CLEAN, page(20, 0.79, 0.5, 0.45).verdict(), "three unsure lines");
    }

    @Test
    void oneSureLineOrFourUnsureOnesFlagThePage() {
        assertEquals(Verdict.SPAMMED, page(20, 0.8).verdict(), "the threshold itself flags");
        assertEquals(Verdict.SPAMMED, page(20, 0.95).verdict(), "a line spun by rule (mojibake, pinyin) is sure");
        assertEquals(Verdict.SPAMMED, page(20, 0.5, 0.5, 0.5, 0.5).verdict());
    }

    @Test
    void halfTheLinesSpunMakeASpamSite() {
        assertEquals(Verdict.SPAM_SITE, page(4, 0.9, 0.6, 0.6, 0.6).verdict());
        assertEquals(Verdict.SPAMMED, page(5, 0.9, 0.6, 0.6, 0.6).verdict(), "four of nine");
        assertEquals(Verdict.CLEAN, page(0, 0.6, 0.6).verdict(), "all spun, but two unsure lines are not evidence");
        assertEquals(Verdict.CLEAN, page(0).verdict(), "an empty page");
    }
}
