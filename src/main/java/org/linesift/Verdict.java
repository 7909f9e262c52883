package org.linesift;

/**
 * What a page is, judged from its spun lines. The rule, applied by {@link PageResult#verdict()}:
 * <ul>
 *   <li>{@link #CLEAN}: no spun line;</li>
 *   <li>{@link #SPAM_SITE}: at least half of the non-blank lines are spun (the page itself is spam);</li>
 *   <li>{@link #SPAMMED}: anything in between (a real page with spam injected into it).</li>
 * </ul>
 * A page has spun lines only with the evidence of spam: four lines the model calls spun, or one it calls spun
 * with probability 0.8 or more. With less, those lines take the more likely of body and nav, since one or two
 * unsure spun lines on a real page are more often misread lines than spam. The two thresholds were chosen on
 * held-out pages: the train pages, spammed by {@code linesift synth} and cross-validated (4 folds, 291 pages).
 * There, flagging any page the model finds a spun line on flagged 92 % of the spammed pages and 66 % of the clean
 * ones; the rule flags 81 % and 27 %. On the development set (20 spammed and 20 clean real pages) it flags 95 % and
 * 20 %, against 95 % and 60 %.
 */
public enum Verdict {
    CLEAN, SPAMMED, SPAM_SITE;

    /** The lower-case name used in JSON output: {@code clean}, {@code spammed}, {@code spam-site}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
