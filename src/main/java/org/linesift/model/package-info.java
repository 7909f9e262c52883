/**
 * Stage 4 of the pipeline: the linear model over hashed features, its allocation-free scoring loop, and
 * the model file format (magic, version, feature configuration, labels, language model, quantised
 * weights, CRC-32). Never uses Java serialization; never runs code from a file.
 */
package org.linesift.model;
