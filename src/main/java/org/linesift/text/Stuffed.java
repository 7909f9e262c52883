package org.linesift.text;

/**
 * Finds keyword stuffing: a line that is nothing but a list of search phrases built around one keyword, such as
 * {@code 北京装修公司 北京装修报价 北京装修设计 上海装修多少钱}. SEO pages paste such lines to rank for every
 * variant of the keyword; a reader sees no sentence and no menu, only the keyword again and again.
 *
 * <p>A line is stuffed when it splits, at spaces and list separators ({@code | 、 ， , / ; ·} and their full-width
 * forms), into at least {@link #MIN_ITEMS} items of at most {@link #MAX_ITEM} chars each, has no sentence-final
 * mark ({@code 。！？}), and one run of at least {@link #MIN_KEYWORD} Han chars occurs in every item. Menus share
 * at most a two-char word ({@code 体育新闻 | 娱乐新闻}), and lists of partner sites leave it out of some items, so
 * neither is stuffing. In the corpus's labelled pages (29,814 lines) and its news prose, headlines and crawled page
 * lines (191,932 lines) no line is stuffed; on the held-out train pages of session 16's folds, 10 of the synthetic
 * stuffed lines are (models/README.md, session 20).
 *
 * <p>A gambling kit's keyword list is stuffing too, though its items share no keyword: each item is a name and a
 * trade word, {@code 九游会返水|明升首存送|沙巴体育开户|澳门金沙登录} ({@link #tradeItems}). At least
 * {@link #MIN_ITEMS} items, and either every one of them is a name of two or more chars followed by a trade word
 * ({@link #TRADE_WORDS}) with at least one of the words only the trade uses ({@link #GAMBLING_WORDS}: 返水, 首存送,
 * 开户, 网址, 代理, app下载), or four in five items are with at least two such words. So a menu of trade words
 * alone ({@code 注册 | 登录}) or of portals' channels ({@code 新浪体育 | 腾讯娱乐}) is not stuffing. No line of the
 * corpus's labelled pages, its news prose, or its 150,000 headlines is such a list; all 9 of dev's stuffed lines are.
 *
 * <p>Text is read folded ({@link Normalizer#fold}). Lines that cannot qualify (a long item, a full stop) are
 * rejected in one pass without allocating; thread-safe.
 */
public final class Stuffed {
    private Stuffed() {}

    /** The fewest items of a stuffed line. */
    static final int MIN_ITEMS = 4;
    /** The longest item of a stuffed line, in chars. */
    static final int MAX_ITEM = 16;
    /** The shortest keyword, in Han chars. */
    static final int MIN_KEYWORD = 3;

    private static final String SEPARATORS = "|｜、，,/／;；·•";

    private static boolean isSeparator(char c) {
        return c == ' ' || SEPARATORS.indexOf(c) >= 0;
    }

    /** Trade words that end the items of a gambling keyword list (folded), longest first. */
    static final String[] TRADE_WORDS = {"首存送", "app下载", "手机版", "返水", "开户", "网址", "代理", "登录", "注册", "官网", "平台",
            "娱乐", "体育", "首存", "下载"};
    /** The trade words that only the gambling trade ends a list item with. */
    static final String[] GAMBLING_WORDS = {"首存送", "app下载", "返水", "开户", "网址", "代理", "首存"};
    /** {@link #GAMBLING_WORDS} as a line may write them before folding: simplified or traditional, app下载 by its Han part. */
    private static final String[] PLAIN_GAMBLING_WORDS = {"首存", "下载", "下載", "返水", "开户", "開戶", "网址", "網址", "代理"};

    /** True when {@code line} is keyword stuffing (see the class comment). {@code null} is not. */
    public static boolean test(CharSequence line) {
        return line != null && (keyword(line) != null || tradeItems(line) != null);
    }

