package org.linesift;

import org.linesift.html.HtmlLine;
import org.linesift.spam.Cleaner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The label of one input line and the probability of each label. Immutable; a spun line's {@link #spans()} are
 * found on the first call of {@code spans()} or {@link #cleanedText()} (a crawler that only reads labels does not
 * pay for them) and then kept.
 */
public final class LineResult {
    private final int index;
    private final String text;
    private final Label label;
    private final float pBody;
    private final float pNav;
    private final float pSpun;
    /** Finds the spans on first request; null once they are known. */
    private volatile Supplier<List<Span>> spanSource;
    private volatile List<Span> spans;
    private volatile String cleaned;
    private final List<String> reasons;
    private final HtmlLine source;

    LineResult(int index, String text, Label label, float pBody, float pNav, float pSpun, HtmlLine source) {
        this(index, text, label, pBody, pNav, pSpun, List.of(), text, List.of(), source);
    }

    LineResult(int index, String text, Label label, float pBody, float pNav, float pSpun, List<Span> spans, String cleaned,
               List<String> reasons, HtmlLine source) {
        this(index, text, label, pBody, pNav, pSpun, List.copyOf(spans), Objects.requireNonNull(cleaned), List.copyOf(reasons), null, source);
    }

    /** A line whose spans {@code spanSource} finds when they are first asked for (and {@link Cleaner} cuts them out of the cleaned text). */
    LineResult(int index, String text, Label label, float pBody, float pNav, float pSpun, Supplier<List<Span>> spanSource, HtmlLine source) {
        this(index, text, label, pBody, pNav, pSpun, null, null, List.of(), Objects.requireNonNull(spanSource), source);
    }

    /** Either the spans and cleaned text, or the source that finds them. */
    private LineResult(int index, String text, Label label, float pBody, float pNav, float pSpun, List<Span> spans, String cleaned,
                       List<String> reasons, Supplier<List<Span>> spanSource, HtmlLine source) {
        this.source = source;
        this.index = index;
        this.text = Objects.requireNonNull(text);
        this.label = Objects.requireNonNull(label);
        this.pBody = pBody;
        this.pNav = pNav;
        this.pSpun = pSpun;
        this.spans = spans;
        this.cleaned = cleaned;
        this.reasons = reasons;
        this.spanSource = spanSource;
    }

    /**
     * Why the line got its label, in words, strongest first: the groups of features that pushed the label above
     * the runner-up (with their margin in logits) and, for spun lines, the spans found. Filled only by
     * {@link LineSift#explain}; empty after a plain {@code classify}.
     */
    public List<String> reasons() { return reasons; }

    /**
     * Where the spam sits in a spun line: injected brands, title fragments, pinyin brackets, mojibake runs and
     * substituted words, in order, with offsets in UTF-16 code units of {@link #text()}. Empty for lines that
     * are not spun, and for spun lines where no span can be pinned down (word salad, for instance).
     */
    public List<Span> spans() {
        List<Span> s = spans;
        if (s != null) return s;
        Supplier<List<Span>> source = spanSource;
        if (source == null) return spans; // another thread has just set them
        s = List.copyOf(source.get());
        // two threads that race compute equal values; cleaned is written before spans, which readers test first
        cleaned = Cleaner.clean(text, s);
        spans = s;
        spanSource = null;
        return s;
    }

    /**
     * The line with injected brands and pinyin brackets cut out; the text itself when there is nothing to cut.
     * For a long paragraph with one injected brand this is the paragraph as its author wrote it.
     */
    public String cleanedText() {
        if (spans == null) spans();
        return cleaned;
    }

    /**
     * Where the line came from when the page was given as HTML: its tag, a short CSS-like path and its link share
     * ({@link HtmlLine}); empty for text input.
     */
    public Optional<HtmlLine> source() { return Optional.ofNullable(source); }

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
