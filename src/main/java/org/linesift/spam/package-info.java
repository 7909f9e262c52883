/**
 * Stage 7, after the labels: where the spam sits inside a spun line (spans), the line with injections cut
 * out, and the page verdict. Uses {@code org.linesift.text} and the model's language model and lexicon.
 */
package org.linesift.spam;
