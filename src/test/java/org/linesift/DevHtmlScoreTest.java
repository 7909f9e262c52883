package org.linesift;

import org.junit.jupiter.api.Test;
import org.linesift.eval.Score;
import org.linesift.eval.Scorer;
import org.linesift.html.HtmlLines;
import org.linesift.train.Corpus;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;
import org.linesift.train.HtmlPages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Regression gate for HTML input: the 40 dev pages' HTML, cut by {@link HtmlLines} and labelled from the corpus's
 * reference lines ({@link HtmlPages}), classified by the bundled pair; body/nav F1 must not fall below the floors.
 * The same figures come from {@code synth --html --copies 1 --spam-share 0 --prose-pages 0 --split dev INDEX.tsv}
 * followed by {@code score}. Skips when ../shared is absent.
 */
class DevHtmlScoreTest {
    /**
     * A little under the measured 0.917 (mean of body F1 0.879 and nav F1 0.955) and body recall 0.821 of the
     * session-28 pair (session 26's text model, session 19's HTML model, the markup-group pass); 0.88 and 0.75 until
     * then, from the session-4 pair's 0.896 and 0.769 (models/README.md: one seed alone moves these by ±0.05).
     */
    static final double BODY_NAV_F1_FLOOR = 0.90, BODY_RECALL_FLOOR = 0.80;

    @Test
    void bundledPairKeepsItsDevHtmlScore() throws Exception {
        Path index = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus/pages/INDEX.tsv").normalize();
        assumeTrue(Files.isRegularFile(index), "skipped: " + index + " is absent (the shared corpus is not on this machine)");
        assumeTrue(LineSift.class.getResource("/org/linesift/models/html.lsm") != null, "skipped: bundled HTML model not built");
        List<GoldPage> pages = new ArrayList<>();
        List<String> rows = Files.readAllLines(index);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            if (f.length < 11 || !f[10].equals("dev")) continue;
            Path dir = index.getParent().resolve(f[0]);
            List<GoldLine> ref = new ArrayList<>();
            for (GoldPage p : Corpus.read(dir.resolve(f[1] + ".lines.tsv"))) ref.addAll(p.lines());
            pages.add(HtmlPages.relabel(new GoldPage(f[1], ref), HtmlLines.of(Files.readAllBytes(dir.resolve(f[1] + ".html")), null)));
        }
        assertTrue(pages.size() >= 35, "expected the 40 dev pages, found " + pages.size());
        Score score = Scorer.score(LineSift.load(), pages);
        double bodyNav = (score.f1(Label.BODY) + score.f1(Label.NAV)) / 2;
        assertTrue(bodyNav >= BODY_NAV_F1_FLOOR, "dev HTML body/nav F1 " + bodyNav + " fell below " + BODY_NAV_F1_FLOOR);
        assertTrue(score.recall(Label.BODY) >= BODY_RECALL_FLOOR, "dev HTML body recall " + score.recall(Label.BODY) + " fell below " + BODY_RECALL_FLOOR);
    }
}
