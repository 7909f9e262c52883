package org.linesift.eval;

import org.junit.jupiter.api.Test;
import org.linesift.Label;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.linesift.Label.BODY;
import static org.linesift.Label.NAV;
import static org.linesift.Label.SPUN;

class ScoreTest {
    private static final double EPS = 1e-12;

    /**
     * gold \ pred  body nav spun
     * body            8   2    0   (10)
     * nav             1   6    1   ( 8)
     * spun            0   1    3   ( 4)
     */
    static Score handMade() {
        Score s = new Score();
        for (int k = 0; k < 8; k++) s.add(BODY, BODY, null);
        for (int k = 0; k < 2; k++) s.add(BODY, NAV, "-");
        s.add(NAV, BODY, null);
        for (int k = 0; k < 5; k++) s.add(NAV, NAV, "-");
        s.add(NAV, NAV, "synonym-nav");           // not spun gold: never counted per operator
        s.add(NAV, SPUN, null);
        s.add(SPUN, SPUN, "brand");
        s.add(SPUN, NAV, "brand");
        s.add(SPUN, SPUN, "mojibake");
        s.add(SPUN, SPUN, "mojibake");
        s.add(null, SPUN, "brand");               // unlabelled: skipped entirely
        s.add(null, BODY, null);
        s.addTiming(24, 2_000_000_000L);
        return s;
    }

    @Test
    void perClassArithmetic() {
        Score s = handMade();
        assertEquals(22, s.lines());
        assertEquals(10, s.support(BODY));
        assertEquals(8, s.support(NAV));
        assertEquals(4, s.support(SPUN));
        assertEquals(8.0 / 9, s.precision(BODY), EPS);
        assertEquals(8.0 / 10, s.recall(BODY), EPS);
        assertEquals(16.0 / 19, s.f1(BODY), EPS);
        assertEquals(6.0 / 9, s.precision(NAV), EPS);
        assertEquals(6.0 / 8, s.recall(NAV), EPS);
        assertEquals(12.0 / 17, s.f1(NAV), EPS);
        assertEquals(3.0 / 4, s.precision(SPUN), EPS);
        assertEquals(3.0 / 4, s.recall(SPUN), EPS);
        assertEquals(0.75, s.f1(SPUN), EPS);
        assertEquals((16.0 / 19 + 12.0 / 17 + 0.75) / 3, s.macroF1(), EPS);
        assertEquals(17.0 / 22, s.accuracy(), EPS);
        assertEquals(2, s.confusion(BODY, NAV));
        assertEquals(1, s.confusion(NAV, SPUN));
        assertEquals(0, s.confusion(SPUN, BODY));
        assertEquals(12.0, s.linesPerSecond(), EPS);
    }

    @Test
    void spunRecallByOperator() {
        Score s = handMade();
        assertTrue(s.hasOperators());
        assertEquals(Map.of("brand", 0.5, "mojibake", 1.0), s.spunRecallByOperator());
        assertEquals(2, s.spunSupport("brand"));
        assertEquals(0, s.spunSupport("synonym-nav"));
    }

    @Test
    void emptyAndUndefined() {
        Score s = new Score();
        assertEquals(0, s.lines());
        assertTrue(Double.isNaN(s.accuracy()));
        assertTrue(Double.isNaN(s.macroF1()));
        assertTrue(Double.isNaN(s.linesPerSecond()));
        assertFalse(s.hasOperators());

        // Spun never occurs nor is predicted: its F1 is undefined and left out of macro-F1.
        s.add(BODY, BODY, null);
        s.add(NAV, BODY, null);
        assertTrue(Double.isNaN(s.f1(SPUN)));
        assertTrue(Double.isNaN(s.precision(NAV)));
        assertEquals(0.0, s.f1(NAV), EPS);
        assertEquals((2.0 / 3 + 0.0) / 2, s.macroF1(), EPS);
        Object json = MiniJson.parse(s.toJson());
        assertNull(MiniJson.at(json, "classes.spun.f1"));
        assertNull(MiniJson.at(json, "classes.nav.precision"));
        assertNull(MiniJson.at(json, "lines_per_second"));
    }

