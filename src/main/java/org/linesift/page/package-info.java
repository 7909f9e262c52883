/**
 * Stages 5 and 6 of the pipeline: scores every line of a page with the line model, then runs the page
 * pass (a second, stacked model that sees the neighbours' first-pass labels) and picks the labels.
 * Uses {@code org.linesift.feature} and {@code org.linesift.model}.
 */
package org.linesift.page;
