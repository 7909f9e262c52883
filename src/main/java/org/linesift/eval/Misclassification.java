package org.linesift.eval;

import org.linesift.LineResult;
import org.linesift.train.GoldLine;

/**
 * One scored line whose prediction differs from its gold label: a row of {@code score --errors}. With
 * {@code score --all-lines} and {@code train --cv-predictions} the same rows also carry the lines predicted right.
 *
 * @param pageId    the page id from the corpus
 * @param line      the 1-based position of the line within its page
 * @param gold      the corpus line (label, text, operator)
 * @param predicted the classifier's result for the line
 * @param prevText  the text of the previous line of the page, or {@code ""} at the top
 * @param nextText  the text of the next line of the page, or {@code ""} at the bottom
 */
public record Misclassification(String pageId, int line, GoldLine gold, LineResult predicted,
                                String prevText, String nextText) {
}
