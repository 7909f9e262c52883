package org.linesift.cli;

import org.linesift.train.Corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pages from a text stream one at a time, so that memory follows the largest page, never the input:
 * lines end at {@code \n} or {@code \r\n} (a lone {@code \r} is kept), a leading BOM is dropped, undecodable
 * bytes become U+FFFD. With {@code multiPage}, a line starting with {@code # page:} opens a new page (its first
 * word is the page id; the line itself is not part of any page). A page longer than {@code maxLines} is handed
 * out in consecutive windows of {@code maxLines} lines.
 */
final class PageStream implements AutoCloseable {
    /** One page (or window of a long page): its id ({@code null} unless multi-page), lines, and the file line number of its first line. */
    record Page(String id, List<String> lines, long firstLine) {}


    private final Reader in;
    private final boolean multiPage;
    private final int maxLines;
    private final char[] buf = new char[1 << 14];
    private int pos, len;
    private boolean eof, first = true;
    private final StringBuilder line = new StringBuilder(256);
    private long lineNo;          // lines read so far
    private String curId;         // id of the page being read (null before the first header)
    private boolean headerPending; // a header was read whose page has not been handed out yet

    PageStream(InputStream stream, Charset cs, boolean multiPage, int maxLines) {
        this.in = new InputStreamReader(stream, cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        this.multiPage = multiPage;
        this.maxLines = maxLines;
    }

    /** The next page, or null at the end of the stream. A header opens a page even when no line follows it. */
    Page next() throws IOException {
        List<String> lines = new ArrayList<>();
        long firstLine = lineNo + 1;
        boolean owesHeader = headerPending;
        headerPending = false;
        String id = curId;
        while (lines.size() < maxLines) {
            String l = readLine();
            if (l == null) break;
            lineNo++;
            if (multiPage && l.startsWith(Corpus.PAGE_HEADER)) {
                curId = Corpus.pageId(l);
                if (curId.isEmpty()) curId = "page-at-line-" + lineNo;
                if (!lines.isEmpty() || owesHeader) {
                    headerPending = true;
                    return new Page(id, lines, firstLine);
                }
                id = curId;           // nothing read for the previous page: this header opens the one we read
                owesHeader = true;
                firstLine = lineNo + 1;
                continue;
            }
            lines.add(l);
        }
        if (lines.isEmpty() && !owesHeader) return null;
        return new Page(id, lines, firstLine);
    }

    /** The next line without its terminator, or null at the end. */
    private String readLine() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == len) {
                if (eof) break;
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) { len = 0; eof = true; break; }
                if (first) {
                    first = false;
                    if (buf[0] == '\uFEFF') pos = 1;
                }
                continue;
            }
            any = true;
            char c = buf[pos++];
            if (c == '\n') {
                int n = line.length();
                if (n > 0 && line.charAt(n - 1) == '\r') line.setLength(n - 1);
                return line.toString();
            }
            line.append(c);
        }
        return any ? line.toString() : null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
