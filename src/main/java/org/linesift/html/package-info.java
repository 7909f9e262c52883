/**
 * Stage 0 of the pipeline, for HTML input: bytes to text lines. {@link org.linesift.html.HtmlLines} detects the
 * encoding, parses the page with jsoup and cuts its text into lines the way the model's training pages were cut
 * (block elements and {@code <br>} start lines); each {@link org.linesift.html.HtmlLine} remembers the markup it
 * came from. Public, so crawlers can use the same conversion for text; nothing here knows about features or
 * models.
 */
package org.linesift.html;
