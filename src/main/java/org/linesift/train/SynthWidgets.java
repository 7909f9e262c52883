package org.linesift.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sidebar widgets of templated rows, all nav: a blog's archive by month ({@code 2006年12月(5)}), categories with
 * counts, a tag cloud, a ranked hot list, latest posts with dates, a forum's thread list
 * ({@code 标题【用户】08-12 11:59 338字 [164/0]}), a blogroll, a calendar and site counters. Real pages put them
 * before or after the article; synthetic pages had none, and the tables and lists of {@link SynthBlocks} (body,
 * inside the article) taught the model that a run of look-alike rows is body wherever it stands. The rows' words
 * are the page's related headlines and invented names.
 */
final class SynthWidgets {
    private SynthWidgets() {}

    private static final String[] CATEGORY = {"时政", "社会", "财经", "科技", "教育", "文化", "体育", "健康", "旅游", "随笔", "生活",
            "读书", "影评", "摄影", "职场", "互联网", "创业", "投资", "美食", "家居", "育儿", "杂谈", "原创", "转载", "未分类"};
    private static final String[] HANDLE = {"tiger", "momo", "xiaoyu", "sunny", "kk", "dragon", "blue", "river", "nono", "mars",
            "joy", "ocean", "pipi", "dudu", "zero", "apple", "wind", "stone"};
    private static final String[] NICK = {"云朵", "海风", "石头", "小鱼", "阿木", "青柠", "夜猫", "春雨", "松子", "饭团", "灯塔",
            "麦田", "北斗", "竹影", "墨香", "凉茶", "旧城", "南风", "星河", "糖豆", "铁锤", "花生"};

