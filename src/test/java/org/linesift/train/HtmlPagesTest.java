package org.linesift.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.Label;
import org.linesift.html.HtmlLines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlPagesTest {
    static final String PAGE = "<body><ul id='nav'><li><a href='/'>首页</a></li><li><a href='/n'>新闻</a></li></ul>"
            + "<div style='display:none'>隐藏的菜单</div>"
            + "<h1>城南新区 招商引资再创佳绩</h1><p>本报讯　昨天，城南新区举行集中签约仪式。</p>"
            + "<p>首页</p><div class='footer'>版权所有</div></body>";

    @Test
    void ourLinesTakeTheLabelsOfTheReferenceLinesTheyAlignWith() {
        // the reference converter kept the hidden menu and spelled spaces differently
        GoldPage ref = new GoldPage("p1", List.of(
                GoldLine.of(Label.NAV, "首页"), GoldLine.of(Label.NAV, "新闻"), GoldLine.of(Label.NAV, "隐藏的菜单"),
                GoldLine.of(Label.BODY, "城南新区招商引资再创佳绩"), GoldLine.of(Label.BODY, "本报讯 昨天，城南新区举行集中签约仪式。"),
                GoldLine.of(Label.BODY, "首页"), GoldLine.of(Label.NAV, "版权所有")));
        GoldPage ours = HtmlPages.relabel(ref, HtmlLines.of(PAGE));
        assertEquals("p1", ours.id());
        assertEquals(List.of("首页", "新闻", "城南新区 招商引资再创佳绩", "本报讯 昨天，城南新区举行集中签约仪式。", "首页", "版权所有"), ours.texts());
        assertEquals(Arrays.asList(Label.NAV, Label.NAV, Label.BODY, Label.BODY, Label.BODY, Label.NAV),
                ours.lines().stream().map(GoldLine::label).toList());
        for (GoldLine l : ours.lines()) assertTrue(l.markup().startsWith("t:"), l.markup());
    }

    @Test
    void aLeftoverLineIsLabelledOnlyWhenEveryReferenceCopyAgrees() {
        GoldPage ref = new GoldPage("p2", List.of(
                GoldLine.of(Label.BODY, "版权所有"), GoldLine.of(Label.NAV, "本报讯 昨天，城南新区举行集中签约仪式。"),
                GoldLine.of(Label.NAV, "首页"), GoldLine.of(Label.BODY, "首页")));
        GoldPage ours = HtmlPages.relabel(ref, HtmlLines.of(PAGE));
        // aligned: 首页 (nav) ... 本报讯 (nav) ... 首页 (body); left over: 新闻 (not in the reference), the title,
        // and 版权所有, which the reference has only above the aligned lines but labels one way
        assertEquals(Arrays.asList(Label.NAV, null, null, Label.NAV, Label.BODY, Label.BODY),
                ours.lines().stream().map(GoldLine::label).toList());
    }

    @Test
    void markupTravelsThroughTheCorpusFileAsASidecar(@TempDir Path dir) throws IOException {
        GoldPage page = new GoldPage("p", List.of(new GoldLine(Label.BODY, "正文", "-", "t:p ld:0"),
                new GoldLine(Label.NAV, "首页", "-", null)));
        Path f = dir.resolve("c.tsv");
        Corpus.write(f, List.of(page), false);
        assertEquals(List.of("# page: p", "t:p ld:0", "-", ""), Files.readAllLines(dir.resolve("c.tsv.markup")));
        GoldPage back = Corpus.read(f).get(0);
        assertArrayEquals(new String[] {"t:p ld:0", null}, back.markup());
        // rewriting without markup removes the stale sidecar
        Corpus.write(f, List.of(new GoldPage("p", List.of(GoldLine.of(Label.NAV, "首页")))), true);
        assertTrue(Files.notExists(dir.resolve("c.tsv.markup")));
        assertNull(Corpus.read(f).get(0).markup());
    }

    @Test
    void aSidecarOfTheWrongLengthIsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.tsv");
        Files.writeString(f, "# page: p\nbody\t正文\n");
        Files.writeString(dir.resolve("c.tsv.markup"), "# page: p\n");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(f));
        assertTrue(e.getMessage().contains("markup file has 1 lines but the corpus has 2"), e.getMessage());
    }
}
