package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.eval.MiniJson;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code classify} on HTML files, with the bundled model (skipped until it is built). */
class HtmlCliTest {
    @TempDir
    Path dir;

    static final String PAGE = "<html><head><meta charset=gb2312><title>标题</title></head><body>"
            + "<ul class=nav><li><a href=/>首页</a></li><li><a href=/x>新闻</a></li></ul>"
            + "<h1>青石镇举办首届稻田音乐节</h1><p>本报讯 五月的第一个周末，青石镇万亩稻田边搭起了一座竹子舞台，首届稻田音乐节在这里开幕。</p>"
            + "<div class=footer>版权所有 © 2031 青石晚报</div></body></html>";

    @Test
    void htmlFilesAreCutIntoLinesAndRowsNumberTheExtractedLines() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path f = dir.resolve("page.html");
        Files.write(f, PAGE.getBytes(Charset.forName("GB18030")));
        CliTestSupport.Result r = CliTestSupport.run("classify", "--format", "tsv", f.toString());
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\n");
        assertEquals(5, rows.length, r.out());
        String[] first = rows[0].split("\t");
        assertEquals(f.toString(), first[0]);
        assertEquals("1", first[1]);
        assertEquals("首页", first[6]);
        assertEquals("青石镇举办首届稻田音乐节", rows[2].split("\t")[6]);
        assertEquals("5", rows[4].split("\t")[1]);
        assertEquals("版权所有 © 2031 青石晚报", rows[4].split("\t")[6]);
    }

    @Test
    void htmlFlagReadsAnyFileAsHtmlAndJsonlCarriesTheSource() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path f = dir.resolve("page.bin");
        Files.write(f, PAGE.getBytes(Charset.forName("GB18030")));
        CliTestSupport.Result r = CliTestSupport.run("classify", "--html", "--format", "jsonl", f.toString());
        assertEquals(0, r.code(), r.err());
        Map<?, ?> first = (Map<?, ?>) MiniJson.parse(r.out().split("\n")[0]);
        assertEquals("首页", first.get("text"));
        assertEquals("li", first.get("tag"));
        assertEquals("body > ul.nav > li", first.get("path"));
        assertEquals(1.0, ((Number) first.get("link_share")).doubleValue(), 1e-9);
        String[] rows = r.out().split("\n");
        Map<?, ?> page = (Map<?, ?>) MiniJson.parse(rows[rows.length - 1]);
        assertEquals("page", page.get("type"));
        assertEquals("标题", page.get("title"));
        assertEquals("GB18030", page.get("charset"));
        assertEquals(5, ((Number) page.get("lines")).intValue());
        // without --html the same file is text: one line of markup
        CliTestSupport.Result text = CliTestSupport.run("classify", "--format", "tsv", "--encoding", "GBK", f.toString());
        assertEquals(1, text.out().split("\n").length);
        assertTrue(text.out().contains("<html>"));
    }

    @Test
    void aMissingHtmlFileIsAUserError() {
        CliTestSupport.Result r = CliTestSupport.run("classify", dir.resolve("nope.html").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().length, r.err());
    }
}
