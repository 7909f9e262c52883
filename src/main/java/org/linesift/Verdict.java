package org.linesift;

/**
 * What a page is, judged from its spun lines. The rule, applied by {@link PageResult#verdict()}:
 * <ul>
 *   <li>{@link #CLEAN}: no spun line;</li>
 *   <li>{@link #SPAM_SITE}: at least half of the non-blank lines are spun (the page itself is spam);</li>
 *   <li>{@link #SPAMMED}: anything in between (a real page with spam injected into it).</li>
 * </ul>
 */
public enum Verdict {
    CLEAN, SPAMMED, SPAM_SITE;

    /** The lower-case name used in JSON output: {@code clean}, {@code spammed}, {@code spam-site}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
