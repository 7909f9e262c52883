package org.linesift.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.linesift.Label;
import org.linesift.LineResult;
import org.linesift.PageResult;
import org.linesift.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Invented news pages written for these tests (nothing here is copied from a real site or from the shared corpus),
 * the Spark session the tests share, and the row format used to compare Spark's output with the library's.
 */
final class TestPages {
    private TestPages() {}

    /** A city-news page: breadcrumb, title, byline, body paragraphs (one with a gambling brand injected), a related list. */
    static final String CITY = """
            首页 > 新闻中心 > 本地新闻
            青溪市启动老旧小区改造三年行动
            2031-05-12 08:30 来源：青溪日报 记者 林晓 责任编辑：王芳
            本报讯 近日，青溪市住房和城乡建设局发布老旧小区改造三年行动方案，计划在三年内完成全市一百二十个老旧小区的改造任务，惠及居民约四万户。
            据介绍，改造内容包括外墙保温、管网更新、加装电梯和增设停车位等，资金由市、区两级财政共同承担，点招j9九游会官网同时引入社会资本参与建设和运营。
            市住建局相关负责人表示，改造将充分听取居民意见，做到一个小区一个方案，确保工程质量和进度，并接受社会监督。

            相关新闻
            · 青溪市新增三处城市公园
            · 城南新区交通路网规划公布
            · 今年全市将新建保障性住房五千套
            分享到：微信 微博 QQ空间
            """;

    /** A business page with a line of mojibake in the middle of the article, CRLF line ends and a leading BOM. */
    static final String PORT = "\uFEFF财经频道 | 股票 | 基金 | 理财\r\n"
            + "青溪港一季度货物吞吐量同比增长百分之十二\r\n"
            + "2031-04-08 来源：青溪经济网\r\n"
            + "今年一季度，青溪港完成货物吞吐量三千二百万吨，同比增长百分之十二，其中集装箱吞吐量增长尤为明显。\r\n"
            + "锟斤拷锟斤拷锟斤拷锟截匡拷锟斤拷锟斤拷锟斤拷烫烫烫\r\n"
            + "港口集团表示，下一步将加快智慧码头建设，进一步提升装卸效率和服务水平，力争全年吞吐量再创新高。\r\n"
            + "\r\n"
            + "上一篇：青溪市举办春季招聘会\r\n"
            + "下一篇：农业银行青溪分行推出新型小微企业贷款\r\n";

    /** A short sports page, no trailing newline. */
    static final String SPORT = "体育 > 足球\n青溪队主场二比一战胜对手\n本场比赛青溪队表现出色，两名前锋各入一球，主教练赛后表示球队状态正在回升。\n返回首页";

    /** An HTML page: menu, breadcrumb, article, related list, footer. */
    static final String HTML = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>青溪市图书馆新馆开放 - 青溪新闻网</title></head>
            <body>
            <div class="top-nav"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/city">城市</a></li></ul></div>
            <div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/city">城市</a> &gt; 正文</div>
            <div class="article">
            <h1>青溪市图书馆新馆正式对外开放</h1>
            <p class="info">2031-06-01 10:00 来源：青溪新闻网</p>
            <p>位于城东文化中心的青溪市图书馆新馆今天正式对外开放，新馆建筑面积三万平方米，可容纳藏书二百万册。</p>
            <p>新馆设有少儿阅读区、数字阅览区和古籍修复室，开馆首日共接待读者一万余人次，不少市民一早就在门口排队。</p>
            </div>
            <div class="related"><h3>相关阅读</h3><ul><li><a href="/a/1">青溪市博物馆推出夜间开放</a></li><li><a href="/a/2">全民阅读月活动启动</a></li></ul></div>
            <div class="footer">版权所有 青溪新闻网 备案号：青ICP备00000000号</div>
            </body></html>
            """;

    private static SparkSession spark;

    /** One local[2] session for all test classes (surefire runs them in one JVM); Spark stops it at JVM exit. */
    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .config(Jobs.localConf(new SparkConf().setMaster("local[2]").setAppName("linesift-spark-test")))
                    .getOrCreate();
        }
        return spark;
    }

    /** A row of {@link LineSiftSpark#LINES} as one string, every value exact (doubles as Java prints them). */
    static String key(Row r) {
        StringBuilder spans = new StringBuilder();
        for (Row s : r.<Row>getList(7)) spans.append('[').append(s.getInt(0)).append(',').append(s.getInt(1)).append(',')
                .append(s.getString(2)).append(',').append(s.getString(3)).append(']');
        return key(r.getString(0), r.getLong(1), r.getString(2), r.getDouble(3), r.getDouble(4), r.getDouble(5),
                r.getString(6), spans.toString(), r.getString(8), r.getDouble(9));
    }

    /** The rows the library's result should give: one per non-blank line, numbered from {@code firstLine}. */
    static List<String> expected(String id, long firstLine, PageResult page) {
        List<String> out = new ArrayList<>();
        for (LineResult l : page) {
            if (l.isBlank()) continue;
            StringBuilder spans = new StringBuilder();
            for (Span s : l.spans()) spans.append('[').append(s.start()).append(',').append(s.end()).append(',')
                    .append(s.kind().id()).append(',').append(s.text()).append(']');
            out.add(key(id, firstLine + l.index(), l.label().id(), l.probability(Label.BODY), l.probability(Label.NAV),
                    l.probability(Label.SPUN), l.text(), spans.toString(), page.verdict().id(), page.spamScore()));
        }
        return out;
    }

    private static String key(String id, long line, String label, double pBody, double pNav, double pSpun, String text,
                              String spans, String verdict, double spamScore) {
        return String.format(Locale.ROOT, "%s|%d|%s|%s|%s|%s|%s|%s|%s|%s", id, line, label, pBody, pNav, pSpun, text, spans, verdict, spamScore);
    }
}
