/**
 * Stage 4 of the pipeline: the linear model over hashed features, its allocation-free scoring loop, the
 * boosted trees of the context pass ({@code TreeEnsemble}), and the model file format (magic, version, feature
 * configuration, labels, language model, quantised weights, trees, CRC-32). Never uses Java serialization; never runs code from a file.
 */
package org.linesift.model;
