package org.linesift.html;

import java.util.Objects;

/**
 * One line of text cut from an HTML page, and where it came from. Immutable.
 */
public final class HtmlLine {
    private final String text;
    private final String tag;
    private final String path;
    private final float linkShare;
    private final String markup;

    HtmlLine(String text, String tag, String path, float linkShare, String markup) {
        this.text = Objects.requireNonNull(text);
        this.tag = Objects.requireNonNull(tag);
        this.path = Objects.requireNonNull(path);
        this.linkShare = linkShare;
        this.markup = Objects.requireNonNull(markup);
    }

    /** The line's text: whitespace (including U+3000 and no-break spaces) collapsed to single spaces, trimmed. */
    public String text() { return text; }

    /** The lower-case name of the block element the line's text starts in, such as {@code p}, {@code li} or {@code td}. */
    public String tag() { return tag; }

    /**
     * A short CSS-like path to that element: at most its four innermost ancestors and itself, each as
     * {@code tag}, {@code tag#id} or {@code tag.firstClass}, joined by {@code " > "}; for example
     * {@code "div#main > div.content > p"}.
     */
    public String path() { return path; }

    /** The share of the line's non-space characters that sit inside a link ({@code <a href>}), from 0 to 1. */
    public float linkShare() { return linkShare; }

    /**
     * The markup features of the line as space-separated tokens, exactly as a model trained on HTML reads them
     * (tag path, class and id words, link and text density of the line and its block, sibling repetition, depth,
     * and whether the line sits in the page's main content container as Readability would pick it).
     * Stable for a given page and version of LineSift; meant for models and debugging, not for display.
     */
    public String markup() { return markup; }

    @Override
    public String toString() {
        return path + "\t" + text;
    }
}
