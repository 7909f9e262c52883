/**
 * Scoring: per-class precision, recall and F1, the confusion matrix, spun recall per spam operator, error files,
 * and span scoring against synth's truth. Reads corpora through {@code org.linesift.train}; never trains.
 */
package org.linesift.eval;
