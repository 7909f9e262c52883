package org.linesift;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linesift.html.HtmlLine;
import org.linesift.html.HtmlLines;

import java.nio.charset.Charset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled HTML model on pages written by hand for this test (invented news, no corpus text). */
class BundledHtmlModelTest {
    static LineSift sift;

    static final String PARA1 = "记者从青溪市住房和城乡建设局获悉，今年全市将对一百二十个老旧小区实施改造，涉及居民三万余户，改造内容包括管网更新、外墙保温、加装电梯和停车设施建设。";
    static final String PARA2 = "市住建局有关负责人介绍，改造工作坚持“先民生后提升”的原则，优先解决漏水、停电、排水不畅等群众反映强烈的问题。各街道已完成入户调查，收集居民意见四千余条。";
    static final String PARA3 = "在已经开工的南门街道试点小区，施工队正在更换老化的供水管道。居民王阿姨告诉记者，过去一到夏天水压就不够，住在六楼经常没水用，这次改造完成后问题有望彻底解决。";

    /** A portal page: menus, breadcrumb, article, related list, share prompt, footer. */
    static final String PORTAL = "<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>青溪市老旧小区改造全面启动_青溪新闻网</title>"
            + "<script>var ad = '广告代码';</script></head><body>"
            + "<div class=\"top-nav\"><ul class=\"menu\"><li><a href=\"/\">首页</a></li><li><a href=\"/gn\">国内</a></li>"
            + "<li><a href=\"/gj\">国际</a></li><li><a href=\"/cj\">财经</a></li><li><a href=\"/ty\">体育</a></li></ul></div>"
            + "<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/sh\">社会民生</a></div>"
            + "<div class=\"main\"><div class=\"article\"><h1>青溪市老旧小区改造全面启动 今年惠及三万余户居民</h1>"
            + "<div class=\"info\">2031-03-18 09:42 来源：青溪日报 责任编辑：陈默</div>"
            + "<div class=\"article-content\"><p>" + PARA1 + "</p><p>" + PARA2 + "</p><p>" + PARA3 + "</p></div>"
            + "<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div></div>"
            + "<div class=\"related\"><h3>相关新闻</h3><ul>"
            + "<li><a href=\"/a1\">青溪市新增三处城市口袋公园</a></li><li><a href=\"/a2\">南门街道开展夏季用电安全检查</a></li>"
            + "<li><a href=\"/a3\">全市公交线路优化调整方案公布</a></li><li><a href=\"/a4\">青溪二中新校区九月投入使用</a></li></ul></div></div>"
            + "<div class=\"footer\"><p><a href=\"/about\">关于我们</a> | <a href=\"/contact\">联系我们</a> | <a href=\"/map\">网站地图</a></p>"
            + "<p>Copyright © 2031 青溪日报社 版权所有 青ICP备20310318号-1</p></div></body></html>";

    @BeforeAll
    static void load() {
        assumeTrue(LineSift.class.getResource("/org/linesift/models/html.lsm") != null,
                "bundled HTML model not on the classpath (run models/build-default.sh --html, then mvn package)");
        sift = LineSift.load();
    }

    static Label labelOf(PageResult r, String text) {
        for (LineResult l : r) if (l.text().equals(text)) return l.label();
        throw new AssertionError("no line " + text + " in " + r);
    }

    @Test
    void labelsAPortalPageGivenAsGb18030Bytes() {
        PageResult r = sift.classifyHtml(PORTAL.getBytes(Charset.forName("GB18030")), null);
        for (String p : List.of(PARA1, PARA2, PARA3)) assertEquals(Label.BODY, labelOf(r, p), p);
        assertEquals(Label.BODY, labelOf(r, "青溪市老旧小区改造全面启动 今年惠及三万余户居民"));
        for (String nav : List.of("首页", "国内", "财经", "当前位置：首页 > 社会民生", "青溪市新增三处城市口袋公园",
                "全市公交线路优化调整方案公布", "关于我们 | 联系我们 | 网站地图", "Copyright © 2031 青溪日报社 版权所有 青ICP备20310318号-1")) {
            assertEquals(Label.NAV, labelOf(r, nav), nav);
        }
        assertTrue(!r.hasSpam(), r.toString());
        HtmlLine src = r.get(0).source().orElseThrow();
        assertEquals("li", src.tag());
        assertEquals("body > div.top-nav > ul.menu > li", src.path());
        assertEquals(1f, src.linkShare());
    }

    @Test
    void bodyInTableCells() {
        String page = "<html><body><table width=\"100%\"><tr><td class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/x\">通知公告</a></td></tr>"
                + "<tr><td class=\"title\">青溪市关于做好春季防火工作的通知</td></tr>"
                + "<tr><td class=\"content\">" + PARA1 + "<br>" + PARA2 + "<br>" + PARA3 + "</td></tr>"
                + "<tr><td class=\"bottom\">版权所有：青溪市人民政府办公室 地址：青溪市人民路1号</td></tr></table></body></html>";
        PageResult r = sift.classifyHtml(page);
        for (String p : List.of(PARA1, PARA2, PARA3)) assertEquals(Label.BODY, labelOf(r, p), p);
        assertEquals(Label.NAV, labelOf(r, "首页 | 通知公告"));
        assertEquals(Label.NAV, labelOf(r, "版权所有：青溪市人民政府办公室 地址：青溪市人民路1号"));
        assertEquals("td", r.get(2).source().orElseThrow().tag());
    }

