package org.linesift;

/**
 * What a page is, judged from its spun lines. The rule, applied by {@link PageResult#verdict()}:
 * <ul>
 *   <li>{@link #CLEAN}: fewer than four spun lines and none of them spun with probability 0.8 or more (a lone
 *       unsure spun line on a real page is more often a misread line than spam);</li>
 *   <li>{@link #SPAM_SITE}: otherwise, when at least half of the non-blank lines are spun (the page itself is
 *       spam);</li>
 *   <li>{@link #SPAMMED}: otherwise (a real page with spam injected into it).</li>
 * </ul>
 * The two thresholds were chosen on held-out pages: the train pages, spammed by {@code linesift synth} and
 * cross-validated (4 folds, 291 pages). There, flagging any spun line flagged 92 % of the spammed pages and 66 % of
 * the clean ones; this rule flags 81 % and 27 %. On the development set (20 spammed and 20 clean real pages) it
 * flags 95 % and 20 %, against 95 % and 60 %.
 */
public enum Verdict {
    CLEAN, SPAMMED, SPAM_SITE;

    /** The lower-case name used in JSON output: {@code clean}, {@code spammed}, {@code spam-site}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
