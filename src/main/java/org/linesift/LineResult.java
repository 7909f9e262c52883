package org.linesift;

import java.util.Objects;

/**
 * The label of one input line and the probability of each label. Immutable.
 */
public final class LineResult {
    private final int index;
    private final String text;
    private final Label label;
    private final float pBody;
    private final float pNav;
    private final float pSpun;

    LineResult(int index, String text, Label label, float pBody, float pNav, float pSpun) {
        this.index = index;
        this.text = Objects.requireNonNull(text);
        this.label = Objects.requireNonNull(label);
        this.pBody = pBody;
        this.pNav = pNav;
        this.pSpun = pSpun;
    }

    /** The 0-based index of the line in the page. */
    public int index() { return index; }

    /** The line exactly as given. */
    public String text() { return text; }

    /** The predicted label. */
    public Label label() { return label; }

    /** The probability of a label; the three sum to 1. */
    public double probability(Label l) {
        switch (l) {
            case BODY: return pBody;
            case NAV: return pNav;
            default: return pSpun;
        }
    }

    /** True when the line is empty or only whitespace (such lines are labelled NAV with certainty). */
    public boolean isBlank() { return text.isBlank(); }

    @Override
    public String toString() {
        return index + "\t" + label.id() + "\t" + text;
    }
}