    /** A tech post whose command lines sit in the same {@code <p>} markup as its prose. */
    static final String POST = "<html><head><meta charset=\"utf-8\"><title>docker与podman的使用经验</title></head><body>"
            + "<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/a\">博客</a></li><li><a href=\"/b\">问答</a></li></ul></div>"
            + "<div class=\"post-body\"><h1>docker与podman的一点使用经验</h1>"
            + "<p>本文以几个线上的例子，分享自己对于docker和podman的使用经验以及踩过的坑，希望对读者有所帮助。</p>"
            + "<p>启动zookeeper容器时，需要把端口映射出来，命令如下：</p>"
            + "<p>docker run -d \\</p><p>-p 2181:2181 \\</p><p>-e TZ=CST-8 \\</p><p>zookeeper:3.8</p><p>sleep 5s</p>"
            + "<p>容器启动以后，可以用下面的命令查看它的日志，确认服务已经正常运行，再去启动后面的应用。</p>"
            + "<p>podman的容器之间只能通过ip地址来访问，可以用参数显式指定ip，网段和宿主机的网段不同。</p></div>"
            + "<div class=\"footer\"><p><a href=\"/about\">关于我们</a> | <a href=\"/help\">帮助中心</a></p><p>© 2031 某某博客 版权所有</p></div>"
            + "</body></html>";

    @Test
    void linesWithTheArticlesMarkupAreBodyAndSayWhy() {
        HtmlLines lines = HtmlLines.of(POST);
        PageResult r = sift.explainHtml(lines);
        // the models find these more likely nav; the other eight lines of the post's <p> markup are body
        for (String cmd : List.of("-p 2181:2181 \\", "sleep 5s")) {
            LineResult l = r.get(lines.texts().indexOf(cmd));
            assertEquals(Label.BODY, l.label(), cmd);
            assertTrue(l.probability(Label.NAV) > l.probability(Label.BODY), cmd + ": " + l);
            assertEquals("same markup as 8 other lines, most of them body", l.reasons().get(0), cmd);
        }
        // the menu and the footer stay nav; the same labels without explanations
        for (String nav : List.of("首页", "博客", "问答", "关于我们 | 帮助中心", "© 2031 某某博客 版权所有")) assertEquals(Label.NAV, labelOf(r, nav), nav);
        PageResult plain = sift.classifyHtml(POST);
        for (int i = 0; i < r.size(); i++) assertEquals(r.get(i).label(), plain.get(i).label(), r.get(i).text());
    }

    @Test
    void brokenMarkupStillGivesTheArticle() {
        String page = "<html><body><div id=nav><a href=/>首页</a><a href=/n>新闻<div class=content><p>" + PARA1 + "<p>" + PARA2
                + "</span></div></div></td><p>" + PARA3 + "<div class=footer>Copyright © 2031 青溪新闻网";
        PageResult r = sift.classifyHtml(page);
        for (String p : List.of(PARA1, PARA2, PARA3)) assertEquals(Label.BODY, labelOf(r, p), p);
        assertEquals(Label.NAV, labelOf(r, "Copyright © 2031 青溪新闻网"));
    }

    @Test
    void spamInHtmlIsDecidedByTheTextModel() {
        String spun = "据悉，今年的改造资金由市、区两级财政共同承担，点招j9九游会官网同时引入社会资本参与停车场和充电桩的建设运营，预计总投资超过十五亿元。";
        String page = PORTAL.replace("<p>" + PARA2 + "</p>", "<p>" + PARA2 + "</p><p>" + spun + "</p><p>锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷</p>");
        PageResult r = sift.classifyHtml(page);
        assertEquals(Label.SPUN, labelOf(r, "锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷"));
        assertEquals(Label.BODY, labelOf(r, PARA1));
        // exactly the lines the text model calls spun on the same lines, with its spun probability
        PageResult asText = sift.classify(HtmlLines.of(page).texts());
        for (int i = 0; i < r.size(); i++) {
            assertEquals(asText.get(i).label() == Label.SPUN, r.get(i).label() == Label.SPUN, r.get(i).text());
            assertEquals(asText.get(i).probability(Label.SPUN), r.get(i).probability(Label.SPUN), 1e-6);
            double sum = r.get(i).probability(Label.BODY) + r.get(i).probability(Label.NAV) + r.get(i).probability(Label.SPUN);
            assertEquals(1.0, sum, 1e-5);
        }
    }

    @Test
    void textInputStillGoesToTheTextModel() {
        // the same lines as text: labelled from their text alone, no sources
        PageResult r = sift.classify(List.of("青溪市老旧小区改造全面启动 今年惠及三万余户居民", PARA1, PARA2, "Copyright © 2031 青溪日报社 版权所有"));
        assertEquals(Label.BODY, r.get(1).label());
        assertTrue(r.get(1).source().isEmpty());
    }
}
