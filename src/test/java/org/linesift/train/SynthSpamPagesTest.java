package org.linesift.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.Label;
import org.linesift.cli.SynthCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Whole spam pages. The spam lines and documents are invented here, not taken from any corpus. */
class SynthSpamPagesTest {
    /** Two documents of an invented spam farm: a header, a time stamp, then pasted news filler. */
    static final String FARM = String.join("\n",
            "#DOC\tsomeone/farm:第一篇.md",
            "★【开运大吉】★金鲤娱乐官方",
            "",
            "<img src=\"https://example.invalid/a.png\"/>",
            "👉点击进入注册【 http://JL88.CC 】",
            "【首存即送】【亏损包赔】【导师带玩】",
            "金鲤娱乐官方【网: JL88.CC 】",
            "【信誉平台】【十年老台】",
            "2026年01月02日03时04分05秒",
            "城市公园改造工程稳步推进，市民休闲空间持续扩大。",
            "#DOC\tsomeone/farm:第二篇.md",
            "金鲤平台注册【Q-——123456——】",
            "金鲤平台注册【Q-——123456——】",
            "开源协作指南",
            "开源社区是许多开发者学习和交流的地方，参与项目能够帮助大家提升协作能力和代码质量。",
            "这一行不应出现在页面里，因为它在正文之后。",
            "");

    static BrandShapes shapes() throws java.io.IOException {
        return new BrandShapes(List.of());
    }

    @Test
    void aDocumentIsCutAtItsTimeStampOrItsFirstSentenceOfProse() throws Exception {
        List<List<String>> docs = SynthSpamPages.readDocs(List.of(FARM.split("\n", -1)), shapes());
        assertEquals(List.of(
                List.of("★【开运大吉】★金鲤娱乐官方", "👉点击进入注册【 http://JL88.CC 】", "【首存即送】【亏损包赔】【导师带玩】",
                        "金鲤娱乐官方【网: JL88.CC 】", "【信誉平台】【十年老台】"),
                List.of("金鲤平台注册【Q-——123456——】", "金鲤平台注册【Q-——123456——】", "开源协作指南")), docs);
    }

    @Test
    void stampsAndProse() {
        assertTrue(SynthSpamPages.stamp("2026年01月02日03时04分05秒"));
        assertTrue(SynthSpamPages.stamp("2026-01-02 03:04"));
        assertFalse(SynthSpamPages.stamp("年月日"), "no digit");
        assertFalse(SynthSpamPages.stamp("2026年01月02日 星期五"));
        assertFalse(SynthSpamPages.stamp(""));
        assertTrue(SynthSpamPages.prose("开源社区是许多开发者学习和交流的地方，参与项目能够帮助大家提升协作能力。"));
        assertFalse(SynthSpamPages.prose("开源社区是许多开发者学习和交流的地方，参与项目能够帮助大家提升协作能力"), "no full stop");
        assertFalse(SynthSpamPages.prose("短句。"), "too short");
        assertFalse(SynthSpamPages.prose("http://JL88.CC/register?key=1234567890。abc"), "not half Han");
    }

    @Test
    void everyLineOfASpamPageIsSpunExceptATimeStamp(@TempDir Path dir) throws Exception {
        Path farm = Files.writeString(dir.resolve("farm.txt"), FARM, StandardCharsets.UTF_8);
        List<String> pool = List.of("百家乐真人视讯在线开户", "2026-01-02 03:04", "体育滚球今日早盘全部赛事");
        SynthSpamPages sp = new SynthSpamPages(List.of(farm), pool, shapes(), r -> "【金鲤娱乐】");
        assertTrue(sp.available());
        int farmPages = 0, poolPages = 0, stamps = 0;
        for (int i = 0; i < 200; i++) {
            GoldPage p = sp.page("s" + i, new java.util.Random(i));
            assertEquals("s" + i, p.id());
            int n = p.lines().size();
            boolean fromFarm = p.lines().get(0).text().startsWith("★");
            if (fromFarm) {
                farmPages++;
                assertEquals(5, n, "the first document's header has exactly 5 lines");
            } else {
                poolPages++;
                assertTrue(n >= 8 && n <= 60, "pool pages have 8 to 60 lines, got " + n);
            }
            for (GoldLine l : p.lines()) {
                if (SynthSpamPages.stamp(l.text())) {
                    stamps++;
                    assertEquals(Label.NAV, l.label());
                    assertEquals("-", l.op());
                } else {
                    assertEquals(Label.SPUN, l.label(), l.text());
                    assertEquals(SynthSpamPages.OP, l.op());
                }
            }
        }
        assertTrue(farmPages > 20 && poolPages > 100, farmPages + " farm pages, " + poolPages + " pool pages");
        assertTrue(stamps > 0, "the pool's time stamp was drawn and labelled nav");
    }

