package org.linesift.text;

/**
 * The core of a line, the part two copies of one text share however a page dresses them: the line without the
 * bullet and spaces that open a list item ({@code · }), a short label before a colon ({@code 前言：}, {@code 原标题：},
 * {@code Re:}) and the sentence-final marks that end it.
 * A headline printed as {@code 原标题：苹果回应…} and as {@code 苹果回应…}, or a lead printed with and without
 * {@code 前言：}, have the same core.
 *
 * <p>A label is 1 to {@link #MAX_LABEL} chars, none of them a clause mark or colon, followed by {@code ：} or
 * {@code :}. Stateless, allocation-free, thread-safe.
 */
public final class LineCore {
    private LineCore() {}

    /** The longest label taken off a line's start, in chars. */
    public static final int MAX_LABEL = 6;

    private static final String CLAUSE = "，。；！？、,;!?";
    private static final String FINAL = "。！？.!?";
    /** Marks that open a list item: {@code · 标题}, {@code ■ 标题}. */
    private static final String BULLETS = "·•・‧●○◆◇■□▪▫►▶>»-*";

    /** The core of {@code line} as {@code start << 32 | end}; the whole line when it has no label or final mark. */
    public static long of(CharSequence line) {
        int n = line.length(), start = 0;
        while (start < n && (Character.isWhitespace(line.charAt(start)) || BULLETS.indexOf(line.charAt(start)) >= 0)) start++;
        for (int k = start; k < n && k - start <= MAX_LABEL; k++) {
            char c = line.charAt(k);
            if (c == '：' || c == ':') {
                if (k > start) start = k + 1;
                break;
            }
            if (CLAUSE.indexOf(c) >= 0) break;
        }
        int end = n;
        while (end > start && FINAL.indexOf(line.charAt(end - 1)) >= 0) end--;
        return (long) start << 32 | end;
    }

    /** The start of a core from {@link #of}. */
    public static int start(long core) {
        return (int) (core >>> 32);
    }

    /** The end of a core from {@link #of}. */
    public static int end(long core) {
        return (int) core;
    }
}
