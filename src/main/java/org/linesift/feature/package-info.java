/**
 * Stage 3 of the pipeline: turns a normalised, tokenised line and its page context into hashed binary
 * features (character and word n-grams, line shape, language-model surprisal, position and neighbours).
 * Uses {@code org.linesift.text}; knows nothing about weights or labels.
 */
package org.linesift.feature;