    @Test
    void aHackedPageKeepsItsNavLinesAndLosesEveryBodyLineToSpam() throws Exception {
        SynthSpamPages sp = new SynthSpamPages(List.of(), List.of("百家乐真人视讯在线开户"), shapes(), r -> "【金鲤娱乐】");
        GoldPage news = SynthPipelineTest.pages(1).get(0);
        GoldPage h = sp.hacked(news, new java.util.Random(3));
        assertEquals(news.id(), h.id());
        assertEquals(news.lines().size(), h.lines().size());
        int spun = 0;
        for (int i = 0; i < h.lines().size(); i++) {
            GoldLine was = news.lines().get(i), now = h.lines().get(i);
            if (was.label() == Label.BODY) {
                spun++;
                assertEquals(Label.SPUN, now.label());
                assertEquals(SynthSpamPages.OP, now.op());
                assertNotEquals(was.text(), now.text());
            } else {
                assertEquals(was.label(), now.label(), "nav and unk lines keep their label");
                assertEquals(was.text(), now.text());
                assertEquals("-", now.op());
            }
        }
        assertEquals(6, spun, "the fixture page has 6 body lines");
    }

    @Test
    void theCorpusEndsWithTheSpamPagesAndIsDeterministic(@TempDir Path dir) throws Exception {
        Path spam = Files.writeString(dir.resolve("spam.txt"), "百家乐真人视讯在线开户\n体育滚球今日早盘全部赛事\n", StandardCharsets.UTF_8);
        Synth.Options o = new Synth.Options();
        o.seed = 5;
        o.spamText = List.of(spam);
        o.spamPages = 4;
        List<GoldPage> a = new Synth(o).generate(SynthPipelineTest.pages(3));
        List<GoldPage> b = new Synth(o).generate(SynthPipelineTest.pages(3));
        assertEquals(a, b);
        assertEquals(7, a.size());
        List<String> ids = new ArrayList<>();
        for (GoldPage p : a) ids.add(p.id());
        assertEquals(List.of("p0", "p1", "p2", "synth-spam-000001", "synth-spam-000002", "synth-spam-000003", "synth-spam-000004"), ids);
        assertEquals(Synth.counts(a.subList(3, 7)).get("lines"), Synth.counts(a.subList(3, 7)).get(SynthSpamPages.OP));
    }

    @Test
    void badSettingsAreRefused() {
        Synth.Options o = new Synth.Options();
        o.spamPages = -1;
        assertThrows(InvalidInputException.class, () -> new Synth(o));
        Synth.Options none = new Synth.Options();
        none.spamPages = 3;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Synth(none));
        assertTrue(e.getMessage().contains("--spam"), e.getMessage());
    }

    @Test
    void theCliWritesSpamPagesAndCountsThem(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("in.tsv"), "# page: p\n" + SynthPipelineTest.PAGE, StandardCharsets.UTF_8);
        Path farm = Files.writeString(dir.resolve("farm.txt"), FARM, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.tsv");
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SynthCommand());
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--out", out.toString(), "--prose-pages", "0", "--spam-pages", "2", "--spam-docs", farm.toString(), corpus.toString());
        assertEquals(0, code, err.toString());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("# page: synth-spam-000002"), text);
        assertTrue(err.toString().contains(" spam-page "), err.toString());
        Path ops = dir.resolve("out.tsv.ops");
        assertTrue(Files.readString(ops, StandardCharsets.UTF_8).contains(SynthSpamPages.OP));
    }
}
