package org.linesift;

import org.junit.jupiter.api.Test;
import org.linesift.eval.Score;
import org.linesift.eval.Scorer;
import org.linesift.train.Corpus;
import org.linesift.train.GoldPage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Regression gate: the bundled model's macro-F1 on the shared development set, whole, cut short
 * ({@code score --short}) and without the list of well-known brands ({@code score --no-known-brands}, the stand-in for
 * brands no list names), must not fall below the floors here, a little under the scores models/README.md records
 * (session 31, with the context pass: 0.8873, 0.8774 and 0.8711; session 27: 0.8791, 0.8589 and 0.8624). Skips when
 * ../shared is absent.
 */
class DevScoreTest {
    /**
     * The floors: a little under the bundled model's measured scores (one synth seed moves dev by about 0.01), so
     * only real regressions fail. The whole-page floor was 0.70 until session 26, 0.86 in session 26, 0.87 until session 31.
     */
    static final double MACRO_F1_FLOOR = 0.88, SHORT_PAGES_FLOOR = 0.86, NO_KNOWN_BRANDS_FLOOR = 0.86;

    @Test
    void bundledModelKeepsItsDevScore() throws Exception {
        Path dev = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus/dev.tsv").normalize();
        assumeTrue(Files.isRegularFile(dev), "skipped: " + dev + " is absent (the shared corpus is not on this machine)");
        assumeTrue(LineSift.class.getResource(LineSift.DEFAULT_MODEL) != null, "skipped: bundled model not built");
        List<GoldPage> pages = Corpus.read(dev);
        Score score = Scorer.score(LineSift.load(), pages);
        assertTrue(score.macroF1() >= MACRO_F1_FLOOR, "dev macro-F1 " + score.macroF1() + " fell below " + MACRO_F1_FLOOR);
        Score cut = Scorer.score(LineSift.load(), org.linesift.eval.ShortPages.cut(pages));
        assertTrue(cut.macroF1() >= SHORT_PAGES_FLOOR, "dev cut short: macro-F1 " + cut.macroF1() + " fell below " + SHORT_PAGES_FLOOR);
        Score unlisted = Scorer.score(LineSift.load().withoutKnownBrands(), pages);
        assertTrue(unlisted.macroF1() >= NO_KNOWN_BRANDS_FLOOR,
                "dev without the known-brands list: macro-F1 " + unlisted.macroF1() + " fell below " + NO_KNOWN_BRANDS_FLOOR);
    }
}
