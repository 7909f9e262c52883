package org.linesift;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The page verdict of {@link PageResult}, on hand-made line results (no model). */
class PageResultTest {
    /** A page of {@code nav} nav lines, then {@code spun} spun lines. */
    private static PageResult page(int nav, int spun) {
        List<LineResult> lines = new ArrayList<>();
        for (int i = 0; i < nav; i++) lines.add(new LineResult(lines.size(), "首页 | 新闻 " + i, Label.NAV, 0.1f, 0.8f, 0.1f, null));
        for (int i = 0; i < spun; i++) lines.add(new LineResult(lines.size(), "点招j9官网 " + i, Label.SPUN, 0.1f, 0.1f, 0.8f, null));
        return new PageResult(lines);
    }

    @Test
    void verdictFollowsTheSpunLines() {
        assertEquals(Verdict.CLEAN, page(20, 0).verdict());
        assertFalse(page(20, 0).hasSpam());
        assertEquals(Verdict.SPAMMED, page(20, 1).verdict());
        assertTrue(page(20, 1).hasSpam());
        assertEquals(Verdict.SPAMMED, page(5, 4).verdict(), "four of nine");
        assertEquals(Verdict.SPAM_SITE, page(4, 4).verdict(), "half the lines");
        assertEquals(Verdict.CLEAN, page(0, 0).verdict(), "an empty page");
    }
}
