package org.linesift.eval;

import org.linesift.Label;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled pages cut short, as a crawler gets a page whose text extraction kept little more than the start of the
 * article: {@link #LINES} lines from {@link #ABOVE} lines above the article's first line (its first body line, or
 * its first spun line that is no spun nav line), labels and operators kept. A page without an article is left out.
 * For {@code score --short}: how the labels hold up when the page around a line is mostly missing.
 */
public final class ShortPages {
    /** Lines kept above the article's first line, and lines kept in all. */
    public static final int ABOVE = 3, LINES = 12;

    private ShortPages() {}

    /** The pages cut short; those without an article are dropped. */
    public static List<GoldPage> cut(List<GoldPage> pages) {
        List<GoldPage> out = new ArrayList<>(pages.size());
        for (GoldPage p : pages) {
            List<GoldLine> lines = p.lines();
            int first = -1;
            for (int i = 0; i < lines.size() && first < 0; i++) {
                GoldLine g = lines.get(i);
                if (g.label() == Label.BODY || (g.label() == Label.SPUN && !"synonym-nav".equals(g.op()))) first = i;
            }
            if (first < 0) continue;
            int from = Math.max(0, first - ABOVE);
            out.add(new GoldPage(p.id(), new ArrayList<>(lines.subList(from, Math.min(lines.size(), from + LINES)))));
        }
        return out;
    }
}