    /**
     * The items of a gambling keyword list (see the class comment) as {@code start, end} pairs of offsets into
     * {@code line}, or {@code null} when the line is not one.
     */
    public static int[] tradeItems(CharSequence line) {
        // every such list has a word only the trade uses: most lines have none
        String text = line.toString();
        boolean any = false;
        for (int g = 0; g < PLAIN_GAMBLING_WORDS.length && !any; g++) any = text.contains(PLAIN_GAMBLING_WORDS[g]);
        if (!any) return null;
        int n = line.length(), items = 0, run = 0;
        for (int k = 0; k <= n; k++) {
            char c = k < n ? Normalizer.fold(line.charAt(k)) : ' ';
            if (c == '。' || c == '！' || c == '？') return null;
            if (isSeparator(c)) {
                if (run > 0) items++;
                run = 0;
            } else if (++run > MAX_ITEM) {
                return null;
            }
        }
        if (items < MIN_ITEMS) return null;
        int[] out = new int[2 * items];
        int traded = 0, gambling = 0, i = 0, start = -1;
        for (int k = 0; k <= n; k++) {
            boolean sep = k == n || isSeparator(Normalizer.fold(line.charAt(k)));
            if (!sep) {
                if (start < 0) start = k;
                continue;
            }
            if (start < 0) continue;
            out[2 * i] = start;
            out[2 * i + 1] = k;
            i++;
            String word = tradeWord(line, start, k);
            if (word != null) {
                traded++;
                for (String g : GAMBLING_WORDS) if (g.equals(word)) { gambling++; break; }
            }
            start = -1;
        }
        boolean list = traded == items ? gambling >= 1 : traded * 5 >= items * 4 && gambling >= 2;
        return list ? out : null;
    }

    /** The trade word that ends {@code line[a..b)} after a name of two or more chars, or {@code null}. */
    private static String tradeWord(CharSequence line, int a, int b) {
        for (String w : TRADE_WORDS) {
            int at = b - w.length();
            if (at - a >= 2 && TradePhrases.wordAt(line, at, w)) return w;
        }
        return null;
    }

    /** The stuffed keyword (folded), or {@code null} when the line is not stuffing. */
    public static String keyword(CharSequence line) {
        int n = line.length();
        // one pass: count the items and reject long ones and sentences
        int items = 0, run = 0, shortest = Integer.MAX_VALUE, shortestAt = -1;
        for (int k = 0; k <= n; k++) {
            char c = k < n ? Normalizer.fold(line.charAt(k)) : ' ';
            if (c == '。' || c == '！' || c == '？') return null;
            if (isSeparator(c)) {
                if (run > 0) {
                    items++;
                    if (run < shortest) { shortest = run; shortestAt = k - run; }
                }
                run = 0;
            } else if (++run > MAX_ITEM) {
                return null;
            }
        }
        if (items < MIN_ITEMS || shortest < MIN_KEYWORD) return null;
        // the keyword is a Han run of the shortest item that every item contains: try the longest first
        String folded = fold(line);
        for (int len = shortest; len >= MIN_KEYWORD; len--) {
            for (int a = shortestAt; a + len <= shortestAt + shortest; a++) {
                String w = folded.substring(a, a + len);
                if (CharClass.allHan(w, 0, len) && inEveryItem(folded, w)) return w;
            }
        }
        return null;
    }

    private static boolean inEveryItem(String s, String w) {
        int n = s.length(), start = -1;
        for (int k = 0; k <= n; k++) {
            boolean sep = k == n || isSeparator(s.charAt(k));
            if (sep) {
                if (start >= 0 && !contains(s, start, k, w)) return false;
                start = -1;
            } else if (start < 0) {
                start = k;
            }
        }
        return true;
    }

    /** Whether {@code s[from..to)} contains {@code w}. */
    private static boolean contains(String s, int from, int to, String w) {
        int at = s.indexOf(w, from);
        return at >= 0 && at + w.length() <= to;
    }

    private static String fold(CharSequence line) {
        char[] c = new char[line.length()];
        for (int k = 0; k < c.length; k++) c[k] = Normalizer.fold(line.charAt(k));
        return new String(c);
    }
}
