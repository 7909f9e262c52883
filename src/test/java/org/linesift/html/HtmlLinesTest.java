package org.linesift.html;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlLinesTest {
    static final Charset GBK = Charset.forName("GBK");

    @Test
    void blockElementsAndBreaksStartLinesInlineElementsDoNot() {
        HtmlLines h = HtmlLines.of("<html><head><title> 城南 新闻 </title><style>p{}</style></head><body>"
                + "<div>首页 <a href='/a'>新闻</a> <a href='/b'>体育</a></div>"
                + "<p>第一段<b>加粗</b>文字。<br>换行后</p><ul><li>甲</li><li>乙</li></ul>"
                + "<script>var x = '不是正文';</script><noscript>也不是</noscript></body></html>");
        assertEquals("城南 新闻", h.title());
        assertEquals(List.of("首页 新闻 体育", "第一段加粗文字。", "换行后", "甲", "乙"), h.texts());
        assertNull(h.charset());
    }

    @Test
    void whitespaceIncludingIdeographicAndNoBreakSpacesCollapses() {
        HtmlLines h = HtmlLines.of("<p>\u3000\u3000两个全角空格&nbsp;&nbsp;之后\n\t换行</p><p> \u3000 </p>");
        assertEquals(List.of("两个全角空格 之后 换行"), h.texts());
        // line and paragraph separators, NEL and the information separators are whitespace too (String.strip agrees)
        assertEquals(List.of("段落 分隔 符"), HtmlLines.of("<p>\u2029段落\u2028分隔\u0085符\u001F</p>").texts());
    }

    @Test
    void preformattedTextKeepsItsLineBreaks() {
        HtmlLines h = HtmlLines.of("<pre>docker run \\\n  --init\n\nsleep 30s</pre>");
        assertEquals(List.of("docker run \\", "--init", "sleep 30s"), h.texts());
    }

    @Test
    void hiddenElementsAreDroppedButVisibilityHiddenIsKept() {
        HtmlLines h = HtmlLines.of("<div style='display: none'>隐藏菜单</div><div hidden>也隐藏</div>"
                + "<div id='js_content' style='visibility: hidden;'><p>脚本显示的正文。</p></div>");
        assertEquals(List.of("脚本显示的正文。"), h.texts());
    }

    @Test
    void eachLineKnowsItsTagPathAndLinkShare() {
        HtmlLines h = HtmlLines.of("<body><div id='nav'><ul class='menu top'><li><a href='/'>首页</a></li></ul></div>"
                + "<div class='article-content'><p>正文有<a href='/x'>链接</a>四字</p></div></body>");
        HtmlLine menu = h.lines().get(0);
        assertEquals("首页", menu.text());
        assertEquals("li", menu.tag());
        assertEquals("body > div#nav > ul.menu > li", menu.path());
        assertEquals(1f, menu.linkShare());
        assertTrue(menu.markup().startsWith("t:li in:a "), menu.markup());
        assertTrue(menu.markup().contains(" c:nav "), menu.markup());
        HtmlLine para = h.lines().get(1);
        assertEquals("正文有链接四字", para.text());
        assertEquals("p", para.tag());
        assertEquals("body > div.article-content > p", para.path());
        assertEquals(2f / 7, para.linkShare(), 1e-6);
        assertTrue(para.markup().contains(" c1:content "), para.markup());
        assertTrue(para.markup().contains(" ld:1 "), para.markup());
    }

    @Test
    void classAndIdWordsSplitOnSeparatorsAndCamelCase() {
        List<String> out = new java.util.ArrayList<>();
        Markup.split("breadCrumb main_nav x news-list2", out);
        assertEquals(List.of("bread", "crumb", "main", "nav", "news", "list"), out);
    }

    @Test
    void gbkBytesWithAMetaCharsetAreDecoded() {
        String page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
                + "<title>标题</title></head><body><p>简体中文的正文。</p></body></html>";
        HtmlLines h = HtmlLines.of(page.getBytes(GBK), null);
        assertEquals("GB18030", h.charset().name());
        assertEquals("标题", h.title());
        assertEquals(List.of("简体中文的正文。"), h.texts());
    }

    @Test
    void gbkBytesWithoutADeclarationFallBackToGb18030AndAHintWins() {
        byte[] bytes = "<p>没有声明编码的页面。</p>".getBytes(GBK);
        assertEquals(List.of("没有声明编码的页面。"), HtmlLines.of(bytes, null).texts());
        assertEquals("GB18030", HtmlLines.of(bytes, null).charset().name());
        byte[] big5 = "<p>繁體中文頁面。</p>".getBytes(Charset.forName("Big5"));
        assertEquals(List.of("繁體中文頁面。"), HtmlLines.of(big5, Charset.forName("Big5")).texts());
    }

    @Test
    void utf8BytesBeatAStaleGbkDeclaration() {
        byte[] bytes = "<meta charset=\"gb2312\"><p>另存为 UTF-8 的页面。</p>".getBytes(StandardCharsets.UTF_8);
        HtmlLines h = HtmlLines.of(bytes, null);
        assertEquals(StandardCharsets.UTF_8, h.charset());
        assertEquals(List.of("另存为 UTF-8 的页面。"), h.texts());
    }

    @Test
    void aDeclaredUtf8ThatTheBytesContradictIsIgnored() {
        byte[] bytes = "<meta charset=\"utf-8\"><p>其实是国标码。</p>".getBytes(GBK);
        assertEquals(List.of("其实是国标码。"), HtmlLines.of(bytes, null).texts());
    }

    @Test
    void byteOrderMarksDecide() {
        byte[] body = "<p>带字节序标记。</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals(List.of("带字节序标记。"), HtmlLines.of(bytes, null).texts());
        byte[] utf8 = "\uFEFF<p>UTF-8 标记。</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("UTF-8 标记。"), HtmlLines.of(utf8, GBK).texts());
    }

    @Test
    void tableCellsAreLines() {
        HtmlLines h = HtmlLines.of("<table><tr><td>栏目</td><td><p>单元格里的正文第一段。</p>第二段也在单元格里。</td></tr></table>");
        assertEquals(List.of("栏目", "单元格里的正文第一段。", "第二段也在单元格里。"), h.texts());
        assertEquals("td", h.lines().get(2).tag());
    }

    @Test
    void brokenMarkupIsRepairedLikeABrowserWould() {
        HtmlLines h = HtmlLines.of("<div><p>没有闭合的段落<p>第二段</div></span><li>孤立的列表项<table><td>无行的格子</div>");
        assertEquals(List.of("没有闭合的段落", "第二段", "孤立的列表项", "无行的格子"), h.texts());
    }

    @Test
    void emptyAndNullInputsGiveEmptyPages() {
        assertEquals(0, HtmlLines.of((String) null).size());
        assertEquals(0, HtmlLines.of((byte[]) null, null).size());
        assertEquals(0, HtmlLines.of("").size());
        assertEquals("", HtmlLines.of("<p> </p>").title());
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String page = "<div>".repeat(20_000) + "深处的文字" + "</div>".repeat(20_000);
        assertEquals(List.of("深处的文字"), HtmlLines.of(page).texts());
    }

    @Property(tries = 300)
    void neverThrowsAndLinesAreTrimmedAndNonEmpty(@ForAll @StringLength(max = 300) String html) {
        for (HtmlLines h : List.of(HtmlLines.of(html), HtmlLines.of(html.getBytes(StandardCharsets.UTF_8), null))) {
            for (HtmlLine l : h.lines()) {
                assertTrue(!l.text().isEmpty() && l.text().equals(l.text().strip()), l.text());
                assertTrue(l.linkShare() >= 0 && l.linkShare() <= 1);
                assertTrue(l.markup().startsWith("t:"));
            }
        }
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryBytes(@ForAll byte[] bytes) {
        HtmlLines.of(bytes, null);
        HtmlLines.of(bytes, GBK);
    }
}
