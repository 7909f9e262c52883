package org.linesift;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The labels of every line of one page, in input order. Immutable.
 */
public final class PageResult extends AbstractList<LineResult> {
    private final List<LineResult> lines;

    PageResult(List<LineResult> lines) {
        this.lines = Collections.unmodifiableList(lines);
    }

    @Override
    public LineResult get(int index) { return lines.get(index); }

    @Override
    public int size() { return lines.size(); }

    /** All lines, in input order (the list itself). */
    public List<LineResult> lines() { return lines; }

    /** The lines with the given label, in input order. */
    public List<LineResult> linesLabelled(Label label) {
        List<LineResult> out = new ArrayList<>();
        for (LineResult r : lines) if (r.label() == label) out.add(r);
        return Collections.unmodifiableList(out);
    }

    /** The number of lines with the given label. */
    public int count(Label label) {
        int n = 0;
        for (LineResult r : lines) if (r.label() == label) n++;
        return n;
    }

    /** The body lines joined with {@code \n}: the article text a crawler keeps. */
    public String bodyText() {
        return bodyText(false);
    }

    /**
     * The body text with spun lines that look like body once cleaned: a spun line whose injections could be
     * cut out ({@link LineResult#cleanedText()} differs from the text) and whose body probability exceeds its
     * nav probability is included in its cleaned form.
     */
    public String bodyText(boolean includeCleanedSpun) {
        StringBuilder sb = new StringBuilder();
        for (LineResult r : lines) {
            String t;
            if (r.label() == Label.BODY) t = r.text();
            else if (includeCleanedSpun && r.label() == Label.SPUN && !r.cleanedText().equals(r.text()) && !r.cleanedText().isBlank()
                    && r.probability(Label.BODY) > r.probability(Label.NAV)) t = r.cleanedText();
            else continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(t);
        }
        return sb.toString();
    }

    /** The share of non-blank lines that are spun, from 0 to 1. */
    public double spamScore() {
        int spun = 0, all = 0;
        for (LineResult r : lines) {
            if (r.isBlank()) continue;
            all++;
            if (r.label() == Label.SPUN) spun++;
        }
        return all == 0 ? 0 : spun / (double) all;
    }

    /** The page verdict, the signal a crawler flags a page by; see {@link Verdict} for the rule. */
    public Verdict verdict() {
        if (!hasSpam()) return Verdict.CLEAN;
        return spamScore() >= 0.5 ? Verdict.SPAM_SITE : Verdict.SPAMMED;
    }

    /** True when at least one line is spun: the page is flagged (see {@link Verdict}). */
    public boolean hasSpam() {
        for (LineResult r : lines) if (r.label() == Label.SPUN) return true;
        return false;
    }
}
