package org.linesift.eval;

import org.linesift.LineResult;
import org.linesift.LineSift;
import org.linesift.PageResult;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.util.List;
import java.util.function.Consumer;

/** Scores a classifier against labelled pages. The page is the unit: each page is classified as a whole. */
public final class Scorer {
    private Scorer() {}

    /** Classifies every page and scores every labelled line. */
    public static Score score(LineSift sift, List<GoldPage> pages) {
        return score(sift, pages, null);
    }

    /**
     * Classifies every page (all its lines, unlabelled ones included, as context) and scores every labelled
     * line. When {@code errors} is non-null it receives each misclassified line, in corpus order.
     */
    public static Score score(LineSift sift, List<GoldPage> pages, Consumer<Misclassification> errors) {
        Score score = new Score();
        for (GoldPage page : pages) {
            List<String> texts = page.texts();
            long t0 = System.nanoTime();
            String[] markup = page.markup();
            PageResult result = markup == null ? sift.classify(texts) : sift.classify(texts, java.util.Arrays.asList(markup));
            score.addTiming(texts.size(), System.nanoTime() - t0);
            if (result.size() != texts.size()) {
                throw new IllegalStateException("classifier returned " + result.size() + " results for "
                        + texts.size() + " lines on page " + page.id());
            }
            List<GoldLine> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                GoldLine gold = lines.get(i);
                LineResult pred = result.get(i);
                score.add(gold, pred.label());
                if (errors != null && gold.label() != null && gold.label() != pred.label()) {
                    errors.accept(new Misclassification(page.id(), i + 1, gold, pred,
                            i > 0 ? texts.get(i - 1) : "", i + 1 < texts.size() ? texts.get(i + 1) : ""));
                }
            }
        }
        return score;
    }
}
