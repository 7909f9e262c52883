package org.linesift.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The markup tokens of a line (see {@link HtmlLine#markup()}):
 * <ul>
 *   <li>{@code t:TAG} the line's block element, {@code in:a} when its text starts inside a link;</li>
 *   <li>{@code a:TAG} telling tags among the ancestors (nav, header, footer, aside, li, table, h1, ...);</li>
 *   <li>{@code c:CAT} / {@code c1:CAT} categories of class and id words of the block and five ancestors / of the
 *       block and its parent (nav, footer, crumb, related, share, comment, ad, side, content, title, info, ...),
 *       {@code w:WORD} the raw words of the block and its parent;</li>
 *   <li>{@code ld:K} the line's link share, {@code bld:K} / {@code gld:K} that of its parent / grandparent
 *       element, {@code bl:K} the parent's text length, {@code td:K} its text per element (text density, after
 *       GNE), {@code pd:K} its punctuation per 100 characters;</li>
 *   <li>{@code sib:K} how many siblings share the block's tag and class (list items), {@code d:K} its depth.</li>
 * </ul>
 * {@link Converter} appends one more, where the line stands towards the page's main content container
 * ({@code rc:in}, {@code rc:sib}, {@code rc:near}, {@code rc:out} or {@code rc:none}; see {@link ContentScore}).
 * K is a small bucket number.
 */
final class Markup {
    static final Set<String> TELLING = Set.of("nav", "header", "footer", "aside", "li", "ul", "ol", "dl", "dd", "dt",
            "table", "td", "th", "form", "article", "main", "section", "h1", "h2", "h3", "h4", "p", "center",
            "marquee", "select", "option", "blockquote", "figure", "figcaption", "pre", "iframe", "strong", "b", "font",
            "span", "a", "img", "button", "input", "label", "em");

    private static final Map<String, String> CATEGORY = new HashMap<>();

    private static void cat(String category, String... words) {
        for (String w : words) CATEGORY.put(w, category);
    }

    static {
        cat("nav", "nav", "navi", "navbar", "navigation", "menu", "menus", "topnav", "subnav", "channel", "lanmu",
                "daohang", "dh", "mainnav", "sitenav");
        cat("header", "header", "head", "top", "topbar", "logo", "masthead", "toolbar");
        cat("footer", "footer", "foot", "bottom", "copyright", "copy", "beian", "icp", "about", "links", "link", "friend");
        cat("crumb", "crumb", "crumbs", "breadcrumb", "breadcrumbs", "location", "position", "path", "weizhi", "curpos",
                "current", "dqwz");
        cat("related", "related", "relate", "relevant", "recommend", "rec", "hot", "rank", "ranking", "xgxw", "more",
                "tuijian", "remen", "rel", "also", "read", "focus", "jiaodian", "top10");
        cat("list", "list", "lists", "item", "items", "ul", "li", "news", "newslist");
        cat("share", "share", "fenxiang", "bdshare", "social", "sns", "jiathis", "weibo", "wechat", "weixin");
        cat("comment", "comment", "comments", "pinglun", "reply", "review", "discuss", "pl", "cmt");
        cat("ad", "ad", "ads", "advert", "adv", "advertisement", "guanggao", "gg", "sponsor", "promo", "banner", "adsense");
        cat("side", "sidebar", "side", "aside", "right", "left", "widget", "rightbar", "leftbar", "col", "sider");
        cat("content", "content", "contents", "article", "text", "main", "body", "detail", "details", "zhengwen", "post",
                "entry", "story", "txt", "con", "cont", "artibody", "endtext", "neirong", "wenzhang", "arti", "article_content",
                "paragraph", "para", "read", "newstext", "context", "mainbody");
        cat("title", "title", "headline", "biaoti", "tit", "h1", "heading", "hd");
        cat("info", "info", "source", "author", "time", "date", "meta", "byline", "editor", "laiyuan", "from", "pubtime",
                "publish", "zuozhe", "bianji", "ly");
        cat("page", "page", "pages", "pager", "pagination", "paging", "fanye", "next", "prev", "pre", "pagenav");
        cat("tag", "tag", "tags", "keyword", "keywords", "label", "labels");
        cat("login", "login", "user", "search", "form", "reg", "register", "sousuo", "so", "member");
        cat("image", "img", "image", "pic", "photo", "picture", "figure", "tupian");
    }

    /** The category of a class or id word ({@code nav}, {@code content}, ...), or {@code null}. */
    static String category(String word) {
        return CATEGORY.get(word);
    }

    private final Map<Element, Converter.Stats> stats;
    private final Map<Element, Integer> siblings = new IdentityHashMap<>();

    Markup(Map<Element, Converter.Stats> stats) {
        this.stats = stats;
    }

    String tokens(Element block, int chars, int linkChars, boolean startsInLink) {
        Set<String> t = new LinkedHashSet<>();
        t.add("t:" + block.normalName());
        if (startsInLink) t.add("in:a");
        int depth = 0;
        int k = 0;
        for (Element e = block; e != null; e = e.parent(), k++) {
            String tag = e.normalName();
            if (k > 0 && TELLING.contains(tag)) t.add("a:" + tag);
            if (k <= 5) {
                for (String w : words(e)) {
                    String c = CATEGORY.get(w);
                    if (c != null) {
                        t.add("c:" + c);
                        if (k <= 1) t.add("c1:" + c);
                    }
                    if (k <= 1) t.add("w:" + w);
                }
            }
            if (!tag.equals("#root")) depth++;
        }
        t.add("ld:" + share(linkChars, chars));
        Element parent = block.parent();
        Converter.Stats ps = parent == null ? null : stats.get(parent);
        if (ps != null) {
            t.add("bld:" + share(ps.link, ps.text));
            t.add("bl:" + log2(ps.text));
            t.add("td:" + log2(ps.text / (ps.elements + 1)));
            t.add("pd:" + Math.min(6, ps.text == 0 ? 0 : (ps.punct * 100 / ps.text + 1) / 2));
            Element grand = parent.parent();
            Converter.Stats gs = grand == null ? null : stats.get(grand);
            if (gs != null) t.add("gld:" + share(gs.link, gs.text));
        }
        t.add("sib:" + log2(siblings(block)));
        t.add("d:" + Math.min(depth / 3, 8));
        return String.join(" ", t);
    }

    /** Siblings of {@code e} with the same tag and class. */
    private int siblings(Element e) {
        Integer cached = siblings.get(e);
        if (cached != null) return cached;
        Element p = e.parent();
        if (p == null) return 0;
        // one scan of the parent's children fills the cache for all of them
        Map<String, List<Element>> groups = new HashMap<>();
        for (Element c : p.children()) groups.computeIfAbsent(c.normalName() + "." + c.className(), x -> new ArrayList<>()).add(c);
        for (List<Element> g : groups.values()) for (Element c : g) siblings.put(c, g.size() - 1);
        Integer n = siblings.get(e);
        return n == null ? 0 : n;
    }

    /** 0 for no links, 4 for all links, 1-3 between. */
    static int share(int part, int all) {
        if (all <= 0 || part <= 0) return 0;
        if (part >= all) return 4;
        double r = part / (double) all;
        return r <= 0.3 ? 1 : r <= 0.7 ? 2 : 3;
    }

    static int log2(int x) {
        return x <= 0 ? 0 : Math.min(12, 32 - Integer.numberOfLeadingZeros(x));
    }

    /** The words of an element's class and id: split on non-letters and camelCase, lower-case, 2-20 letters. */
    static List<String> words(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(4);
        split(cls, out);
        split(id, out);
        return out;
    }

    static void split(String s, List<String> out) {
        int n = s.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            boolean letter = c < 128 && Character.isLetter(c);
            boolean camel = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (!letter || camel) {
                if (start >= 0) add(s.substring(start, i), out);
                start = letter ? i : -1;
            } else if (start < 0) {
                start = i;
            }
        }
    }

    private static void add(String w, List<String> out) {
        if (w.length() < 2 || w.length() > 20) return;
        out.add(w.toLowerCase(Locale.ROOT));
    }

    /** A short CSS-like path: the element and at most four ancestors below body, outermost first. */
    static String path(Element e) {
        List<String> parts = new ArrayList<>(5);
        for (Element x = e; x != null && parts.size() < 5; x = x.parent()) {
            String tag = x.normalName();
            if (tag.equals("#root")) break;
            String id = x.id();
            String cls = x.className().trim();
            if (!id.isEmpty() && id.length() <= 40 && id.indexOf(' ') < 0) tag += "#" + id;
            else if (!cls.isEmpty()) {
                int sp = cls.indexOf(' ');
                String first = sp < 0 ? cls : cls.substring(0, sp);
                if (first.length() <= 40) tag += "." + first;
            }
            parts.add(tag);
            if (x.normalName().equals("body")) break;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (sb.length() > 0) sb.append(" > ");
            sb.append(parts.get(i));
        }
        return sb.toString();
    }
}
