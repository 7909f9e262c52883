package org.linesift.eval;

import com.hankcs.hanlp.HanLP;
import org.linesift.text.Garbled;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled pages rewritten as a Taiwanese or Hong Kong site writes them: every line in traditional characters by
 * HanLP's simplified-to-traditional conversion (word by word, so {@code 头发} becomes {@code 頭髮}), with
 * {@code 「」} quotes. The labels and operators stay. Two kinds of line stay as they are: mojibake (its characters
 * are bytes misread, which no writer converts: operator {@code mojibake}, or {@link Garbled} when the file names no
 * operator) and the rare line whose length the conversion changes, so that a line's offsets keep their meaning.
 * Scoring the rewritten pages ({@code linesift score --traditional}) shows how much of a model's score survives
 * the other script.
 */
public final class TraditionalScript {
    private TraditionalScript() {}

    /** The pages in traditional characters. */
    public static List<GoldPage> rewrite(List<GoldPage> pages) {
        List<GoldPage> out = new ArrayList<>(pages.size());
        for (GoldPage p : pages) {
            List<GoldLine> lines = new ArrayList<>(p.lines().size());
            for (GoldLine g : p.lines()) lines.add(new GoldLine(g.label(), rewrite(g), g.op(), g.markup()));
            out.add(new GoldPage(p.id(), lines));
        }
        return out;
    }

    private static String rewrite(GoldLine g) {
        String t = g.text();
        if (t.isEmpty() || "mojibake".equals(g.op()) || (g.op() == null && Garbled.test(t))) return t;
        String x = HanLP.convertToTraditionalChinese(t);
        return x.length() == t.length() ? x : t;
    }
}
