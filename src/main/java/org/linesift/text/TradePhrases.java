package org.linesift.text;

/**
 * A gambling kit's phrases, a name and a trade word that only the trade ends a name with, found by their form
 * whatever the name:
 * <ul>
 *   <li>{@link #appended}: one appended to a line after a separator ({@code 标题|某某app下载}, {@code 标题_某某登录}).
 *       A kit appends one to a copy of the page's title; a page's own title line ends with its site's name instead
 *       ({@code 标题_青溪日报}, {@code 标题_某某官方网站}), which none of these trade words ends. The name is 2 to {@link #MAX_NAME}
 *       chars without a separator, the trade word one of {@link #WORDS}, and the phrase ends the line (trailing
 *       spaces aside).</li>
 *   <li>{@link #repeated}: one that opens two or more clauses of a line ({@code 某某官网目前…，某某官网每个…}), with a
 *       trade word that names a site or its bonuses ({@link #SITE_WORDS}: 官网, 官方网站, app下载, 首存送, 返水). Prose
 *       opens a clause with {@code 基金开户数} or {@code 报名网址}, but not twice with the same site.</li>
 * </ul>
 * Stateless, allocation-free, thread-safe.
 */
public final class TradePhrases {
    private TradePhrases() {}

    /** The longest name before the trade word, in chars. */
    public static final int MAX_NAME = 8;
    /**
     * The trade words of an appended phrase (folded), longest first: not 体育, 娱乐 or 平台, which portals' own channels
     * end with, nor 官网 or 官方网站, which sites call themselves ({@code 新闻动态--中国地理学会官网}).
     */
    static final String[] WORDS = {"app下载", "首存送", "登录", "注册", "网址", "开户", "下载", "返水", "代理"};
    /** The trade words of a repeated phrase: a site and its bonuses, which prose does not open two clauses with. */
    static final String[] SITE_WORDS = {"app下载", "官方网站", "首存送", "官网", "返水"};
    /**
     * {@link #SITE_WORDS} as a line may write them before folding: in simplified or traditional characters, app下载 by
     * its Han part (官方网站 contains 网, so 官网 is not enough).
     */
    private static final String[] PLAIN_SITE_WORDS = {"官网", "官網", "官方网站", "官方網站", "下载", "下載", "首存送", "返水"};
    /** The longest name of a repeated phrase, in chars. */
    static final int MAX_REPEATED_NAME = 6;
    private static final String SEPARATORS = "|｜_-—– ";
    /** What may stand right before a clause: marks, spaces, brackets and quotes. */
    private static final String CLAUSE_OPENERS = "，。；！？、：,;!?:（(【[「“\" \u3000";

    /** Where the appended phrase starts (at its separator), or -1 when {@code line} ends with none. */
    public static int appended(CharSequence line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') end--;
        for (String w : WORDS) {
            int at = end - w.length();
            if (at < 2 || !wordAt(line, at, w)) continue;
            // the name: back to the separator, 2 to MAX_NAME chars
            int k = at;
            while (k > 0 && at - k < MAX_NAME + 1 && SEPARATORS.indexOf(line.charAt(k - 1)) < 0) k--;
            int name = at - k;
            if (k > 0 && name >= 2 && name <= MAX_NAME) return k - 1;
            return -1;
        }
        return -1;
    }

    /**
     * The first clause-opening phrase of {@code line} that opens another clause of it too, as
     * {@code start << 32 | end}, or -1 when there is none. Later places of the same phrase: {@link #next}.
     */
    public static long repeated(CharSequence line) {
        int n = line.length();
        // most lines hold no site word twice: count them first, as written (String.indexOf is fast)
        String text = line.toString();
        int words = 0;
        for (String w : PLAIN_SITE_WORDS) {
            for (int at = text.indexOf(w); at >= 0 && words < 2; at = text.indexOf(w, at + w.length())) words++;
            if (words >= 2) break;
        }
        if (words < 2) return -1;
        for (int k = 0; k < n; k++) {
            int end = phraseAt(line, k);
            if (end < 0) continue;
            if (next(line, k, end, end) >= 0) return (long) k << 32 | end;
        }
        return -1;
    }

    /**
     * The next clause-opening place, at or after {@code from}, of the phrase {@code line[a..b)}, as
     * {@code start << 32 | end}, or -1.
     */
    public static long next(CharSequence line, int a, int b, int from) {
        int len = b - a, n = line.length();
        for (int k = from; k + len <= n; k++) {
            if (!opensClause(line, k) || !same(line, a, k, len)) continue;
            // the same name and trade word, not a longer name that ends with it
            if (phraseAt(line, k) == k + len) return (long) k << 32 | (k + len);
        }
        return -1;
    }

    /** The end of the phrase that opens a clause at {@code k}, or -1. */
    private static int phraseAt(CharSequence line, int k) {
        if (!opensClause(line, k)) return -1;
        int n = line.length();
        for (int at = k + 2; at <= k + MAX_REPEATED_NAME && at < n; at++) {
            if (!CharClass.isAlnum(Normalizer.fold(line.charAt(at - 1))) && CharClass.of(Normalizer.fold(line.charAt(at - 1))) != CharClass.HAN) return -1;
            for (String w : SITE_WORDS) if (at + w.length() <= n && wordAt(line, at, w)) return at + w.length();
        }
        return -1;
    }

    private static boolean opensClause(CharSequence line, int k) {
        if (k >= line.length()) return false;
        char c = Normalizer.fold(line.charAt(k));
        if (CharClass.of(c) != CharClass.HAN && !CharClass.isAlnum(c)) return false;
        return k == 0 || CLAUSE_OPENERS.indexOf(Normalizer.fold(line.charAt(k - 1))) >= 0;
    }

    private static boolean same(CharSequence line, int a, int b, int len) {
        for (int j = 0; j < len; j++) if (Normalizer.fold(line.charAt(a + j)) != Normalizer.fold(line.charAt(b + j))) return false;
        return true;
    }

    /** Whether the folded {@code line} holds the folded word {@code w} at {@code at} (which must leave room for it). */
    static boolean wordAt(CharSequence line, int at, String w) {
        for (int j = 0; j < w.length(); j++) if (Normalizer.fold(line.charAt(at + j)) != w.charAt(j)) return false;
        return true;
    }
}
