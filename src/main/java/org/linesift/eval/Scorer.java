package org.linesift.eval;

import org.linesift.Label;
import org.linesift.LineResult;
import org.linesift.LineSift;
import org.linesift.PageResult;
import org.linesift.Verdict;
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
        return score(sift, pages, errors, false);
    }

    /**
     * Like {@link #score(LineSift, List, Consumer)}; with {@code everyLine}, {@code errors} receives every labelled
     * line, right or wrong (held-out predictions, in the same rows as the errors).
     */
    public static Score score(LineSift sift, List<GoldPage> pages, Consumer<Misclassification> errors, boolean everyLine) {
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
            boolean labelled = false, goldSpun = false;
            for (int i = 0; i < lines.size(); i++) {
                GoldLine gold = lines.get(i);
                LineResult pred = result.get(i);
                score.add(gold, pred.label());
                labelled |= gold.label() != null;
                goldSpun |= gold.label() == Label.SPUN;
                if (errors != null && gold.label() != null && (everyLine || gold.label() != pred.label())) {
                    errors.accept(new Misclassification(page.id(), i + 1, gold, pred,
                            i > 0 ? texts.get(i - 1) : "", i + 1 < texts.size() ? texts.get(i + 1) : ""));
                }
            }
            if (labelled) score.addPage(goldSpun, result.verdict() != Verdict.CLEAN);
        }
        return score;
    }
}
