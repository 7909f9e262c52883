package org.linesift.train;

import org.linesift.Label;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Spam pages, as a crawler meets them: pages that are spam from top to bottom (a gambling site's landing page, a
 * spam farm's document) and hacked news pages whose article is all spam. Their spam lines are labelled
 * {@code spun} with the operator {@link #OP}. Without such pages the model sees spam only as lines pasted into news
 * pages, and calls most lines of a real gambling page nav: short, bracketed and repeated, they look like menus.
 *
 * <p>Half of them (when there is news prose to build pages from) are {@link #hacked} news pages; the others are
 * pages of spam alone, of two kinds drawn per page:
 * <ul>
 *   <li>a spam farm document's header ({@code #DOC} files, see {@link #readDocs}): its lines up to the first
 *   time-stamp line or the first sentence of prose (where a farm's pasted filler starts: that filler is spam on
 *   the farm's page, but as text it is ordinary news or a tech article, which the model must not learn as spam),
 *   cut to a random prefix of at least 5 lines;</li>
 *   <li>a gambling-site page: 8 to 60 lines, each a real spam-source line (65 %), an invented SEO filler line
 *   (20 %) or a decorated brand alone (15 %), the last two from {@link BrandShapes}.</li>
 * </ul>
 * A line that is only a date or time stamp is nav: it carries no spam.
 */
final class SynthSpamPages {
    /** The operator written for every spun line of a spam page. */
    static final String OP = "spam-page";

    private final List<List<String>> headers;
    private final List<String> pool;
    private final BrandShapes shapes;
    private final Function<Random, String> brandLine;

    /**
     * @param docFiles  {@code #DOC}-separated spam documents (a header line {@code #DOC<TAB>name}, then the lines)
     * @param pool      single spam lines (already cleaned and filtered by the caller)
     * @param brandLine a decorated brand alone on a line
     */
    SynthSpamPages(List<Path> docFiles, List<String> pool, BrandShapes shapes, Function<Random, String> brandLine) throws IOException {
        this.headers = new ArrayList<>();
        for (Path p : docFiles) for (List<String> d : readDocs(BrandShapes.readUserFile(p), shapes)) if (d.size() >= 5) headers.add(d);
        this.pool = pool;
        this.shapes = shapes;
        this.brandLine = brandLine;
    }

    /** Whether there is anything to build pages from. */
    boolean available() {
        return !headers.isEmpty() || !pool.isEmpty();
    }

    /**
     * The documents of a {@code #DOC} file, each cut at its first time-stamp line or first {@link #prose} line;
     * lines are cleaned of control chars, and blank lines, HTML tags and lines with a denied term are dropped.
     */
    static List<List<String>> readDocs(List<String> lines, BrandShapes shapes) {
        List<List<String>> docs = new ArrayList<>();
        List<String> cur = null;
        boolean cut = false;
        for (String raw : lines) {
            if (raw.startsWith("#DOC")) {
                cur = new ArrayList<>();
                docs.add(cur);
                cut = false;
                continue;
            }
            if (cur == null || cut) continue;
            String t = Mojibake.clean(raw).strip();
            if (t.isEmpty() || t.startsWith("<")) continue;
            if (stamp(t) || prose(t)) { cut = true; continue; }
            if (t.length() > 400) t = t.substring(0, 400);
            if (!shapes.denied(t)) cur.add(t);
        }
        return docs;
    }

    /** True for a line that is only a date or time: digits, 年月日时分秒, separators. */
    static boolean stamp(String t) {
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else if ("年月日时分秒:：-/. 　".indexOf(c) < 0) return false;
        }
        return digit;
    }

    /** True for a line of prose: at least 20 chars, half of them Han, with a full stop. */
    static boolean prose(String t) {
        if (t.length() < 20 || t.indexOf('。') < 0) return false;
        int han = 0;
        for (int i = 0; i < t.length(); i++) if (Character.UnicodeScript.of(t.charAt(i)) == Character.UnicodeScript.HAN) han++;
        return 2 * han >= t.length();
    }

    /** One spam page. */
    GoldPage page(String id, Random r) {
        List<GoldLine> out = new ArrayList<>();
        if (!headers.isEmpty() && (pool.isEmpty() || r.nextInt(10) < 3)) {
            List<String> d = headers.get(r.nextInt(headers.size()));
            int n = d.size() - r.nextInt(d.size() - 4); // headers have at least 5 lines, and so has the prefix
            for (String t : d.subList(0, n)) out.add(line(t));
        } else {
            int n = 8 + r.nextInt(53);
            for (int i = 0; i < n; i++) out.add(line(spamLine(r)));
        }
        return new GoldPage(id, out);
    }

    /**
     * A hacked news page: every body line of {@code news} (title, paragraphs) replaced by a spam line as on a
     * gambling-site page, its nav lines (menus, byline, related headlines, footer) left as they were. It teaches
     * that a page full of spam still has nav lines, which stay nav.
     */
    GoldPage hacked(GoldPage news, Random r) {
        List<GoldLine> out = new ArrayList<>();
        for (GoldLine g : news.lines()) {
            if (g.label() == Label.BODY) out.add(line(spamLine(r)));
            else out.add(new GoldLine(g.label(), g.text(), "-", g.markup()));
        }
        return new GoldPage(news.id(), out);
    }

    /** A real spam-source line (65 %), an invented SEO filler line (20 %) or a decorated brand alone (15 %). */
    private String spamLine(Random r) {
        int k = r.nextInt(20);
        return !pool.isEmpty() && k < 13 ? pool.get(r.nextInt(pool.size())) : k < 17 ? shapes.filler(r) : brandLine.apply(r);
    }

    private static GoldLine line(String t) {
        return stamp(t) ? new GoldLine(Label.NAV, t, "-") : new GoldLine(Label.SPUN, t, OP);
    }
}
