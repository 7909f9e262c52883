package org.linesift.train;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.Label;
import org.linesift.cli.SynthCommand;
import org.linesift.cli.UserError;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** Whole-corpus behaviour: determinism, labels/ops, the CLI. Test pages are written here, not taken from any corpus. */
class SynthPipelineTest {
    static final String PAGE = String.join("\n",
            "nav\t首页 | 新闻 | 财经 | 体育",
            "nav\t当前位置：首页 > 新闻 > 正文",
            "body\t城南新区招商引资再创佳绩",
            "nav\t2023-04-21 10:23 来源：城南日报",
            "body\t记者从城南新区管委会获悉，今年一季度新区共签约项目十二个，总投资额超过八十亿元。",
            "body\t管委会负责人表示，新区将继续优化营商环境，希望更多企业来这里投资兴业。",
            "body\t据了解，这些项目主要集中在新材料、生物医药和现代物流等领域，预计明年全部投产。",
            "body\t一些企业负责人说，新区的服务非常周到，办理手续的时间比过去缩短了一半。",
            "body\t下一步，新区还将举办多场推介会，进一步扩大对外开放，努力实现经济高质量发展。",
            "unk\t图片说明文字",
            "nav\t相关新闻",
            "nav\t·城北工业园区举行项目集中开工仪式",
            "nav\t·全市一季度经济运行情况良好",
            "nav\t·新区举办人才招聘会吸引上千人参加",
            "nav\t版权所有 城南日报社 未经许可不得转载",
            "");