    /**
     * Inserts 1–3 widgets into {@code out}: before the title (index {@code titleAt}), after the article (index
     * {@code articleEnd}) or before the footer (index {@code footerAt}).
     */
    static void insert(List<GoldLine> out, int titleAt, int articleEnd, int footerAt, List<String> related, Random r) {
        int n = 1 + r.nextInt(3);
        // from the back, so that the earlier positions stay valid
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int where = r.nextInt(10);
            at.add(where < 4 ? titleAt : where < 7 ? articleEnd : footerAt);
        }
        at.sort(java.util.Collections.reverseOrder());
        for (int pos : at) out.addAll(Math.min(pos, out.size()), widget(related, r));
    }

    /** One widget: an optional heading, then its rows. */
    static List<GoldLine> widget(List<String> related, Random r) {
        List<String> rows = new ArrayList<>();
        switch (r.nextInt(9)) {
            case 0: archive(rows, r); break;
            case 1: categories(rows, r); break;
            case 2: tags(rows, r); break;
            case 3: ranked(rows, related, r); break;
            case 4: latest(rows, related, r); break;
            case 5: threads(rows, related, r); break;
            case 6: blogroll(rows, r); break;
            case 7: calendar(rows, r); break;
            default: counters(rows, r); break;
        }
        List<GoldLine> lines = new ArrayList<>(rows.size());
        for (String s : rows) lines.add(SynthPages.nav(s));
        return lines;
    }

    private static void heading(List<String> rows, String[] options, Random r) {
        if (r.nextInt(5) != 0) rows.add(SynthPages.pick(options, r));
    }

    /** A count in one of four styles; a widget keeps one style for all its rows. */
    private static String count(int v, int style) {
        switch (style) {
            case 0: return "(" + v + ")";
            case 1: return " (" + v + ")";
            case 2: return "（" + v + "）";
            default: return " [" + v + "]";
        }
    }

    private static void archive(List<String> rows, Random r) {
        heading(rows, new String[]{"存档", "文章归档", "历史归档", "日志存档", "按月归档"}, r);
        int y = 2003 + r.nextInt(20), m = 1 + r.nextInt(12), n = 4 + r.nextInt(20), style = r.nextInt(3);
        boolean counted = r.nextInt(4) != 0;
        int cs = r.nextInt(4);
        for (int k = 0; k < n; k++) {
            String d = style == 0 ? String.format("%d年%02d月", y, m) : style == 1 ? String.format("%d年%d月", y, m)
                    : String.format("%d-%02d", y, m);
            rows.add(counted ? d + count(1 + r.nextInt(30), cs) : d);
            if (--m == 0) { m = 12; y--; }
        }
    }

    /** The category words in a random order (a widget takes the first few). */
    private static List<String> shuffledCategories(Random r) {
        List<String> cats = new ArrayList<>(List.of(CATEGORY));
        java.util.Collections.shuffle(cats, r);
        return cats;
    }

    private static void categories(List<String> rows, Random r) {
        heading(rows, new String[]{"分类", "文章分类", "日志分类", "栏目", "随笔分类"}, r);
        List<String> cats = shuffledCategories(r);
        int n = 3 + r.nextInt(10);
        int cs = r.nextInt(4);
        String pre = SynthPages.pick(new String[]{"", "", "· ", "» ", "- "}, r);
        for (int k = 0; k < n && k < cats.size(); k++) rows.add(pre + cats.get(k) + count(1 + r.nextInt(200), cs));
    }

    private static void tags(List<String> rows, Random r) {
        heading(rows, new String[]{"标签", "热门标签", "标签云", "Tags"}, r);
        List<String> cats = shuffledCategories(r);
        int n = 5 + r.nextInt(12);
        List<String> t = cats.subList(0, Math.min(n, cats.size()));
        if (r.nextBoolean()) rows.add(String.join(SynthPages.pick(new String[]{" ", "  ", " | ", "、"}, r), t));
        else rows.addAll(t);
    }

    private static void ranked(List<String> rows, List<String> related, Random r) {
        if (related.isEmpty()) return;
        heading(rows, new String[]{"排行榜", "阅读排行", "热门文章", "点击排行", "本周热点", "评论排行"}, r);
        int n = 5 + r.nextInt(6), style = r.nextInt(5);
        for (int k = 1; k <= n; k++) {
            String h = SynthPages.pick(related, r);
            switch (style) {
                case 0: rows.add(k + " " + h); break;
                case 1: rows.add(String.format("%02d %s", k, h)); break;
                case 2: rows.add(k + ". " + h); break;
                case 3: rows.add(h + " 阅读(" + (100 + r.nextInt(50000)) + ")"); break;
                default: rows.add(k + "、" + h + " " + (10 + r.nextInt(9000))); break;
            }
        }
    }

    private static void latest(List<String> rows, List<String> related, Random r) {
        if (related.isEmpty()) return;
        heading(rows, new String[]{"最新文章", "最近更新", "最新日志", "最新发布", "近期文章"}, r);
        int n = 4 + r.nextInt(8), y = 2005 + r.nextInt(18), style = r.nextInt(3);
        for (int k = 0; k < n; k++) {
            String h = SynthPages.pick(related, r);
            String d = String.format("%d-%02d-%02d", y, 1 + r.nextInt(12), 1 + r.nextInt(28));
            rows.add(style == 0 ? h + " (" + d + ")" : style == 1 ? "[" + d.substring(5) + "] " + h : h + "  " + d);
        }
    }

    private static String nick(Random r) {
        switch (r.nextInt(3)) {
            case 0: return SynthPages.person(r);
            case 1: return SynthPages.pick(HANDLE, r) + (r.nextBoolean() ? String.valueOf(r.nextInt(99999)) : "");
            default: return SynthPages.pick(NICK, r) + SynthPages.pick(NICK, r);
        }
    }

    private static void threads(List<String> rows, List<String> related, Random r) {
        if (related.isEmpty()) return;
        heading(rows, new String[]{"回复线索：", "相关帖子", "最新回复", "跟帖", "主题列表"}, r);
        int n = 5 + r.nextInt(25), style = r.nextInt(3), month = 1 + r.nextInt(12), day = 1 + r.nextInt(20);
        for (int k = 0; k < n; k++) {
            String h = SynthPages.pick(related, r), who = nick(r);
            String t = String.format("%02d-%02d %02d:%02d", month, day + k / 8, r.nextInt(24), r.nextInt(60));
            switch (style) {
                case 0: rows.add(h + "【" + who + "】" + t + " " + r.nextInt(2000) + "字 [" + (100 + r.nextInt(400)) + "/" + r.nextInt(5) + "]"); break;
                case 1: rows.add(h + " - " + who + " " + t); break;
                default: rows.add(who + "：" + h + " (" + t + ")"); break;
            }
        }
    }

    private static void blogroll(List<String> rows, Random r) {
        heading(rows, new String[]{"友情链接", "链接", "博客链接", "我的好友", "常去的博客"}, r);
        int n = 3 + r.nextInt(10);
        for (int k = 0; k < n; k++) {
            switch (r.nextInt(4)) {
                case 0: rows.add(SynthPages.person(r) + "的博客"); break;
                case 1: rows.add(nick(r) + "的blog"); break;
                case 2: rows.add(SynthPages.siteName(r)); break;
                default: rows.add(SynthPages.pick(NICK, r) + SynthPages.pick(CATEGORY, r)); break;
            }
        }
    }

    private static void calendar(List<String> rows, Random r) {
        int y = 2005 + r.nextInt(18), m = 1 + r.nextInt(12);
        if (r.nextBoolean()) rows.add(String.format("%d年%d月", y, m));
        rows.add(r.nextBoolean() ? "日 一 二 三 四 五 六" : "日一二三四五六");
        int first = r.nextInt(7), days = 28 + r.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int d = 1 - first; d <= days; d++) {
            if (sb.length() > 0) sb.append(' ');
            if (d >= 1) sb.append(d);
            if ((d + first) % 7 == 0) { rows.add(sb.toString().strip()); sb.setLength(0); }
        }
        if (sb.length() > 0) rows.add(sb.toString().strip());
    }

    private static void counters(List<String> rows, Random r) {
        heading(rows, new String[]{"统计", "博客统计", "站点统计", "Blog统计"}, r);
        String[] names = {"文章", "评论", "访问", "收藏", "引用", "日志", "今日访问", "总访问量", "在线人数"};
        int n = 2 + r.nextInt(4), style = r.nextInt(3);
        for (int k = 0; k < n; k++) {
            String name = names[r.nextInt(names.length)];
            int v = r.nextInt(100000);
            rows.add(style == 0 ? name + " - " + v : style == 1 ? name + "：" + v : name + "数 " + v);
        }
    }
}
