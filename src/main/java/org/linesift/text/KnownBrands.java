package org.linesift.text;

import java.util.Arrays;

/**
 * Finds well-known gambling brands in a line: 九游会, 亚博体育, 尊龙凯时, {@code yabo}, {@code j9}. Spam kits
 * inject the names of real gambling sites, and a brand that a reader knows is spam even where the language model
 * finds nothing odd about it. The names are LineSift's own list, written by hand from general knowledge of the
 * trade (none is taken from the corpus), in three groups:
 *
 * <ul>
 *   <li><b>distinct</b> names, which ordinary prose never writes ({@code 九游会}, {@code 华体会}, {@code 雷竞技},
 *   {@code 时时彩}), count wherever they stand;</li>
 *   <li><b>short</b> names that are also plain words or parts of words ({@code 利来} in 盈利来看, {@code 新利} in
 *   创新利器, {@code 永利}, {@code 百老汇}) count only when they stand apart: a clause starts right before them
 *   (the line start, a mark, a space, a bracket, a Latin or digit run) and they end the clause, are followed by
 *   a trade word ({@code 官网}, {@code 体育}, {@code 娱乐}, {@code 登录} ...) or open another clause of the line
 *   too ({@code 万博可以…，万博可以…});</li>
 *   <li><b>Latin</b> codes ({@code yabo}, {@code leyu}, {@code bet365}) count as a whole Latin/digit run.</li>
 * </ul>
 *
 * It also knows the kits' title template {@code 名字(中国)官方网站} glued to any name ({@link #TEMPLATE}).
 *
 * Names that are mostly something else in the news are left out: 银河 (a supercomputer, a fund family), 星空,
 * 半岛 (Al Jazeera), 大发 (Daihatsu), 皇冠 (a crown), and game words such as 百家乐, 六合彩, 棋牌 or 博彩, which
 * reports on gambling use, and the resorts 澳门银河 and 新濠天地. Listed casino groups that spam kits also use
 * (银河娱乐, 美高梅, 永利) are short names, so a market report that writes them inside a sentence is left alone;
 * one that opens a headline with such a name and a colon or a stock code (银河娱乐(00027)：…) is not, a risk
 * taken for the many spam lines that write them so. 米兰体育报 (a sports paper) is left alone. In the corpus's news
 * prose and headlines (191,932 lines) the list finds 4 lines, all of them gambling ads or sponsor tags; in its
 * labelled pages (29,814 lines), none (models/README.md, sessions 20 and 21).
 *
 * <p>Text is read folded ({@link Normalizer#fold}): full-width and traditional forms match too. Allocation-free,
 * linear in the line length, thread-safe.
 */
public final class KnownBrands {
    private KnownBrands() {}

    /** Names that count wherever they stand. */
    static final String[] DISTINCT = {
            "九游会", "华体会", "金宝博", "雷竞技", "威廉希尔", "易胜博", "尊龙凯时", "时时彩", "幸运飞艇", "大发快三",
            "大发彩票", "永盈会", "利来国际", "必赢亚洲", "博天堂", "星空体育", "半岛体育",
            "皇冠体育", "开云体育", "乐鱼体育", "米乐体育", "亚博体育", "万博体育", "必威体育", "新利体育", "天博体育",
            "欧宝体育", "贝博体育", "伟德体育", "凯发娱乐", "环亚娱乐", "金沙娱乐", "永利娱乐", "澳门永利",
            "澳门新葡京", "澳门威尼斯人", "澳门巴黎人", "太阳娱乐", "开元棋牌", "千亿体育", "千亿国际", "星际娱乐",
            "大众娱乐", "真人视讯", "足球外围", "外围买球", "乐动体育", "博鱼体育", "九州体育", "金年会",
            "鸿运国际", "极速赛车", "凤凰彩票", "彩神争霸",
            // session 21: more of the trade's names, and the misspellings kits use to get past filters
            "威斯尼斯人", "新莆京", "葡萄京", "金博宝", "乐虎国际", "沙巴体育", "雷火电竞", "泛亚电竞", "小金体育",
            "三升体育", "九州酷游", "太阳城集团", "申博太阳城", "皇冠足球", "分分彩",
    };

    /** Names that count only where they stand apart (see the class comment). */
    static final String[] SHORT = {
            "亚博", "九游", "万博", "利来", "美高梅", "威尼斯人", "太阳城", "尊龙", "凯时", "立博", "天博", "新葡京",
            "葡京", "必威", "新利", "必赢", "爱游戏", "凯发", "伟德", "亿博", "宝博", "欧宝", "贝博", "明升", "优德",
            "博狗", "申博", "亚洲城", "豪利", "宝马会", "开云", "乐鱼", "米乐", "百老汇", "永利", "沙巴", "金沙", "澳门金沙",
            "银河娱乐", "环亚", "博亚", "乐天堂", "必发", "爱博", "利记", "博九", "米兰体育", "乐虎", "酷游",
    };

    /** Latin codes, matched as a whole Latin/digit run (lower case). */
    static final String[] LATIN = {
            "yabo", "leyu", "kaiyun", "hth", "ayx", "j9", "bet365", "188bet", "12bet", "bbin", "sbobet", "m88", "w88",
            "dafa", "kok", "dafabet", "fun88", "18luck", "365bet", "betway", "1xbet", "vwin",
            "manbetx", "raybet", "pk10", "bwin", "hg0088", "xpj",
    };

