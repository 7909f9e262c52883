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

    /** The texts of all lines, in order. */
    public List<String> texts() {
        List<String> out = new ArrayList<>(lines.size());
        for (GoldLine l : lines) out.add(l.text());
        return out;
    }
}
