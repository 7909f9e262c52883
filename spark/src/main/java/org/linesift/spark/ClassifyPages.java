package org.linesift.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.linesift.Label;
import org.linesift.LineResult;
import org.linesift.LineSift;
import org.linesift.PageResult;
import org.linesift.Span;
import org.linesift.html.HtmlLines;
import scala.jdk.javaapi.CollectionConverters;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The task: pages in (rows {@code id, text, html}), one row per non-blank line out, following the conventions of
 * {@code linesift classify --format tsv}:
 * <ul>
 *   <li>text (a string, or bytes read as UTF-8 with undecodable bytes as U+FFFD) is split at {@code \n} and
 *       {@code \r\n}, a leading BOM dropped, and {@code line} is the 1-based line number in the text;</li>
 *   <li>HTML (a string, or bytes whose encoding is detected) is cut into lines by {@link HtmlLines}, and
 *       {@code line} is the 1-based ordinal of the extracted line;</li>
 *   <li>blank lines go to the classifier as context but get no row;</li>
 *   <li>a text page longer than {@code maxPageLines} lines is classified in consecutive windows of that many
 *       lines (the verdict is then the window's).</li>
 * </ul>
 * A row with {@code html} set is read as HTML, else as text; a row with neither is an empty page (no rows).
 * Memory follows the largest page: the rows of one page are made at a time.
 */
final class ClassifyPages implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Models model;
    private final int maxPageLines;

    ClassifyPages(Models model, int maxPageLines) {
        this.model = model;
        this.maxPageLines = maxPageLines;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> pages) {
        LineSift sift = model.get();
        return new Iterator<>() {
            private final List<Row> buffer = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next == buffer.size()) {
                    if (!pages.hasNext()) return false;
                    buffer.clear();
                    next = 0;
                    page(sift, pages.next(), buffer);
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                return buffer.get(next++);
            }
        };
    }

    /** Adds the rows of one page to {@code out}. */
    void page(LineSift sift, Row page, List<Row> out) {
        String id = page.getString(0);
        Object text = page.get(1);
        Object html = page.get(2);
        if (html != null) {
            HtmlLines lines = html instanceof byte[] b ? HtmlLines.of(b, null) : HtmlLines.of((String) html);
            rows(id, 1, sift.classifyHtml(lines), out);
        } else if (text != null) {
            List<String> lines = splitLines(text instanceof byte[] b ? decode(b) : (String) text);
            for (int from = 0; from < lines.size(); from += maxPageLines) {
                List<String> window = lines.subList(from, Math.min(lines.size(), from + maxPageLines));
                rows(id, from + 1, sift.classify(window), out);
            }
        }
    }

    private static void rows(String id, long firstLine, PageResult page, List<Row> out) {
        String verdict = page.verdict().id();
        double spamScore = page.spamScore();
        for (LineResult r : page) {
            if (r.isBlank()) continue;
            List<Row> spans = new ArrayList<>(r.spans().size());
            for (Span s : r.spans()) spans.add(RowFactory.create(s.start(), s.end(), s.kind().id(), s.text()));
            out.add(RowFactory.create(id, firstLine + r.index(), r.label().id(), r.probability(Label.BODY),
                    r.probability(Label.NAV), r.probability(Label.SPUN), r.text(), CollectionConverters.asScala(spans), verdict, spamScore));
        }
    }

    /** UTF-8 bytes as text, undecodable bytes as U+FFFD (as the command line reads a page file). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("cannot happen with REPLACE", e);
        }
    }

    /**
     * The lines of a page text as the command line reads a file: they end at {@code \n}, a {@code \r} before it is
     * dropped (a lone {@code \r} is kept), a leading BOM is dropped, and a trailing newline makes no extra line.
     */
    static List<String> splitLines(String s) {
        List<String> out = new ArrayList<>();
        int start = !s.isEmpty() && s.charAt(0) == '\uFEFF' ? 1 : 0;
        int n = s.length();
        while (start < n) {
            int nl = s.indexOf('\n', start);
            if (nl < 0) {
                out.add(s.substring(start));
                break;
            }
            out.add(s.substring(start, nl > start && s.charAt(nl - 1) == '\r' ? nl - 1 : nl));
            start = nl + 1;
        }
        return out;
    }
}