    /** Trade words that may follow a short name: the name then stands apart on that side. */
    static final String[] TRADE_WORDS = {
            "官网", "体育", "娱乐", "国际", "平台", "登录", "下载", "注册", "网址", "开户", "手机", "官方", "彩票", "真人",
            "电子", "棋牌", "游戏",
    };

    private static final long[] DISTINCT_H = hashes(DISTINCT), SHORT_H = hashes(SHORT), LATIN_H = hashes(LATIN);
    /** Which chars start a Han name, so most positions cost one bit test. */
    private static final long[] FIRST = new long[1024];
    /** The longest Han name. */
    private static final int MAX_LEN;

    static {
        int max = 0;
        for (String[] names : new String[][] {DISTINCT, SHORT}) {
            for (String s : names) {
                FIRST[s.charAt(0) >>> 6] |= 1L << s.charAt(0);
                max = Math.max(max, s.length());
            }
        }
        MAX_LEN = max;
    }

    private static long[] hashes(String[] names) {
        long[] h = new long[names.length];
        for (int i = 0; i < names.length; i++) h[i] = hash(names[i], 0, names[i].length());
        Arrays.sort(h);
        return h;
    }

    private static long hash(CharSequence s, int from, int to) {
        return Normalizer.foldedHash(s, from, to);
    }

    /** True when {@code line} names a known gambling brand (see the class comment). {@code null} names none. */
    public static boolean test(CharSequence line) {
        return line != null && nextHit(line, 0) >= 0;
    }

    /**
     * The next known brand at or after {@code from}, as {@code start << 32 | end} (offsets into {@code line}); -1 if
     * there is none.
     */
    public static long nextHit(CharSequence line, int from) {
        int n = line.length();
        for (int k = Math.max(0, from); k < n; k++) {
            char c = Normalizer.fold(line.charAt(k));
            int cls = CharClass.of(c);
            if (cls == CharClass.LATIN || cls == CharClass.DIGIT) {
                if (k > 0 && CharClass.isAlnum(Normalizer.fold(line.charAt(k - 1)))) continue;
                int j = k + 1;
                while (j < n && CharClass.isAlnum(Normalizer.fold(line.charAt(j)))) j++;
                if (j - k >= 2 && j - k <= 8 && Arrays.binarySearch(LATIN_H, hash(line, k, j)) >= 0) return (long) k << 32 | j;
                k = j - 1;
                continue;
            }
            if (c == '(' && startsWith(line, k, TEMPLATE)) return (long) templateStart(line, k, from) << 32 | (k + TEMPLATE.length());
            if (cls != CharClass.HAN || (FIRST[c >>> 6] & 1L << c) == 0) continue;
            for (int len = Math.min(MAX_LEN, n - k); len >= 2; len--) {
                if (!allHan(line, k, k + len)) continue;
                long h = hash(line, k, k + len);
                if (Arrays.binarySearch(DISTINCT_H, h) >= 0) return (long) k << 32 | (k + len);
                if (Arrays.binarySearch(SHORT_H, h) >= 0 && standsApart(line, k, k + len)) return (long) k << 32 | (k + len);
            }
        }
        return -1;
    }

    /**
     * The kits' page-title template {@code 名字(中国)官方网站} (folded: full-width brackets read as ASCII), which a
     * company's own site never glues to its name; the hit takes the name in front of it too.
     */
    static final String TEMPLATE = "(中国)官方网站";

    /**
     * Where the name in front of the template at {@code at} starts: the Latin/digit run glued to it, or else the Han
     * chars back to the clause start (at most 8), never before {@code from}.
     */
    private static int templateStart(CharSequence line, int at, int from) {
        int k = at;
        while (k > from && CharClass.isAlnum(Normalizer.fold(line.charAt(k - 1)))) k--;
        if (k < at) return k;
        while (k > from && at - k < 8 && isHan(line, k - 1)) k--;
        return k;
    }

    /** Whether the short name at {@code [a, b)} stands apart (see the class comment). */
    private static boolean standsApart(CharSequence line, int a, int b) {
        if (!opensClause(line, a)) return false;
        int n = line.length();
        if (b >= n || !isHan(line, b)) return true;
        for (String w : TRADE_WORDS) if (startsWith(line, b, w)) return true;
        // the same name opening another clause of the line
        for (int k = 0; k + (b - a) <= n; k++) {
            if (k != a && opensClause(line, k) && sameText(line, k, a, b - a)) return true;
        }
        return false;
    }

    /** A clause opens at {@code a}: the line start, or anything but a Han char before it. */
    private static boolean opensClause(CharSequence line, int a) {
        return a == 0 || !isHan(line, a - 1);
    }

    private static boolean isHan(CharSequence line, int k) {
        return CharClass.of(Normalizer.fold(line.charAt(k))) == CharClass.HAN;
    }

    private static boolean allHan(CharSequence line, int a, int b) {
        for (int k = a; k < b; k++) if (!isHan(line, k)) return false;
        return true;
    }

    private static boolean startsWith(CharSequence line, int at, String w) {
        if (at + w.length() > line.length()) return false;
        for (int t = 0; t < w.length(); t++) if (Normalizer.fold(line.charAt(at + t)) != w.charAt(t)) return false;
        return true;
    }

    private static boolean sameText(CharSequence line, int k, int a, int len) {
        for (int t = 0; t < len; t++) if (Normalizer.fold(line.charAt(k + t)) != Normalizer.fold(line.charAt(a + t))) return false;
        return true;
    }
}
