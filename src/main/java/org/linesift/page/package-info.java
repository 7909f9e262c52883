/**
 * Stages 5 and 6 of the pipeline: scores every line of a page with the line model, then runs the page
 * pass (a second, stacked model that sees the neighbours' first-pass labels) and picks the labels, after the
 * page rules: lines spam by their form, a brand the page injects in several lines, a spinner's copy of another line
 * of the page ({@code Twins}), the article's stretch of the page, and on HTML pages the lines that share their
 * markup with the article's ({@code MarkupGroups}); last, when the model has one, the context pass ({@code ContextPass}),
 * boosted trees that choose again between body and nav from what all of that decided for the whole page.
 * Uses {@code org.linesift.feature} and {@code org.linesift.model}.
 */
package org.linesift.page;
