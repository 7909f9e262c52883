package org.linesift.train;

import org.junit.jupiter.api.Test;
import org.linesift.TestPages;
import org.linesift.model.Model;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TrainerTest {
    private static List<GoldPage> pages(int n) {
        List<GoldPage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(TestPages.goldPage("p" + i));
        return out;
    }

    @Test
    void bodyBiasShiftsOnlyTheFinalBodyLogit() throws Exception {
        Trainer.Options o = new Trainer.Options();
        o.hashBits = 12;
        o.maxIter = 30;
        o.folds = 0;
        Model plain = Trainer.trainModel(pages(4), o, s -> { });
        o.bodyBias = 1.25;
        Model shifted = Trainer.trainModel(pages(4), o, s -> { });
        assertEquals(plain.lineModel().bias()[0] + 1.25f, shifted.lineModel().bias()[0], 1e-6);
        assertEquals(plain.lineModel().bias()[1], shifted.lineModel().bias()[1], 0f);
        assertArrayEquals(plain.lineModel().weights(), shifted.lineModel().weights(), "training is deterministic");
    }

    @Test
    void foldsKeepSynthCopiesTogether() {
        List<GoldPage> pages = new ArrayList<>();
        for (int i = 0; i < 6; i++) for (int c = 1; c <= 3; c++) pages.add(new GoldPage("page" + i + "#" + c, TestPages.goldPage("x").lines()));
        List<List<GoldPage>> folds = Trainer.foldsByPage(pages, 3, 7);
        assertEquals(3, folds.size());
        for (List<GoldPage> fold : folds) {
            assertEquals(6, fold.size(), "two pages of three copies each");
            for (GoldPage p : fold) {
                String base = Trainer.baseId(p.id());
                assertEquals(3, fold.stream().filter(q -> Trainer.baseId(q.id()).equals(base)).count());
            }
        }
        assertEquals("a#b", Trainer.baseId("a#b"));
        assertEquals("a", Trainer.baseId("a#12"));
        assertEquals("#3", Trainer.baseId("#3"));
        assertEquals("a", Trainer.baseId("short-a#2"), "a short copy goes with its page");
        assertEquals("short-", Trainer.baseId("short-"));
    }
}
