package org.linesift.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One pass over the DOM: cuts the text into lines and measures every element; then describes each line's markup. */
final class Converter implements NodeFilter {
    static final Set<String> DROP = Set.of("head", "script", "style", "noscript", "template", "svg", "object", "embed",
            "applet", "title", "math");
    static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "caption", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "html", "iframe", "legend",
            "li", "main", "marquee", "menu", "nav", "noframes", "ol", "optgroup", "option", "p", "pre", "section",
            "select", "summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "ul", "br", "hr");

    /** Per element: non-space text chars, of them inside links, elements below, punctuation marks. */
    static final class Stats {
        int text, link, elements, punct;
    }

    /** A line before its markup is described: text, block element, non-space chars, of them in links. */
    record Raw(String text, Element block, int chars, int linkChars, boolean startsInLink) {}

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final List<Stats> stack = new ArrayList<>();
    private final List<Raw> raw = new ArrayList<>();
    private final StringBuilder cur = new StringBuilder();
    private int curChars, curLink, linkDepth, preDepth;
    private Element curBlock;
    private boolean pendingSpace, curStartsInLink;

    List<HtmlLine> run(Document doc) {
        stack.add(new Stats()); // a root above the document
        NodeTraversor.filter(this, doc);
        flush();
        Markup markup = new Markup(stats);
        ContentScore content = new ContentScore(stats, raw);
        List<HtmlLine> out = new ArrayList<>(raw.size());
        for (Raw r : raw) {
            Element b = r.block;
            float share = r.chars == 0 ? 0 : r.linkChars / (float) r.chars;
            String tokens = markup.tokens(b, r.chars, r.linkChars, r.startsInLink) + " " + content.token(b);
            out.add(new HtmlLine(r.text, b.normalName(), Markup.path(b), share, tokens));
        }
        return out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            text(t);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return node instanceof Document ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
        String tag = e.normalName();
        if (DROP.contains(tag) || hidden(e)) return FilterResult.SKIP_ENTIRELY;
        if (BLOCK.contains(tag)) flush();
        if (isLink(e)) linkDepth++;
        if (PREFORMATTED.contains(tag)) preDepth++;
        stack.add(new Stats());
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (BLOCK.contains(tag)) flush();
        if (isLink(e)) linkDepth--;
        if (PREFORMATTED.contains(tag)) preDepth--;
        Stats s = stack.remove(stack.size() - 1);
        stats.put(e, s);
        Stats up = stack.get(stack.size() - 1);
        up.text += s.text; up.link += s.link; up.punct += s.punct; up.elements += s.elements + 1;
        return FilterResult.CONTINUE;
    }

    /** Elements whose text keeps its line breaks. */
    static final Set<String> PREFORMATTED = Set.of("pre", "textarea", "listing", "xmp");

    private static boolean isLink(Element e) {
        return e.normalName().equals("a") && e.hasAttr("href");
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none"); // not visibility:hidden: WeChat articles hide their content until a script runs
    }

    private void text(TextNode t) {
        String s = t.getWholeText();
        Stats st = stack.get(stack.size() - 1);
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' && preDepth > 0) {
                // preformatted text keeps its line breaks
                Element b = curBlock;
                flush();
                curBlock = b;
                continue;
            }
            if (isSpace(c)) {
                if (cur.length() > 0) pendingSpace = true;
                continue;
            }
            if (cur.length() == 0) { curBlock = block(t); curStartsInLink = linkDepth > 0; }
            else if (pendingSpace) cur.append(' ');
            pendingSpace = false;
            cur.append(c);
            curChars++;
            st.text++;
            if (linkDepth > 0) { curLink++; st.link++; }
            if (isPunct(c)) st.punct++;
        }
    }

    private static Element block(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && BLOCK.contains(e.normalName())) return e;
        }
        Node p = n.parent();
        return p instanceof Element e ? e : new Element("body");
    }

    private void flush() {
        if (cur.length() > 0) raw.add(new Raw(cur.toString(), curBlock, curChars, curLink, curStartsInLink));
        cur.setLength(0);
        curChars = 0;
        curLink = 0;
        curBlock = null;
        pendingSpace = false;
    }

    /** Whitespace for Java's {@code strip()} and every Unicode space (no-break, ideographic, line/paragraph separators), plus zero-width space, BOM and NEL. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' || c == '\u0085';
    }

    static boolean isPunct(char c) {
        switch (c) {
            case '，': case '。': case '！': case '？': case '；': case '：': case '、': case ',': case '.': case '!':
            case '?': case ';': case '“': case '”':
                return true;
            default:
                return false;
        }
    }

    /** Collapses whitespace runs to one space and trims. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) { if (sb.length() > 0) pending = true; continue; }
            if (pending) sb.append(' ');
            pending = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
