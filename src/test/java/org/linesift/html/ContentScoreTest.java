package org.linesift.html;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentScoreTest {
    /** The last markup token of each line (the content token), by the line's text. */
    private static Map<String, String> tokens(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        for (HtmlLine l : HtmlLines.of(html).lines()) {
            String m = l.markup();
            out.put(l.text(), m.substring(m.lastIndexOf(' ') + 1));
        }
        return out;
    }

    private static final String PROSE_1 = "今年春天，河谷两岸的果农比往年早了半个月开始修剪果树，合作社还请来了农技员，挨家挨户讲解嫁接的新办法。";
    private static final String PROSE_2 = "据合作社负责人介绍，新品种耐寒、挂果早，去年试种的二十亩地，每亩收入比老品种多出一千多元，村民们都很满意。";
    private static final String PROSE_3 = "镇里还计划修一条冷链仓库，让果子摘下来当天就能进库，再也不用担心，雨季一来，果子就烂在地里卖不出去。";

    @Test
    void articleInATableWithATableOfShortCellsAfterIt() {
        String html = "<html><body>"
                + "<table><tr><td><a href='/'>首页</a>|<a href='/a'>新闻</a>|<a href='/b'>图片</a></td></tr></table>"
                + "<table><tr><td>"
                + "<p><table><tr><td>" + PROSE_1 + "<br>" + PROSE_2 + "<br>" + PROSE_3 + "</td></tr></table></p>"
                + "<table><tr><td><div>品种</div></td><td><div>亩产</div></td></tr>"
                + "<tr><td><div>红富士</div></td><td><div>三千斤</div></td></tr></table>"
                + "</td></tr></table>"
                + "<div class='footer'>版权所有 © 某某果业网</div>"
                + "</body></html>";
        Map<String, String> t = tokens(html);
        assertEquals("rc:out", t.get("首页|新闻|图片"));
        assertEquals("rc:in", t.get(PROSE_1));
        assertEquals("rc:in", t.get(PROSE_2));
        assertEquals("rc:in", t.get(PROSE_3));
        // the short cells do not score, but they sit beside the article's prose
        assertEquals("rc:near", t.get("品种"));
        assertEquals("rc:near", t.get("三千斤"));
        assertEquals("rc:out", t.get("版权所有 © 某某果业网"));
    }

    @Test
    void aSiblingThatScoresWellEnoughJoinsTheContainer() {
        String html = "<html><body><div id='wrap'>"
                + "<div class='content'><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_1 + "</p></div>"
                + "<div class='part'><p>" + PROSE_3 + "</p><p>" + PROSE_3 + "</p></div>"
                + "<div class='share'><a href='/s'>分享到微博</a></div>"
                + "</div></body></html>";
        Map<String, String> t = tokens(html);
        assertEquals("rc:in", t.get(PROSE_2));
        assertEquals("rc:sib", t.get(PROSE_3));
        assertEquals("rc:near", t.get("分享到微博"));
    }

    @Test
    void linksDiscountAnElement() {
        // the link list has more commas and more text, but all of it in links
        String links = "<a href='/1'>" + PROSE_1 + "</a>";
        String html = "<html><body><div>"
                + "<div><p>" + links + "</p><p>" + links + "</p><p>" + links + "</p></div>"
                + "<div><p>" + PROSE_2 + "</p></div>"
                + "</div></body></html>";
        Map<String, String> t = tokens(html);
        assertEquals("rc:in", t.get(PROSE_2));
        assertEquals("rc:near", t.get(PROSE_1));
    }

    @Test
    void classWordsCount() {
        // a content class lifts a container over the plain one beside it, a comment class sinks it
        String html = "<html><body><div>"
                + "<div class='comment-list'><p>" + PROSE_1 + "</p><p>" + PROSE_3 + "</p><p>" + PROSE_1 + "</p></div>"
                + "<div class='article-content'><p>" + PROSE_2 + "</p></div>"
                + "</div></body></html>";
        Map<String, String> t = tokens(html);
        assertEquals("rc:in", t.get(PROSE_2));
        assertEquals("rc:near", t.get(PROSE_1));
    }

    @Test
    void noLongLineMeansNoContainer() {
        Map<String, String> t = tokens("<html><body><ul><li>首页</li><li>新闻</li></ul><p>短句。</p></body></html>");
        assertEquals(List.of("rc:none", "rc:none", "rc:none"), List.copyOf(t.values()));
    }
}
