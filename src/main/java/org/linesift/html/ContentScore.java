package org.linesift.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page's main content container, found the way Mozilla Readability finds it, and where each line stands
 * towards it.
 *
 * <p>Every line of at least {@link #MIN_CHARS} characters is a paragraph worth {@code 1 + commas + min(chars / 100,
 * 3)}. Its block element's parent gets the whole of that, the grandparent half, and the next three ancestors a
 * sixth, a ninth and a twelfth (level {@code k} from 2 on gets {@code 1 / (3k)}), as in Readability. An element's first score is set by its tag
 * ({@code div} +5, {@code td}, {@code pre}, {@code blockquote} +3, lists and forms −3, headings and {@code th} −5)
 * and its class and id words (±25: content words up, navigation, footer, comment, share, related, ad and sidebar
 * words down). The final score is that times one minus the element's link density. The best element is the
 * container, or its parent when it is that parent's only child (up to {@code body}).
 *
 * <p>Each line then gets one token: {@code rc:in} inside the container; {@code rc:sib} inside a sibling of it that
 * scores at least a fifth of it (and at least 10), which Readability would join to it; {@code rc:near} inside
 * another sibling (a table of short cells after the article's prose, a byline, a share bar); {@code rc:out}
 * elsewhere; {@code rc:none} when no element scored. The HTML model learns how far to
 * trust it; it reads tables laid out as articles, where the line's own markup says little.
 */
final class ContentScore {
    /** Shortest line (non-space chars) that counts as a paragraph. */
    static final int MIN_CHARS = 25;
    private static final int LEVELS = 5;
    private static final Set<String> PLUS_FIVE = Set.of("div");
    private static final Set<String> PLUS_THREE = Set.of("pre", "td", "blockquote");
    private static final Set<String> MINUS_THREE = Set.of("address", "ol", "ul", "dl", "dd", "dt", "li", "form");
    private static final Set<String> MINUS_FIVE = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "th");
    private static final Set<String> ROOTS = Set.of("body", "html", "#root");
    private static final Set<String> NEGATIVE = Set.of("nav", "footer", "crumb", "related", "share", "comment", "ad",
            "side", "login", "tag");

    private final Map<Element, Converter.Stats> stats;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();
    private final Map<Element, String> marks = new IdentityHashMap<>();

    ContentScore(Map<Element, Converter.Stats> stats, List<Converter.Raw> lines) {
        this.stats = stats;
        for (Converter.Raw line : lines) {
            int n = line.chars();
            if (n < MIN_CHARS) continue;
            double points = 1 + commas(line.text()) + Math.min(n / 100, 3);
            Element e = line.block().parent();
            for (int level = 0; e != null && level < LEVELS; level++, e = e.parent()) {
                if (e.normalName().equals("#root")) break;
                scores.computeIfAbsent(e, this::initial)[0] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, double[]> en : scores.entrySet()) {
            double f = en.getValue()[0] * (1 - linkDensity(en.getKey()));
            en.getValue()[0] = f;
            if (f > best || f == best && top != null && before(en.getKey(), top)) { best = f; top = en.getKey(); }
        }
        if (top == null) return;
        // as Readability: a container that is its parent's only child is the parent
        for (Element p = top.parent(); p != null && p.children().size() == 1 && !ROOTS.contains(p.normalName()); p = p.parent()) top = p;
        marks.put(top, "rc:in");
        Element parent = top.parent();
        if (parent == null || ROOTS.contains(parent.normalName())) return;
        double bar = Math.max(10, best * 0.2);
        for (Element sib : parent.children()) {
            if (sib == top) continue;
            double[] s = scores.get(sib);
            marks.put(sib, s != null && s[0] >= bar ? "rc:sib" : "rc:near");
        }
    }

    /** The token of a line whose block element is {@code block}. */
    String token(Element block) {
        if (marks.isEmpty()) return "rc:none";
        for (Element e = block; e != null; e = e.parent()) {
            String m = marks.get(e);
            if (m != null) return m;
        }
        return "rc:out";
    }

    private double[] initial(Element e) {
        String tag = e.normalName();
        double s = PLUS_FIVE.contains(tag) ? 5 : PLUS_THREE.contains(tag) ? 3 : MINUS_THREE.contains(tag) ? -3
                : MINUS_FIVE.contains(tag) ? -5 : 0;
        boolean plus = false, minus = false;
        for (String w : Markup.words(e)) {
            String c = Markup.category(w);
            if (c == null) continue;
            if (c.equals("content")) plus = true;
            else if (NEGATIVE.contains(c)) minus = true;
        }
        if (plus) s += 25;
        if (minus) s -= 25;
        return new double[] {s};
    }

    private double linkDensity(Element e) {
        Converter.Stats s = stats.get(e);
        return s == null || s.text == 0 ? 0 : Math.min(1, s.link / (double) s.text);
    }

    /** Whether {@code a} comes before {@code b} in the document (ties go to the first element, for determinism). */
    private static boolean before(Element a, Element b) {
        // depth-first order: compare the sibling indexes below the common ancestor
        ArrayList<Element> pa = chain(a), pb = chain(b);
        int i = pa.size() - 1, j = pb.size() - 1;
        while (i >= 0 && j >= 0 && pa.get(i) == pb.get(j)) { i--; j--; }
        if (i < 0) return true;   // a is an ancestor of b
        if (j < 0) return false;
        return pa.get(i).elementSiblingIndex() < pb.get(j).elementSiblingIndex();
    }

    private static ArrayList<Element> chain(Element e) {
        ArrayList<Element> out = new ArrayList<>();
        for (Element x = e; x != null; x = x.parent()) out.add(x);
        return out;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '，' || c == ',' || c == '、') n++;
        }
        return n;
    }
}
