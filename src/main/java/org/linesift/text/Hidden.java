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
 * beside them), so a stray zero-width space that an editor leaves between two words does not count. A brand's code
 * may be hidden among its Han chars ({@code 点&#8203;招&#8203;j&#8203;9}): a run of Latin letters and digits counts as
 * one unit of the run where invisible chars, not separators, stand beside it ({@code v1.2.3} and {@code a-b-c} are
 * ordinary), and a run needs {@link #MIN_HAN} Han chars among its units. In the corpus's labelled pages (29,814
 * lines) and its news prose and headlines (191,932 lines) no line has such a run.
 *
 * <p>Allocation-free, linear in the line length, thread-safe.
 */
public final class Hidden {
    private Hidden() {}

    /** The fewest gaps (invisible characters or separators) a hiding run has: four units. */
    static final int MIN_GAPS = 3;
    /** The fewest Han characters among a hiding run's units. */
    static final int MIN_HAN = 2;

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
     * The next hiding run at or after {@code from}, from its first unit (a Han char, or a run of Latin letters and
     * digits) to its last, as {@code start << 32 | end}; -1 if there is none.
     */
    public static long nextRun(CharSequence line, int from) {
        int n = line.length();
        for (int k = Math.max(0, from); k < n; k++) {
            char c = line.charAt(k);
            if (!isHan(c) && !CharClass.isAlnum(c)) continue;
            int last = unitEnd(line, k, n) - 1, gaps = 0, han = isHan(c) ? 1 : 0;
            while (true) {
                int j = last + 1;
                boolean gap = false, invisible = false;
                while (j < n && (isGap(line.charAt(j)) || line.charAt(j) == ' ')) {
                    gap |= isGap(line.charAt(j));
                    invisible |= isInvisible(line.charAt(j++));
                }
                if (!gap || j >= n) break;
                char d = line.charAt(j);
                boolean dHan = isHan(d);
                if (!dHan && !CharClass.isAlnum(d)) break;
                // Latin letters and digits are hidden only by invisible chars: separators are theirs (v1.2.3, a-b-c)
                if (!(dHan && isHan(line.charAt(last))) && !invisible) break;
                gaps++;
                if (dHan) han++;
                last = unitEnd(line, j, n) - 1;
            }
            if (gaps >= MIN_GAPS && han >= MIN_HAN) return (long) k << 32 | (last + 1);
            k = last;
        }
        return -1;
    }

    /** The end of the unit that starts at {@code k}: one Han char, or a run of Latin letters and digits. */
    private static int unitEnd(CharSequence line, int k, int n) {
        if (isHan(line.charAt(k))) return k + 1;
        int e = k + 1;
        while (e < n && CharClass.isAlnum(line.charAt(e))) e++;
        return e;
    }

    private static boolean isHan(char c) {
        return CharClass.of(c) == CharClass.HAN;
    }
}
