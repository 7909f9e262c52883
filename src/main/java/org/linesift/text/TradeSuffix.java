package org.linesift.text;

/**
 * A gambling kit's phrase appended to a line after a separator: a name and a trade word that only the trade ends a
 * name with ({@code 标题|某某app下载}, {@code 标题_某某登录}, {@code 标题 某某官网}). A kit appends one to a copy of the
 * page's title; a page's own title line ends with its site's name instead ({@code 标题_青溪日报}), which no trade word
 * ends.
 *
 * <p>The phrase is a separator ({@code | ｜ _ - — –} or a space), then a name of 2 to {@link #MAX_NAME} chars
 * (no separator in it), then one of {@link #WORDS}, and it ends the line (trailing spaces aside). Stateless,
 * allocation-free, thread-safe.
 */
public final class TradeSuffix {
    private TradeSuffix() {}

    /** The longest name before the trade word, in chars. */
    public static final int MAX_NAME = 8;
    /** The trade words (folded), longest first: not 体育, 娱乐 or 平台, which portals' own channels end with. */
    static final String[] WORDS = {"官方网站", "app下载", "首存送", "登录", "注册", "官网", "网址", "开户", "下载", "返水", "代理"};
    private static final String SEPARATORS = "|｜_-—– ";

    /** Where the appended phrase starts (at its separator), or -1 when {@code line} ends with none. */
    public static int start(CharSequence line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') end--;
        for (String w : WORDS) {
            int at = end - w.length();
            if (at < 2 || !endsWith(line, at, w)) continue;
            // the name: back to the separator, 2 to MAX_NAME chars
            int k = at;
            while (k > 0 && at - k < MAX_NAME + 1 && SEPARATORS.indexOf(line.charAt(k - 1)) < 0) k--;
            int name = at - k;
            if (k > 0 && name >= 2 && name <= MAX_NAME) return k - 1;
            return -1;
        }
        return -1;
    }

    private static boolean endsWith(CharSequence line, int at, String w) {
        for (int j = 0; j < w.length(); j++) if (Normalizer.fold(line.charAt(at + j)) != w.charAt(j)) return false;
        return true;
    }
}