    @Test
    void addAllMerges() {
        Score a = handMade();
        Score b = new Score();
        b.addAll(a);
        b.addAll(a);
        assertEquals(44, b.lines());
        assertEquals(a.macroF1(), b.macroF1(), EPS);
        assertEquals(4, b.spunSupport("brand"));
    }

    @Test
    void jsonHasExactlyTheDocumentedKeys() {
        String json = handMade().toJson();
        assertFalse(json.contains("\n"), "one line");
        Object root = MiniJson.parse(json);
        assertEquals(List.of("lines", "accuracy", "macro_f1", "classes", "confusion", "lines_per_second", "pages",
                "spun_recall_by_operator"), List.copyOf(((Map<?, ?>) root).keySet()));
        assertEquals(0.0, MiniJson.at(root, "pages.spammed.pages"), "no page was counted");
        assertEquals(22.0, MiniJson.at(root, "lines"));
        assertEquals(0.7727, (Double) MiniJson.at(root, "accuracy"), 1e-9);
        for (Label l : Label.values()) {
            Map<?, ?> c = (Map<?, ?>) MiniJson.at(root, "classes." + l.id());
            assertEquals(List.of("precision", "recall", "f1", "support"), List.copyOf(c.keySet()));
            for (Label p : Label.values()) {
                assertEquals((double) handMade().confusion(l, p), MiniJson.at(root, "confusion." + l.id() + "." + p.id()));
            }
        }
        assertEquals(0.8889, MiniJson.at(root, "classes.body.precision"));
        assertEquals(0.75, MiniJson.at(root, "classes.spun.f1"));
        assertEquals(10.0, MiniJson.at(root, "classes.body.support"));
        assertEquals(12.0, MiniJson.at(root, "lines_per_second"));
        assertEquals(0.5, MiniJson.at(root, "spun_recall_by_operator.brand"));
        assertEquals(1.0, MiniJson.at(root, "spun_recall_by_operator.mojibake"));
    }

    @Test
    void countsFlaggedPagesWithAndWithoutGoldSpam() {
        Score s = new Score();
        s.addPage(true, true);
        s.addPage(true, false);
        s.addPage(true, true);
        s.addPage(false, true);
        s.addPage(false, false);
        Score merged = new Score();
        merged.addAll(s);
        assertEquals(3, merged.pages(true));
        assertEquals(2, merged.flaggedPages(true));
        assertEquals(2, merged.pages(false));
        assertEquals(1, merged.flaggedPages(false));
        Object root = MiniJson.parse(merged.toJson());
        assertEquals(3.0, MiniJson.at(root, "pages.spammed.pages"));
        assertEquals(2.0, MiniJson.at(root, "pages.spammed.flagged"));
        assertEquals(2.0, MiniJson.at(root, "pages.clean.pages"));
        assertEquals(1.0, MiniJson.at(root, "pages.clean.flagged"));
        String t = merged.toText().replaceAll(" +", " ");
        assertTrue(t.contains("with gold spun lines 3 2 0.6667"), t);
        assertTrue(t.contains("without 2 1 0.5000"), t);
        assertFalse(new Score().toText().contains("pages (verdict)"), "no pages, no table");
    }

    @Test
    void noOperatorKeyWithoutOperators() {
        Score s = new Score();
        s.add(SPUN, SPUN, "-");
        s.add(SPUN, NAV, null);
        assertFalse(((Map<?, ?>) MiniJson.parse(s.toJson())).containsKey("spun_recall_by_operator"));
        assertFalse(s.toText().contains("spun operator"));
    }

    @Test
    void textReportMentionsEverything() {
        String t = handMade().toText();
        assertTrue(t.contains("macro-F1  0.7660"), t);
        assertTrue(t.contains("accuracy  0.7727"), t);
        assertTrue(t.contains("confusion"), t);
        assertTrue(t.contains("12 lines/s"), t);
        assertTrue(t.contains("mojibake"), t);
        assertTrue(t.contains("0.8889"), t);
    }
}
