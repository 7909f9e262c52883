package org.linesift.train;

import com.hankcs.hanlp.HanLP;
import org.linesift.Label;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Clean web references: the official site or mailbox that a news article or a page footer names, written into clean
 * lines without changing their labels ({@code 详情可登录市住建局官网（www.qxzjj.gov.cn）查询}, {@code 网址：http://www.qingxi.edu.cn},
 * {@code 投稿邮箱：news@qingxi.com.cn}). Synth's brand operator writes spam domains into lines the same way
 * ({@code （www.8866bet.com）}); without clean ones beside them, the model learns that any domain in a sentence is an
 * injection, and calls a government notice with its site's address spun (0.96 on a hand-written page). The hosts are
 * made from the page's own words, as real ones are: the pinyin or the initials of a Han word ({@code qingxi},
 * {@code bynr}), sometimes with a department's initials before it; the suffixes are those of institutions and
 * ordinary companies ({@code gov.cn}, {@code edu.cn}, {@code org.cn}, {@code ac.cn}, {@code com.cn}, {@code cn},
 * {@code org}, {@code com}), never the number-heavy names and cheap suffixes of gambling sites.
 *
 * <p>Deterministic for a given {@link Random}; thread-confined.
 */
final class SynthReferences {
    private SynthReferences() {}

    /** Domain suffixes, drawn uniformly (so gov.cn a third of the time). */
    private static final String[] SUFFIXES = {".gov.cn", ".gov.cn", ".gov.cn", ".gov.cn", ".edu.cn", ".edu.cn",
        ".org.cn", ".ac.cn", ".com.cn", ".cn", ".org", ".com"};
    private static final String[] DEPARTMENTS = {"jyj", "zjj", "wjw", "gaj", "sthjj", "rsj", "tjj", "fgw", "swj",
        "news", "xxgk", "zwgk", "bm", "zs", "jwc", "xcb"};
    private static final String[] MAIL_USERS = {"news", "tougao", "info", "service", "xinwen", "bjb", "jubao", "zixun"};
    /** Sentences that name a site after a body paragraph ({@code %s} is the address). */
    private static final String[] SITE_SENTENCES = {"详情可登录官方网站（%s）查询。", "具体信息可访问%s了解。",
        "报名方式详见官网%s。", "市民可通过%s查询相关信息。", "更多内容请关注%s。"};
    /** Sentences that name a mailbox after a body paragraph. */
    private static final String[] MAIL_SENTENCES = {"咨询邮箱：%s。", "意见建议可发送至%s。", "来稿请寄%s。"};
    /** Footer and contact lines of the nav kind, for a site and for a mailbox. */
    private static final String[] SITE_LINES = {"网址：%s", "网站地址：%s", "官方网站：%s", "本站网址 %s"};
    private static final String[] MAIL_LINES = {"电子邮箱：%s", "投稿邮箱：%s", "联系邮箱：%s", "E-mail：%s"};
    /** Endings of the names of institutions and sites, after which an address in brackets reads naturally. */
    private static final String[] NAME_ENDS = {"网", "网站", "局", "委", "院", "校", "馆", "厅", "办", "公司", "台", "中心",
        "协会", "学会", "研究所", "平台"};

