package org.linesift.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An HTML page cut into text lines, the one conversion LineSift's models are trained and run on. Immutable.
 *
 * <pre>{@code
 * HtmlLines page = HtmlLines.of(bytes, null);      // encoding detected
 * String title = page.title();
 * for (HtmlLine line : page.lines()) System.out.println(line.tag() + "\t" + line.text());
 * }</pre>
 *
 * <p>The rules:
 * <ul>
 *   <li><b>Encoding</b> ({@link #of(byte[], Charset)}): a byte-order mark; else UTF-8 when the bytes are valid
 *       UTF-8 with some non-ASCII (re-saved pages keep a stale GBK declaration; GBK text is practically never
 *       valid UTF-8); else a {@code <meta charset>} or {@code http-equiv} declaration in the first 8 KB; else
 *       the caller's hint; else GB18030. GB2312 and GBK are read as GB18030. A declared UTF-8 that the bytes
 *       contradict is ignored. Undecodable bytes become U+FFFD.</li>
 *   <li><b>Dropped</b>: {@code head}, {@code script}, {@code style}, {@code noscript}, {@code template},
 *       {@code svg}, {@code object}, {@code embed}, comments, and elements hidden with the {@code hidden}
 *       attribute or an inline {@code display:none} style.</li>
 *   <li><b>Lines</b>: block elements ({@code p}, {@code div}, {@code li}, {@code h1}-{@code h6}, {@code tr},
 *       {@code td}, {@code th}, {@code table}, {@code section}, {@code article}, {@code header},
 *       {@code footer}, {@code nav}, {@code aside}, {@code dd}, {@code dt}, {@code blockquote}, {@code pre},
 *       {@code form}, {@code option}, ...) start and end a line, as do {@code <br>} and {@code <hr>}.
 *       Inline elements ({@code a}, {@code span}, {@code b}, {@code font}, ...) do not.</li>
 *   <li><b>Whitespace</b>, including U+3000 and no-break spaces, collapses to one space; lines are trimmed and
 *       empty lines dropped.</li>
 *   <li>The page {@code <title>} is not a line; it is {@link #title()}.</li>
 * </ul>
 * Broken markup is repaired the way browsers do (jsoup's HTML5 parser). Conversion never throws on any input.
 */
public final class HtmlLines {
    private final String title;
    private final List<HtmlLine> lines;
    private final Charset charset;

    private HtmlLines(String title, List<HtmlLine> lines, Charset charset) {
        this.title = title;
        this.lines = Collections.unmodifiableList(lines);
        this.charset = charset;
    }

    /** Converts decoded HTML; {@code null} is an empty page. */
    public static HtmlLines of(String html) {
        return convert(html == null ? "" : html, null, "");
    }

    /**
     * Converts HTML bytes, detecting their encoding (see the class comment).
     *
     * @param hint a charset the bytes are said to be in, from an HTTP header for instance, or {@code null}
     */
    public static HtmlLines of(byte[] html, Charset hint) {
        if (html == null) html = new byte[0];
        Charset cs = HtmlCharset.detect(html, hint);
        int skip = HtmlCharset.bomLength(HtmlCharset.bom(html));
        return convert(new String(html, skip, html.length - skip, cs), cs, "");
    }

    private static HtmlLines convert(String html, Charset cs, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        String title = Converter.collapse(doc.title());
        return new HtmlLines(title, new Converter().run(doc), cs);
    }

    /** The page's {@code <title>}, whitespace collapsed; empty when it has none. */
    public String title() { return title; }

    /** The lines, in page order. */
    public List<HtmlLine> lines() { return lines; }

    /** The lines' texts, in page order. */
    public List<String> texts() {
        List<String> out = new ArrayList<>(lines.size());
        for (HtmlLine l : lines) out.add(l.text());
        return Collections.unmodifiableList(out);
    }

    /** The charset the bytes were decoded with; {@code null} when the page was given as a {@code String}. */
    public Charset charset() { return charset; }

    /** The number of lines. */
    public int size() { return lines.size(); }
}
