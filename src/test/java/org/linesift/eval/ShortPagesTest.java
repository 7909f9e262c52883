package org.linesift.eval;

import org.junit.jupiter.api.Test;
import org.linesift.Label;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ShortPagesTest {
    private static GoldPage page(String id, String... labelsAndOps) {
        List<GoldLine> lines = new ArrayList<>();
        for (int i = 0; i < labelsAndOps.length; i++) {
            String[] lo = labelsAndOps[i].split(":");
            lines.add(new GoldLine(Label.parse(lo[0]), "第" + i + "行", lo.length > 1 ? lo[1] : "-"));
        }
        return new GoldPage(id, lines);
    }

    @Test
    void twelveLinesFromThreeAboveTheArticle() {
        String[] ls = new String[30];
        for (int i = 0; i < ls.length; i++) ls[i] = i < 8 ? "nav" : "body";
        ls[2] = "spun:synonym-nav"; // a spun nav line is no article
        GoldPage cut = ShortPages.cut(List.of(page("p", ls))).get(0);
        assertEquals("p", cut.id());
        assertEquals(12, cut.lines().size());
        assertEquals("第5行", cut.lines().get(0).text(), "three lines above line 8");
        assertEquals("第16行", cut.lines().get(11).text());
        assertEquals("synonym-nav", ShortPages.cut(List.of(page("q", "nav", "spun:synonym-nav", "nav", "spun:brand", "body")))
                .get(0).lines().get(1).op(), "operators stay");
    }

    @Test
    void aPageStartingWithItsArticleOrShorterThanTheWindowIsKeptWholeAndOneWithoutIsLeftOut() {
        GoldPage small = page("s", "body", "body", "nav");
        assertEquals(small.lines(), ShortPages.cut(List.of(small)).get(0).lines());
        GoldPage spunFirst = page("t", "nav", "spun:brand", "body");
        assertEquals(3, ShortPages.cut(List.of(spunFirst)).get(0).lines().size());
        assertEquals(List.of(), ShortPages.cut(List.of(page("n", "nav", "nav", "spun:synonym-nav"))));
    }
}
