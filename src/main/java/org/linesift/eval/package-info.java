/**
 * Scoring: per-class precision, recall and F1, the confusion matrix, spun recall per spam operator, error files,
 * span scoring against synth's truth, and the rewrites that test a model on forms it was not trained on (obfuscation
 * variants, the pages in traditional characters). Reads corpora through {@code org.linesift.train}; never trains.
 */
package org.linesift.eval;