    static List<GoldPage> pages(int n) {
        List<GoldPage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<GoldLine> ls = new ArrayList<>();
            for (String l : PAGE.split("\n")) {
                int t = l.indexOf('\t');
                ls.add(GoldLine.of(Label.parse(l.substring(0, t)), l.substring(t + 1)));
            }
            out.add(new GoldPage("p" + i, ls));
        }
        return out;
    }

    static Synth synth(long seed, double share) throws Exception {
        Synth.Options o = new Synth.Options();
        o.seed = seed;
        o.spamShare = share;
        return new Synth(o);
    }

    @Test
    void deterministicForASeedAndDifferentAcrossSeeds() throws Exception {
        List<GoldPage> a = synth(7, 0.7).generate(pages(12));
        List<GoldPage> b = synth(7, 0.7).generate(pages(12));
        List<GoldPage> c = synth(8, 0.7).generate(pages(12));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void labelsAndOpsAreConsistent() throws Exception {
        List<GoldPage> in = pages(30);
        List<GoldPage> out = synth(3, 1.0).generate(in);
        assertEquals(30, out.size());
        Set<String> seenOps = new TreeSet<>();
        int spun = 0;
        for (GoldPage p : out) {
            for (GoldLine l : p.lines()) {
                assertNotNull(l.op());
                if (l.op().equals("-")) assertNotEquals(Label.SPUN, l.label());
                else {
                    assertEquals(Label.SPUN, l.label(), l.toString());
                    assertTrue(Synth.OPERATORS.contains(l.op()), l.op());
                    seenOps.add(l.op());
                    spun++;
                }
                if (l.text().equals("图片说明文字")) { assertNull(l.label()); assertEquals("-", l.op()); }
            }
        }
        assertTrue(spun > 30, "spun lines: " + spun);
        assertTrue(seenOps.size() >= 7, "operators seen: " + seenOps);
    }

    @Test
    void shortPagesAreWindowsFromJustAboveTheArticle() throws Exception {
        Synth.Options o = new Synth.Options();
        o.spamShare = 0.5;
        o.shortShare = 0.5;
        List<GoldPage> out = new Synth(o).generate(pages(40));
        List<GoldPage> full = out.subList(0, 40), shorts = out.subList(40, out.size());
        assertTrue(shorts.size() > 8 && shorts.size() < 32, "about half of 40 pages: " + shorts.size());
        for (GoldPage s : shorts) {
            assertTrue(s.id().startsWith("short-p"), s.id());
            GoldPage of = full.stream().filter(p -> ("short-" + p.id()).equals(s.id())).findFirst().orElseThrow();
            int n = s.lines().size();
            assertTrue(n >= Math.min(6, of.lines().size()) && n <= 20 && n <= of.lines().size(), n + " lines");
            int from = java.util.Collections.indexOfSubList(of.lines(), s.lines());
            assertTrue(from >= 0 && from <= 2, "a run of the page's own lines (labels, ops), from at most 5 lines above line 2: " + from);
            assertTrue(from + n > 2, "it holds the article's first line");
        }
        // the full pages are those of a run without short pages
        o.shortShare = 0;
        assertEquals(new Synth(o).generate(pages(40)), full);
        o.shortShare = 1.5;
        assertThrows(InvalidInputException.class, () -> new Synth(o));
    }

    @Test
    void spamShareZeroCopiesPages() throws Exception {
        List<GoldPage> in = pages(5);
        List<GoldPage> out = synth(1, 0.0).generate(in);
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).texts(), out.get(i).texts());
            for (GoldLine l : out.get(i).lines()) assertEquals("-", l.op());
        }
    }

    @Test
    void operatorSubsetIsHonoured() throws Exception {
        Synth.Options o = new Synth.Options();
        o.spamShare = 1.0;
        o.operators = new java.util.LinkedHashSet<>(List.of("pinyin"));
        for (GoldPage p : new Synth(o).generate(pages(10)))
            for (GoldLine l : p.lines()) assertTrue(l.op().equals("-") || l.op().equals("pinyin"), l.op());
    }

    @Test
    void hitSharesSetHowManyBodyLinesASpammedPageLoses() throws Exception {
        // mojibake changes every Chinese line, so the share of body lines hit is exactly the one drawn
        assertEquals(List.of(5), bodyLinesHit(1.0, 0.3), "all lines: the five paragraphs, never the title");
        assertEquals(List.of(1), bodyLinesHit(0.0, 0.0), "10% of five paragraphs rounds to one");
        assertEquals(List.of(1, 2, 3, 4, 5), bodyLinesHit(0.0, 0.9), "10% to 100%");
        assertEquals(List.of(1, 2), bodyLinesHit(0.0, 0.3), "the default: 10% to 40%");
        Synth.Options o = new Synth.Options();
        o.hitShareSpan = 0.95;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Synth(o));
        assertTrue(e.getMessage().contains("hit share"), e.getMessage());
    }

    /** The distinct numbers of originally-body lines spun per page, over 40 spammed pages, in order. */
    private static List<Integer> bodyLinesHit(double allLines, double span) throws Exception {
        Synth.Options o = new Synth.Options();
        o.spamShare = 1.0;
        o.operators = new java.util.LinkedHashSet<>(List.of("mojibake"));
        o.allLinesShare = allLines;
        o.hitShareSpan = span;
        List<GoldPage> in = pages(40);
        List<GoldPage> out = new Synth(o).generate(in);
        Set<Integer> counts = new TreeSet<>();
        for (int p = 0; p < in.size(); p++) {
            int hit = 0;
            for (int i = 0; i < in.get(p).lines().size(); i++) {
                if (in.get(p).lines().get(i).label() == Label.BODY && out.get(p).lines().get(i).label() == Label.SPUN) hit++;
            }
            counts.add(hit);
        }
        return new ArrayList<>(counts);
    }

    @Test
    void prosePagesAreAssembled(@TempDir Path dir) throws Exception {
        Path prose = dir.resolve("prose.txt");
        Path heads = dir.resolve("heads.tsv");
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 4; d++) {
            sb.append("#DOC\tdoc").append(d).append('\n');
            for (int i = 0; i < 8; i++) sb.append("这是第").append(d).append("篇文章的第").append(i).append("段，内容讲述城市建设和居民生活的变化。\n");
        }
        sb.append("体育\t本报讯 昨天下午，市体育中心举行了一场业余足球比赛。双方球员表现积极，比赛气氛热烈。最终主队以二比一获胜。\n");
        sb.append("上海  推出  “  迎  新年  ”  三  项  活动  。\n");
        Files.writeString(prose, sb.toString(), StandardCharsets.UTF_8);
        Files.writeString(heads, "河畔公园完成改造重新开放\tlocal\n地铁新线路下月试运行\tlocal\n", StandardCharsets.UTF_8);
        Synth.Options o = new Synth.Options();
        o.prose = List.of(prose);
        o.headlines = List.of(heads);
        o.prosePages = 6;
        List<GoldPage> out = new Synth(o).generate(List.of());
        assertEquals(6, out.size());
        for (GoldPage p : out) {
            long body = p.lines().stream().filter(l -> l.label() == Label.BODY || (l.label() == Label.SPUN && !Set.of("stuff", "salad", "synonym-nav").contains(l.op()))).count();
            long nav = p.lines().stream().filter(l -> l.label() == Label.NAV).count();
            assertTrue(body >= 2 && nav >= 3, p.toString());
            assertTrue(p.lines().stream().anyMatch(l -> l.text().matches(".*ICP备\\d{8}号.*")), "ICP footer");
        }
        assertEquals("上海推出“迎新年”三项活动。", SynthPages.joinSegmented("上海  推出  “  迎  新年  ”  三  项  活动  。"));
    }

    /** With block shares of 1, every prose article and every page copy carries a block; written as unchanged body. */
    @Test
    void blocksGoInsideProseArticlesAndPageCopies(@TempDir Path dir) throws Exception {
        Path prose = dir.resolve("prose.txt");
        Path heads = dir.resolve("heads.tsv");
        Path code = dir.resolve("deploy.sh");
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 3; d++) {
            sb.append("#DOC\tdoc").append(d).append('\n');
            for (int i = 0; i < 6; i++) sb.append("城南新区第").append(i).append("个公园的改造工程昨天完工，市民可以在公园里散步和锻炼身体。\n");
        }
        Files.writeString(prose, sb.toString(), StandardCharsets.UTF_8);
        Files.writeString(heads, "河畔公园完成改造重新开放\tlocal\n地铁新线路下月试运行\tlocal\n", StandardCharsets.UTF_8);
        Files.writeString(code, "set -e\ndocker stop web\ndocker run -p 8080:80 web\necho done\n", StandardCharsets.UTF_8);
        List<GoldLine> page = new ArrayList<>();
        page.add(new GoldLine(Label.NAV, "首页 | 新闻", "-"));
        page.add(new GoldLine(Label.BODY, "河畔公园完成改造重新开放", "-"));
        for (int i = 0; i < 4; i++) page.add(new GoldLine(Label.BODY, "改造后的河畔公园新增了步道、健身器材和儿童游乐设施，第" + i + "期工程明年开工。", "-"));
        page.add(new GoldLine(Label.NAV, "版权所有", "-"));
        Synth.Options o = cleanProse(prose, heads, 3);
        o.blockShare = 1;
        o.pageBlockShare = 1;
        o.code = List.of(code);
        List<GoldPage> out = new Synth(o).generate(List.of(new GoldPage("real-1", page)));
        assertEquals(4, out.size());
        GoldPage copy = out.get(0);
        assertTrue(copy.lines().size() > page.size(), "the page copy got a block: " + copy);
        assertEquals(page.get(0), copy.lines().get(0));
        assertEquals(page.get(page.size() - 1), copy.lines().get(copy.lines().size() - 1), "the block sits inside the article");
        for (GoldPage p : out) {
            for (GoldLine l : p.lines()) assertEquals("-", l.op(), p.id() + ": " + l);
            long body = p.lines().stream().filter(l -> l.label() == Label.BODY).count();
            assertTrue(body > (p == copy ? 5 : 7), p.id() + " has its block: " + p);
        }
    }

    @Test
    void titleDrawsPickTheHeadlineClosestToTheArticle(@TempDir Path dir) throws Exception {
        Path prose = dir.resolve("prose.txt");
        Path heads = dir.resolve("heads.tsv");
        Files.writeString(prose, "#DOC\td\n河畔公园改造工程昨天完工，公园重新向市民开放。\n改造后的河畔公园新增了步道和儿童游乐设施。\n",
                StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder("河畔公园完成改造重新开放\tlocal\n");
        for (int i = 0; i < 30; i++) h.append("地铁新线路下月试运行第").append(i).append("站\tlocal\n");
        Files.writeString(heads, h.toString(), StandardCharsets.UTF_8);
        Synth.Options o = cleanProse(prose, heads, 1);
        o.titleDraws = 3000;
        List<GoldPage> out = new Synth(o).generate(List.of());
        GoldLine title = out.get(0).lines().stream().filter(l -> l.label() == Label.BODY).findFirst().orElseThrow();
        assertEquals("河畔公园完成改造重新开放", title.text());
    }

    /** Options for {@code pages} unspammed pages assembled from the given prose and headlines. */
    private static Synth.Options cleanProse(Path prose, Path heads, int pages) {
        Synth.Options o = new Synth.Options();
        o.prose = List.of(prose);
        o.headlines = List.of(heads);
        o.prosePages = pages;
        o.spamShare = 0;
        return o;
    }

    static int run(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new SynthCommand());
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, pr) -> {
            if (ex instanceof UserError || ex instanceof org.linesift.train.InvalidInputException) { c.getErr().println(ex.getMessage()); return 2; }
            throw ex;
        });
        return cl.execute(args);
    }

    @Test
    void cliWritesAlignedOpsAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.tsv");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) sb.append("# page: t").append(i).append('\n').append(PAGE).append('\n');
        Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
        Path page = dir.resolve("x1.lines.tsv");
        Files.writeString(page, PAGE, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.tsv");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "--seed", "5", "--spam-share", "0.8", "--out", out.toString(), in.toString(), page.toString()), err.toString());
        assertTrue(err.toString().startsWith("synth: 7 pages"), err.toString());
        List<String> c = Files.readAllLines(out), ops = Files.readAllLines(dir.resolve("out.tsv.ops"));
        assertEquals(c.size(), ops.size());
        for (int i = 0; i < c.size(); i++) {
            String l = c.get(i);
            if (l.startsWith("# page:") || l.isEmpty()) { assertEquals(l, ops.get(i)); continue; }
            String label = l.substring(0, l.indexOf('\t'));
            assertEquals(label.equals("spun"), !ops.get(i).equals("-"), l + " / " + ops.get(i));
        }
        assertTrue(c.contains("# page: x1"), "a .lines.tsv file is one page named after the file");
        List<GoldPage> back = Corpus.read(out);
        assertEquals(7, back.size());

        byte[] before = Files.readAllBytes(out);
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "--seed", "6", "--out", out.toString(), in.toString()));
        assertTrue(err2.toString().contains("exists"), err2.toString());
        assertArrayEquals(before, Files.readAllBytes(out));
        assertEquals(0, run(new StringWriter(), "--seed", "6", "--force", "--out", out.toString(), in.toString()));

        assertEquals(2, run(new StringWriter(), "--out", dir.resolve("o2.tsv").toString(), dir.resolve("missing.tsv").toString()));
        StringWriter err3 = new StringWriter();
        assertEquals(2, run(err3, "--out", dir.resolve("o3.tsv").toString(), "--operators", "brand,nope", in.toString()));
        assertTrue(err3.toString().contains("nope"));
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "body\tok\nnotalabel\tx\n", StandardCharsets.UTF_8);
        StringWriter err4 = new StringWriter();
        assertEquals(2, run(err4, "--out", dir.resolve("o4.tsv").toString(), bad.toString()));
        assertTrue(err4.toString().contains("bad.tsv:2:"), err4.toString());
        assertEquals(0, run(new StringWriter(), "--lenient", "--out", dir.resolve("o5.tsv").toString(), bad.toString()));
    }

    @Test
    void runsOnTheSharedCorpus(@TempDir Path dir) throws Exception {
        Path c = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus").normalize();
        Assumptions.assumeTrue(Files.isDirectory(c.resolve("pages")), "shared corpus not available; skipping");
        Path out = dir.resolve("train.tsv");
        StringWriter err = new StringWriter();
        int rc = run(err, "--seed", "1", "--out", out.toString(), "--prose-pages", "30",
                "--table", c.resolve("raw/spam/blocklists/weiyuanchuang_synonym_table_public_half.txt").toString(),
                "--prose", c.resolve("raw/news_body/icwb2_msr_test.utf8").toString(),
                "--headlines", c.resolve("raw/headlines_nav/toutiao_headlines_test_split.tsv").toString(),
                c.resolve("pages/INDEX.tsv").toString());
        assertEquals(0, rc, err.toString());
        List<GoldPage> pages = Corpus.read(out);
        assertTrue(pages.size() > 50, "pages: " + pages.size());
    }
}
