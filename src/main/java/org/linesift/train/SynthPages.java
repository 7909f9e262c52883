package org.linesift.train;

import org.linesift.Label;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Loads clean prose and headlines, and assembles them into realistic labelled news pages:
 * menu/breadcrumb header (nav), title (body), byline (nav), paragraphs (body), editor, prev/next,
 * related headlines, share/comment prompts and a copyright/ICP footer (nav). All page furniture is
 * generated from invented templates.
 */
public final class SynthPages {
    private SynthPages() {}

    // ---------------------------------------------------------------- loading

    /**
     * Reads prose files into documents (lists of paragraphs). Accepted formats: one paragraph per line;
     * {@code category<TAB>text} (one document per line); word-segmented text with double spaces (tokens are
     * joined again); lines starting with {@code #} (e.g. {@code #DOC}) separate documents. Long lines are split
     * into paragraphs of a few sentences. Plain files without separators are cut into runs of 5–20 lines.
     */
    public static List<List<String>> loadProse(List<Path> files, long seed) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        Random r = new Random(seed ^ 0x5eed_9a9eL);
        for (Path p : files) {
            List<String> lines = BrandShapes.readUserFile(p);
            boolean hasSeparators = false;
            for (String l : lines) if (l.startsWith("#")) { hasSeparators = true; break; }
            List<String> cur = new ArrayList<>();
            int target = 5 + r.nextInt(16);
            for (String raw : lines) {
                String l = raw.strip();
                if (!l.isEmpty() && l.charAt(0) == '\uFEFF') l = l.substring(1).strip();
                if (l.startsWith("#")) { flush(docs, cur); cur = new ArrayList<>(); continue; }
                if (l.isEmpty()) continue;
                int tab = l.indexOf('\t');
                if (tab >= 0 && tab <= 20) {
                    // category<TAB>text: each line is one document
                    String text = l.substring(tab + 1).replace('\t', ' ').strip();
                    flush(docs, cur);
                    cur = new ArrayList<>();
                    addParagraphs(cur, joinSegmented(text), r);
                    flush(docs, cur);
                    cur = new ArrayList<>();
                    continue;
                }
                addParagraphs(cur, joinSegmented(l.replace('\t', ' ')), r);
                if (!hasSeparators && cur.size() >= target) {
                    flush(docs, cur);
                    cur = new ArrayList<>();
                    target = 5 + r.nextInt(16);
                }
            }
            flush(docs, cur);
        }
        return docs;
    }

    private static void flush(List<List<String>> docs, List<String> cur) {
        if (cur.size() >= 2) docs.add(List.copyOf(cur));
        else if (cur.size() == 1 && cur.get(0).length() > 80) docs.add(List.copyOf(cur));
    }

    /** Joins word-segmented text ({@code 上海  推  “  迎  奥运}) back into running text. */
    public static String joinSegmented(String l) {
        if (!l.contains("  ")) return l;
        String[] toks = l.strip().split("\\s{2,}");
        StringBuilder sb = new StringBuilder(l.length());
        for (String t : toks) {
            if (t.isEmpty()) continue;
            if (sb.length() > 0 && isAsciiWord(sb.charAt(sb.length() - 1)) && isAsciiWord(t.charAt(0))) sb.append(' ');
            sb.append(t);
        }
        return sb.toString();
    }

    private static boolean isAsciiWord(char c) { return c < 128 && Character.isLetterOrDigit(c); }

    /** Adds a line as one paragraph, or as several when it is long (2–5 sentences each). */
    static void addParagraphs(List<String> out, String text, Random r) {
        if (text.length() < 2) return;
        if (text.length() <= 260) { out.add(text); return; }
        List<String> sentences = sentences(text);
        StringBuilder p = new StringBuilder();
        int want = 2 + r.nextInt(4), have = 0;
        for (String s : sentences) {
            p.append(s);
            if (++have >= want || p.length() > 300) {
                out.add(p.toString().strip());
                p.setLength(0);
                have = 0;
                want = 2 + r.nextInt(4);
            }
        }
        if (p.toString().strip().length() >= 2) out.add(p.toString().strip());
    }

    /** The text cut after each sentence end ({@code 。！？；}) and the closing quotes and brackets right after it; what follows the last end is the last piece. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                int e = i + 1;
                while (e < text.length() && (text.charAt(e) == '”' || text.charAt(e) == '」' || text.charAt(e) == '）')) e++;
                out.add(text.substring(start, e));
                start = e;
                i = e - 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    /** Reads headline files: the first TAB column of each line, 6–60 characters. */
    public static List<String> loadHeadlines(List<Path> files) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : files) {
            for (String raw : BrandShapes.readUserFile(p)) {
                if (raw.startsWith("#")) continue;
                int tab = raw.indexOf('\t');
                String h = (tab >= 0 ? raw.substring(0, tab) : raw).strip();
                if (!h.isEmpty() && h.charAt(0) == '\uFEFF') h = h.substring(1);
                if (h.length() >= 6 && h.length() <= 60) out.add(h);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- assembly

    private static final String[] PLACES = {"城南", "江北", "海西", "东湖", "云岭", "南山", "青川", "临江", "华东", "西部", "北方", "滨海",
            "湘江", "珠江", "燕赵", "齐鲁", "荆楚", "巴蜀", "秦川", "中原", "岭南", "江淮", "天山", "长白"};
    private static final String[] SITE_SUFFIX = {"日报", "晚报", "新闻网", "在线", "资讯网", "传媒网", "时报", "商报", "热线", "观察", "网", "新闻中心"};
    private static final String[] MENU = {"首页", "新闻", "国内", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产", "教育", "健康",
            "旅游", "文化", "时尚", "游戏", "视频", "图片", "评论", "专题", "地方", "社会", "法治", "民生", "数码", "读书", "历史", "公益",
            "招聘", "家居", "美食", "论坛", "博客", "直播", "原创", "热点", "滚动", "要闻", "本地", "股票", "基金", "理财"};
    private static final String[] SURNAME = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力宇晨浩凯婷雪琳鹏飞斌波宁欣晓峰俊亮帆海燕春梅云华志国庆东".split("");
    private static final String[] ICP = "京沪粤浙苏鲁川鄂湘闽豫冀皖赣陕辽吉黑渝津桂琼云贵晋蒙甘青宁新".split("");

    static <T> T pick(T[] a, Random r) { return a[r.nextInt(a.length)]; }
    static <T> T pick(List<T> a, Random r) { return a.get(r.nextInt(a.size())); }

    static String person(Random r) {
        return pick(SURNAME, r) + pick(GIVEN, r) + (r.nextInt(3) > 0 ? pick(GIVEN, r) : "");
    }

    static String siteName(Random r) { return pick(PLACES, r) + pick(SITE_SUFFIX, r); }

    static String date(Random r) {
        int y = 2004 + r.nextInt(21), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28), h = r.nextInt(24), mi = r.nextInt(60), s = r.nextInt(60);
        switch (r.nextInt(5)) {
            case 0: return String.format("%d-%02d-%02d %02d:%02d", y, m, d, h, mi);
            case 1: return String.format("%d年%02d月%02d日 %02d:%02d", y, m, d, h, mi);
            case 2: return String.format("%d/%d/%d", y, m, d);
            case 3: return String.format("%d-%02d-%02d %02d:%02d:%02d", y, m, d, h, mi, s);
            default: return String.format("%d年%d月%d日", y, m, d);
        }
    }

    static String byline(Random r, String site) {
        String src = r.nextInt(3) == 0 ? siteName(r) : site;
        switch (r.nextInt(6)) {
            case 0: return "来源：" + src + "  作者：" + person(r) + "  " + date(r);
            case 1: return date(r) + "  来源：" + src;
            case 2: return "发布时间：" + date(r) + " 浏览次数：" + (10 + r.nextInt(20000));
            case 3: return date(r) + " " + src + " 记者 " + person(r);
            case 4: return "【字号 大 中 小】 " + date(r) + " 来源：" + src + " 编辑：" + person(r);
            default: return src + " " + date(r) + " 阅读(" + r.nextInt(9999) + ") 评论(" + r.nextInt(99) + ")";
        }
    }

    static String icp(Random r) {
        StringBuilder n = new StringBuilder();
        int len = 8;
        n.append(1 + r.nextInt(9));
        for (int i = 1; i < len; i++) n.append(r.nextInt(10));
        return pick(ICP, r) + "ICP备" + n + "号" + (r.nextBoolean() ? "-" + (1 + r.nextInt(5)) : "");
    }

    static String beian(Random r) {
        StringBuilder n = new StringBuilder();
        for (int i = 0; i < 14; i++) n.append(i == 0 ? 1 + r.nextInt(6) : r.nextInt(10));
        return pick(ICP, r) + "公网安备 " + n + "号";
    }

    // ---------------------------------------------------------------- article structure

    private static final String[][] HEAD_NUMBERS = {
            {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"},
            {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）"},
            {"1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."},
            {"第一，", "第二，", "第三，", "第四，", "第五，", "第六，", "第七，", "第八，"},
            {"", "", "", "", "", "", "", ""}};
    private static final String[] ITEM_MARKS = {"", "·", "●", "■", "—", "- ", "★", "◆"};
    private static final String[] CAPTION_MARKS = {"图为", "▲", "△", "（图）", "图：", ""};

    /**
     * Gives an article the short body lines that real ones have and prose files lack, with probability
     * {@code share}: sub-headings (the opening words of the next paragraph, numbered or not), paragraphs cut into
     * list items or into one sentence a line, picture captions and a Q&amp;A layout. With the rest, and always when
     * {@code share} is 0 (no random draw then), the paragraphs are returned as they are. Everything stays body.
     */
    static List<String> structure(List<String> paras, List<String> headlines, double share, Random r) {
        if (share <= 0 || paras.size() < 2 || r.nextDouble() >= share) return paras;
        boolean heads = r.nextInt(2) == 0, lists = r.nextInt(3) == 0, sentences = r.nextInt(3) == 0,
                captions = r.nextInt(4) == 0, qa = r.nextInt(10) == 0;
        if (!(heads || lists || sentences || captions || qa)) heads = true;
        String[] numbers = pick(HEAD_NUMBERS, r);
        String item = pick(ITEM_MARKS, r);
        String caption = pick(CAPTION_MARKS, r);
        boolean numbered = r.nextBoolean();
        List<String> out = new ArrayList<>();
        int h = 0;
        for (int i = 0; i < paras.size(); i++) {
            String p = paras.get(i);
            if (heads && i > 0 && h < numbers.length && r.nextInt(2) == 0) {
                String c = headlines.isEmpty() || r.nextBoolean() ? opening(p, 6, 16) : pick(headlines, r);
                if (c != null) out.add(numbers[h++] + c);
            }
            if (captions && r.nextInt(5) == 0) {
                String c = opening(p, 8, 30);
                if (c != null) out.add(caption + c);
            }
            List<String> parts = (lists && r.nextInt(3) == 0) || (sentences && r.nextInt(2) == 0) ? pieces(p) : null;
            if (parts != null && parts.size() >= 2 && parts.size() <= 8) {
                boolean asList = lists && numbered;
                for (int k = 0; k < parts.size(); k++) out.add((asList ? (k + 1) + "、" : item) + parts.get(k));
                continue;
            }
            if (qa) p = (i % 2 == 1 ? "问：" : "答：") + p;
            out.add(p);
        }
        return out;
    }

    /** Punctuation that ends a clause. */
    static final String CLAUSE_END = "，。；：！？,;:!?";

    /** The paragraph's first clause when it is {@code min}–{@code max} chars long (end punctuation dropped), else null. */
    private static String opening(String p, int min, int max) {
        int end = 0;
        while (end < p.length() && CLAUSE_END.indexOf(p.charAt(end)) < 0) end++;
        String c = p.substring(0, end).strip();
        int n = c.codePointCount(0, c.length());
        return n >= min && n <= max ? c : null;
    }

    /** The paragraph's {@link #sentences}, each under 8 chars joined to the next (the last to the one before). */
    static List<String> pieces(String p) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String s : sentences(p)) {
            cur.append(s);
            boolean ended = "。！？；”」）".indexOf(s.charAt(s.length() - 1)) >= 0;
            if (ended && cur.length() >= 8) { out.add(cur.toString().strip()); cur.setLength(0); }
        }
        String rest = cur.toString().strip();
        if (!rest.isEmpty()) {
            if (rest.length() < 8 && !out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + rest);
            else out.add(rest);
        }
        return out;
    }

    /**
     * Assembles one labelled page from a document's paragraphs.
     *
     * @param title     the page title (body)
     * @param paras     the paragraphs (body), 5–20 are used when available
     * @param related   pool of headlines for related-headline lists (nav)
     * @param structured share of pages given short body lines by {@link #structure}
     */
    public static List<GoldLine> assemble(String title, List<String> paras, List<String> related, double structured, Random r) {
        return assemble(title, paras, related, structured, null, 0, 0, r);
    }

    /**
     * As {@link #assemble(String, List, List, double, Random)}, and with probability {@code blockShare} the article
     * also gets a table, list, reference list or code listing from {@code blocks} ({@link SynthBlocks#insert});
     * with {@code blockShare} 0 nothing is drawn for it. With probability {@code widgetShare} the page also gets
     * sidebar widgets ({@link SynthWidgets}), drawn from their own random stream (seeded by the title), so that the
     * rest of the page is the same with and without them.
     */
    static List<GoldLine> assemble(String title, List<String> paras, List<String> related, double structured,
                                   SynthBlocks blocks, double blockShare, double widgetShare, Random r) {
        List<GoldLine> out = new ArrayList<>();
        String site = siteName(r);
        // header: menus (one item a line, or one line), login, breadcrumb
        int style = r.nextInt(3);
        if (r.nextInt(3) == 0) out.add(nav(pick(new String[]{"设为首页 | 加入收藏", "登录 | 注册", "手机版", "客户端下载", "无障碍浏览 | 长者模式", "English | 繁體"}, r)));
        List<String> menu = new ArrayList<>(List.of(MENU));
        java.util.Collections.shuffle(menu, r);
        int nMenu = 5 + r.nextInt(style == 0 ? 40 : 14);
        if (style == 0) {
            for (int i = 0; i < nMenu && i < menu.size(); i++) out.add(nav(menu.get(i)));
        } else {
            String sep = pick(new String[]{" | ", "  ", " ", " · ", "｜"}, r);
            out.add(nav(String.join(sep, menu.subList(0, Math.min(nMenu, menu.size())))));
        }
        String chan = pick(MENU, r);
        switch (r.nextInt(4)) {
            case 0: out.add(nav("首页 > " + chan + " > 正文")); break;
            case 1: out.add(nav("当前位置：首页 > " + chan + "中心 > " + chan)); break;
            case 2: out.add(nav("您的位置：" + site + " > " + chan)); break;
            default: break;
        }
        int titleAt = out.size();
        out.add(new GoldLine(Label.BODY, title, "-"));
        if (r.nextInt(8) != 0) out.add(nav(byline(r, site)));
        int nPara = Math.min(paras.size(), 5 + r.nextInt(16));
        List<String> article = structure(paras.subList(0, nPara), related, structured, r);
        if (blocks != null && blockShare > 0 && r.nextDouble() < blockShare) out.addAll(blocks.insert(article, related, r));
        else for (String p : article) out.add(new GoldLine(Label.BODY, p, "-"));
        int articleEnd = out.size();
        if (r.nextBoolean()) out.add(nav(pick(new String[]{"责任编辑：", "编辑：", "（责任编辑：", "审核："}, r) + person(r) + (r.nextBoolean() ? "）" : "")));
        if (r.nextInt(3) == 0) out.add(nav("分享到：" + pick(new String[]{"微信 微博 QQ空间", "微信 朋友圈 新浪微博", "QQ 微博 豆瓣"}, r)));
        if (!related.isEmpty() && r.nextBoolean()) {
            out.add(nav("上一篇：" + pick(related, r)));
            out.add(nav("下一篇：" + pick(related, r)));
        }
        if (!related.isEmpty()) {
            out.add(nav(pick(new String[]{"相关新闻", "相关阅读", "推荐阅读", "热点推荐", "延伸阅读", "猜你喜欢", "24小时热门"}, r)));
            int nRel = 3 + r.nextInt(10);
            String pre = pick(new String[]{"", "·", "- ", "• ", "▪ ", ""}, r);
            boolean withDate = r.nextInt(3) == 0;
            for (int i = 0; i < nRel; i++) {
                String h = pre + pick(related, r);
                if (withDate) h += " " + String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
                out.add(nav(h));
            }
        }
        if (r.nextBoolean()) out.add(nav(pick(new String[]{"网友评论", "我要评论", "发表评论", "已有" + r.nextInt(500) + "条评论", "扫一扫在手机打开当前页", "打印本页 | 关闭窗口"}, r)));
        int footerAt = out.size();
        if (r.nextBoolean()) out.add(nav("关于我们 | 联系我们 | 广告服务 | 网站地图 | 法律声明"));
        int y1 = 1998 + r.nextInt(12), y2 = 2012 + r.nextInt(13);
        out.add(nav(pick(new String[]{"Copyright © ", "版权所有 © ", "Copyright (C) ", "© "}, r) + y1 + "-" + y2 + " " + site + " 版权所有"));
        out.add(nav(icp(r) + (r.nextBoolean() ? "  " + beian(r) : "")));
        if (r.nextBoolean()) out.add(nav("违法和不良信息举报电话：0" + (10 + r.nextInt(890)) + "-" + (60000000 + r.nextInt(30000000))));
        // a third of the pages get a page-tool bar below the title or the article, from a stream of its own (seeded
        // by the title, like the widgets below), so that the rest of the page is the same with and without it
        Random t = new Random(title.hashCode() * 0x9E3779B97F4A7C15L ^ 0x7001BA5L);
        if (t.nextInt(3) == 0) {
            int at = t.nextBoolean() ? titleAt + 1 : articleEnd;
            out.add(at, nav(toolBar(t)));
            if (at <= articleEnd) articleEnd++;
            footerAt++;
        }
        if (widgetShare > 0) {
            Random w = new Random(title.hashCode() * 0x9E3779B97F4A7C15L ^ 0x51DEBA5L);
            if (w.nextDouble() < widgetShare) SynthWidgets.insert(out, titleAt, articleEnd, footerAt, related, w);
        }
        return out;
    }

    private static final String[] FONT_SIZE = {"【字号：大 中 小】", "字号：大 中 小", "【字体：大 中 小】", "字号：T | T", "字号：A- A A+",
            "[字体:大 中 小]", "【大 中 小】", "字体：大 中 小", "【字号 大 中 小】", "字号：小 中 大"};
    private static final String[] TOOLS = {"打印本页", "【打印】", "关闭窗口", "【关闭】", "收藏本页", "【收藏】", "【纠错】", "打印",
            "关闭", "返回顶部", "【返回顶部】", "【打印本页】", "【关闭窗口】", "【我要纠错】", "分享", "【推荐】", "[打印]", "[关闭]"};

    /**
     * A page-tool bar: the font size switch and/or a few of print, close, bookmark and report links
     * ({@code 【字号：大 中 小】　打印本页　关闭窗口}). Its one-char words set apart by spaces read as odd text to the
     * language model, so the model needs to see it as the nav it is.
     */
    static String toolBar(Random r) {
        List<String> parts = new ArrayList<>();
        if (r.nextInt(5) < 3) parts.add(pick(FONT_SIZE, r));
        int n = (parts.isEmpty() ? 1 : 0) + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String t = pick(TOOLS, r);
            if (!parts.contains(t)) parts.add(t);
        }
        return String.join(pick(new String[]{"　", " ", "  ", " | ", "", "　　"}, r), parts);
    }

    /** A nav line with no operator. */
    static GoldLine nav(String s) { return new GoldLine(Label.NAV, s, "-"); }
}
