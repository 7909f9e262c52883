/**
 * Stage 1 and 2 of the pipeline: normalisation and tokenisation of one line.
 * Plain functions over {@code char[]} buffers; nothing here knows about features, models or pages.
 */
package org.linesift.text;