    /**
     * Writes references into {@code lines}: one to three clean body lines (not the first, the title) get an address
     * ({@link #inBody}); with probability one half, one clean nav line after the last body line becomes, or gets
     * after it, a footer line naming a site or a mailbox. Labels stay as they are; lines already
     * spun, pages without a clean body line past the title, and pages read from HTML (whose lines carry markup) are
     * left alone. Returns {@code lines} itself when nothing was written.
     */
    static List<GoldLine> write(List<GoldLine> lines, Random r) {
        List<Integer> body = new ArrayList<>();
        int firstBody = -1, lastBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            GoldLine g = lines.get(i);
            if (g.markup() != null) return lines;
            if (g.label() != Label.BODY || !g.unchanged()) continue;
            if (firstBody < 0) firstBody = i;
            else body.add(i);
            lastBody = i;
        }
        if (body.isEmpty()) return lines;
        String host = host(lines.get(firstBody).text(), r);
        if (host == null) return lines;
        List<GoldLine> out = new ArrayList<>(lines);
        int k = 1 + r.nextInt(Math.min(3, body.size()));
        Collections.shuffle(body, r);
        for (int i : body.subList(0, k)) {
            GoldLine g = out.get(i);
            out.set(i, new GoldLine(g.label(), inBody(g.text(), host, r), g.op(), g.markup()));
        }
        if (r.nextBoolean()) {
            List<Integer> nav = new ArrayList<>();
            for (int i = lastBody + 1; i < out.size(); i++) {
                GoldLine g = out.get(i);
                if (g.label() == Label.NAV && g.unchanged()) nav.add(i);
            }
            if (!nav.isEmpty()) {
                int i = nav.get(r.nextInt(nav.size()));
                GoldLine g = out.get(i);
                boolean mail = r.nextInt(3) == 0;
                String line = String.format(pick(mail ? MAIL_LINES : SITE_LINES, r), mail ? mail(host, r) : site(host, r));
                out.set(i, new GoldLine(g.label(), r.nextBoolean() ? line : g.text() + " " + line, g.op(), g.markup()));
            }
        }
        return out;
    }

    /**
     * A host made from a Han word of {@code text}: the pinyin of a two-char word ({@code qingxi}) or the initials of
     * a two- to four-char one ({@code bynr}); null when the text has no Han run of two chars with readings.
     */
    static String host(String text, Random r) {
        List<String> runs = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!isHan(text.charAt(i))) { i++; continue; }
            int j = i;
            while (j < n && isHan(text.charAt(j))) j++;
            if (j - i >= 2) runs.add(text.substring(i, j));
            i = j;
        }
        if (runs.isEmpty()) return null;
        String run = runs.get(r.nextInt(Math.min(3, runs.size())));
        int len = Math.min(run.length(), r.nextBoolean() ? 2 : 2 + r.nextInt(3));
        int from = r.nextInt(run.length() - len + 1);
        List<com.hankcs.hanlp.dictionary.py.Pinyin> py = HanLP.convertToPinyinList(run.substring(from, from + len));
        StringBuilder sb = new StringBuilder();
        boolean initials = len > 2 || r.nextInt(3) == 0;
        for (com.hankcs.hanlp.dictionary.py.Pinyin p : py) {
            if (p == null || p == com.hankcs.hanlp.dictionary.py.Pinyin.none5) return null;
            String s = p.getPinyinWithoutTone().replace("ü", "v");
            if (s.isEmpty() || !s.chars().allMatch(c -> c >= 'a' && c <= 'z')) return null;
            sb.append(initials ? s.substring(0, 1) : s);
        }
        return sb.toString();
    }

    /** A site on {@code host}: {@code www.qingxi.gov.cn}, {@code http://jyj.qingxi.gov.cn/}. */
    static String site(String host, Random r) {
        String sub = r.nextInt(4) == 0 ? pick(DEPARTMENTS, r) + "." : "www.";
        String site = sub + host + pick(SUFFIXES, r);
        if (r.nextInt(4) == 0) return "http" + (r.nextBoolean() ? "s" : "") + "://" + site + (r.nextBoolean() ? "/" : "");
        return r.nextInt(10) == 0 ? site.toUpperCase(Locale.ROOT) : site;
    }

    /** A mailbox on {@code host}: {@code news@qingxi.com.cn}. */
    static String mail(String host, Random r) {
        return pick(MAIL_USERS, r) + "@" + host + pick(SUFFIXES, r);
    }

    /**
     * {@code line} with an address on {@code host}: a site in brackets right after the name of an institution or a
     * site ({@code 住建局（www.qingxi.gov.cn）}, {@code 官网(www.qingxi.gov.cn)}), or a sentence naming a site or a
     * mailbox at its end.
     */
    static String inBody(String line, String host, Random r) {
        if (r.nextInt(3) > 0) {
            List<Integer> ends = new ArrayList<>();
            for (int i = 1; i < line.length(); i++) {
                for (String e : NAME_ENDS) {
                    int from = i + 1 - e.length();
                    if (from >= 1 && line.startsWith(e, from) && isHan(line.charAt(from - 1))
                            && (i + 1 == line.length() || line.charAt(i + 1) != '（' && line.charAt(i + 1) != '(')) {
                        ends.add(i + 1);
                        break;
                    }
                }
            }
            if (!ends.isEmpty()) {
                int at = ends.get(r.nextInt(ends.size()));
                String site = site(host, r);
                return line.substring(0, at) + (r.nextInt(4) == 0 ? "(" + site + ")" : "（" + site + "）") + line.substring(at);
            }
        }
        boolean mail = r.nextInt(4) == 0;
        return line + String.format(pick(mail ? MAIL_SENTENCES : SITE_SENTENCES, r), mail ? mail(host, r) : site(host, r));
    }

    private static String pick(String[] a, Random r) {
        return a[r.nextInt(a.length)];
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
