package org.linesift.page;

import org.linesift.Label;

import java.util.HashMap;
import java.util.Map;

/**
 * The markup-group pass of an HTML page, after the region pass: lines whose blocks share a markup signature (the
 * same block tag, class words, ancestors and parent measures, {@link #signature}) are the paragraphs of one article
 * or the items of one menu, and mostly share a label. In a group of at least {@link #MIN_GROUP} lines of which at
 * least half of those labelled body or nav are body, a nav line becomes body: an English quotation, a short
 * heading or a command line set in the same markup as the article's paragraphs. (The cells of a table seldom group:
 * the parent measures of each row differ.) Only nav→body, as in
 * the region pass (a lost paragraph is the worse error), and probabilities stay as the models gave them.
 * Measured on the train pages' HTML, held out by page-grouped cross-validation (models/README.md, session 28).
 */
final class MarkupGroups {
    private MarkupGroups() {}

    /** The fewest lines (of any label) a group needs. */
    static final int MIN_GROUP = 3;

    /**
     * Relabels lines {@code 0..n-1} in place. {@code markup[i]} holds the markup tokens of line {@code i}
     * ({@code HtmlLine.markup()}); a null array (a text page), or one shorter than {@code n}, leaves the labels as
     * they are; a null entry is in no group.
     */
    static void apply(String[] markup, int[] labels, int n) {
        int[] alike = bodyLookAlikes(markup, labels, n);
        int body = Label.BODY.ordinal(), nav = Label.NAV.ordinal();
        for (int i = 0; i < n; i++) if (labels[i] == nav && alike[i] > 0) labels[i] = body;
    }

    /**
     * For explanations: per line, how many other lines share its markup signature when its group of at least
     * {@link #MIN_GROUP} lines has at least half of its body/nav labels body (the vote {@link #apply} takes), else 0.
     * Lines {@code 0..n-1}; all 0 without markup.
     */
    static int[] bodyLookAlikes(String[] markup, int[] labels, int n) {
        int[] out = new int[n];
        if (markup == null || markup.length < n || labels.length < n) return out;
        int body = Label.BODY.ordinal(), nav = Label.NAV.ordinal();
        Map<String, Integer> ids = new HashMap<>();
        int[] group = new int[n];
        int[] size = new int[n], bodies = new int[n], navs = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = -1;
            if (markup[i] == null) continue;
            int g = ids.computeIfAbsent(signature(markup[i]), k -> ids.size());
            group[i] = g;
            size[g]++;
            if (labels[i] == body) bodies[g]++;
            else if (labels[i] == nav) navs[g]++;
        }
        for (int i = 0; i < n; i++) {
            int g = group[i];
            if (g >= 0 && size[g] >= MIN_GROUP && bodies[g] > 0 && 2 * bodies[g] >= bodies[g] + navs[g]) out[i] = size[g] - 1;
        }
        return out;
    }

    /**
     * A line's markup tokens without those of the line alone, its link share ({@code ld:K}) and whether it starts
     * in a link ({@code in:a}): what it shares with the other blocks of its kind.
     */
    static String signature(String tokens) {
        StringBuilder sb = new StringBuilder(tokens.length());
        int n = tokens.length();
        for (int a = 0; a < n; ) {
            int b = tokens.indexOf(' ', a);
            if (b < 0) b = n;
            if (b > a && !tokens.startsWith("ld:", a) && !(b - a == 4 && tokens.startsWith("in:a", a))) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(tokens, a, b);
            }
            a = b + 1;
        }
        return sb.toString();
    }
}
