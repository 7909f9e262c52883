/**
 * LineSift's public API: the {@link org.linesift.LineSift} facade, {@link org.linesift.Label}, and the
 * immutable {@link org.linesift.PageResult} / {@link org.linesift.LineResult}. Everything a library user
 * needs is here; the sub-packages are the pipeline's internals (text, feature, model, page) and the tools
 * (train, eval, cli), and may change between versions.
 */
package org.linesift;
