package org.linesift.text;

/**
 * A kit's bracketed tag set into a line's sentences: the same name in brackets right after two or more clause marks,
 * followed by the sentence's own text ({@code 家用车、(某某)商务车…，(某某)有国人…}). Prose brackets a gloss or a
 * source after the word it explains, not at a clause's start, and not the same one twice; a page's tool bar
 * ({@code 【打印】 [打印]}) has no clause marks.
 *
 * <p>A tag is {@code ( （ 【 [} + 2 to {@link #MAX_NAME} Han, Latin or digit chars (not digits alone) + the matching
 * bracket, after one of {@code ，。；！？、,;!?} and before a Han char. Stateless, allocation-free, thread-safe.
 */
public final class BracketedTags {
    private BracketedTags() {}

    /** The longest name in a tag, in chars. */
    public static final int MAX_NAME = 6;
    private static final String OPEN = "(（【[", CLOSE = ")）】]", MARKS = "，。；！？、,;!?";

    /**
     * The first tag of {@code line} whose name is in another tag of it too, as {@code start << 32 | end} (brackets
     * included), or -1. Later places of the same name: {@link #next}.
     */
    public static long repeated(CharSequence line) {
        int n = line.length();
        String text = line.toString();
        int brackets = 0;
        for (int o = 0; o < OPEN.length() && brackets < 2; o++) {
            for (int at = text.indexOf(OPEN.charAt(o)); at >= 0 && brackets < 2; at = text.indexOf(OPEN.charAt(o), at + 1)) brackets++;
        }
        if (brackets < 2) return -1; // most lines: no two brackets to compare
        for (int k = 1; k < n; k++) {
            int end = tagAt(line, k);
            if (end >= 0 && next(line, k, end, end) >= 0) return (long) k << 32 | end;
        }
        return -1;
    }

    /** The next tag, at or after {@code from}, whose name is that of the tag {@code line[a..b)}, or -1. */
    public static long next(CharSequence line, int a, int b, int from) {
        int n = line.length(), len = b - a;
        for (int k = Math.max(from, 1); k + len <= n; k++) {
            int end = tagAt(line, k);
            if (end - k != len) continue;
            boolean same = true;
            for (int j = 1; j < len - 1 && same; j++) same = Normalizer.fold(line.charAt(a + j)) == Normalizer.fold(line.charAt(k + j));
            if (same) return (long) k << 32 | end;
        }
        return -1;
    }

    /** The end (after the closing bracket) of a tag opening at {@code k}, or -1. */
    private static int tagAt(CharSequence line, int k) {
        int n = line.length();
        if (k < 1 || k >= n) return -1;
        int o = OPEN.indexOf(line.charAt(k));
        if (o < 0 || MARKS.indexOf(Normalizer.fold(line.charAt(k - 1))) < 0 && MARKS.indexOf(line.charAt(k - 1)) < 0) return -1;
        boolean letters = false;
        int j = k + 1;
        for (; j < n && j - k - 1 <= MAX_NAME; j++) {
            char c = Normalizer.fold(line.charAt(j));
            if (line.charAt(j) == CLOSE.charAt(o)) break;
            int cls = CharClass.of(c);
            if (cls == CharClass.HAN || cls == CharClass.LATIN) letters = true;
            else if (cls != CharClass.DIGIT) return -1;
        }
        int name = j - k - 1;
        if (j >= n || line.charAt(j) != CLOSE.charAt(o) || name < 2 || name > MAX_NAME || !letters) return -1;
        if (j + 1 >= n || CharClass.of(Normalizer.fold(line.charAt(j + 1))) != CharClass.HAN) return -1;
        return j + 1;
    }
}
