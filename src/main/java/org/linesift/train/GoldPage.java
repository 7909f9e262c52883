package org.linesift.train;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a labelled corpus: an id and its lines in page order.
 *
 * @param id    the page id from the {@code # page:} header
 * @param lines the lines, in order
 */
public record GoldPage(String id, List<GoldLine> lines) {
    public GoldPage {
        lines = List.copyOf(lines);
    }

    /** The markup tokens of all lines, in order, or {@code null} when no line has markup (a text page). */
    public String[] markup() {
        boolean any = false;
        for (GoldLine l : lines) if (l.markup() != null) { any = true; break; }
        if (!any) return null;
        String[] out = new String[lines.size()];
        for (int i = 0; i < out.length; i++) out[i] = lines.get(i).markup();
        return out;
    }

    /** The texts of all lines, in order. */
    public List<String> texts() {
        List<String> out = new ArrayList<>(lines.size());
        for (GoldLine l : lines) out.add(l.text());
        return out;
    }
}
