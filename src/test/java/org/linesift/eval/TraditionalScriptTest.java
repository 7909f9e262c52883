package org.linesift.eval;

import org.linesift.Label;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TraditionalScriptTest {
    private static final String GARBLED = new String("报名条件".getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));

    @Test
    void rewritesTextKeepsLabelsOperatorsAndMojibake() {
        GoldPage page = new GoldPage("invented-1", List.of(
                new GoldLine(Label.NAV, "首页 | 新闻 | 财经", "-"),
                new GoldLine(Label.BODY, "记者从青溪市获悉，“先民生后提升”的原则得到落实。", "-"),
                new GoldLine(Label.SPUN, "据悉，点招j9九游会官网今年的改造资金已到位。", "brand"),
                new GoldLine(Label.SPUN, GARBLED, "mojibake"),
                GoldLine.of(Label.SPUN, "锟斤拷锟斤拷锟斤拷"),
                GoldLine.of(null, "")));
        List<GoldPage> out = TraditionalScript.rewrite(List.of(page));
        assertEquals(1, out.size());
        GoldPage t = out.get(0);
        assertEquals("invented-1", t.id());
        assertEquals(List.of("首頁 | 新聞 | 財經", "記者從青溪市獲悉，「先民生後提升」的原則得到落實。",
                "據悉，點招j9九遊會官網今年的改造資金已到位。", GARBLED, "锟斤拷锟斤拷锟斤拷", ""), t.texts());
        for (int i = 0; i < page.lines().size(); i++) {
            assertEquals(page.lines().get(i).label(), t.lines().get(i).label());
            assertEquals(page.lines().get(i).op(), t.lines().get(i).op());
            assertEquals(page.lines().get(i).text().length(), t.lines().get(i).text().length(), "offsets keep their meaning");
        }
    }
}
