/**
 * LineSift's public API: the {@link org.linesift.LineSift} facade, {@link org.linesift.Label}, and the
 * immutable {@link org.linesift.PageResult} / {@link org.linesift.LineResult}. Everything a library user
 * needs is here, plus {@link org.linesift.html.HtmlLines} and {@link org.linesift.html.HtmlLine} for HTML input.
 * The other sub-packages are the pipeline's internals (text, feature, model, page, spam) and the tools
 * (train, eval, cli), and may change between versions.
 */
package org.linesift;
