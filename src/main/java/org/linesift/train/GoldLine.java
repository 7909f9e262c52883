package org.linesift.train;

import org.linesift.Label;

import java.util.Objects;

/**
 * One line of a labelled corpus.
 *
 * @param label the gold label, or {@code null} for an unlabelled ({@code unk}/{@code ?}) line
 * @param text  the line as the crawler saw it (no tabs, no newlines)
 * @param op     the spam operator that made the line ({@code "-"} for an unchanged line), or {@code null} when unknown
 * @param markup the markup tokens of the line when it was cut from HTML ({@code HtmlLine.markup()}), or {@code null}
 */
public record GoldLine(Label label, String text, String op, String markup) {
    public GoldLine {
        Objects.requireNonNull(text, "text");
    }

    /** A line with no markup. */
    public GoldLine(Label label, String text, String op) {
        this(label, text, op, null);
    }

    /** A line with no operator recorded. */
    public static GoldLine of(Label label, String text) {
        return new GoldLine(label, text, null);
    }

    /** Whether no operator changed the line (none recorded, or {@code -}). */
    public boolean unchanged() {
        return op == null || op.equals("-");
    }

    /** The corpus label string: {@code body}, {@code nav}, {@code spun} or {@code unk}. */
    public String labelId() {
        return label == null ? "unk" : label.id();
    }
}
