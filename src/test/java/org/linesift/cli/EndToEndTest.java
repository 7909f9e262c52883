package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.eval.MiniJson;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** Runs the CLI with the bundled model on invented pages. Skipped until the model is built. */
class EndToEndTest {
    @TempDir
    Path dir;

    /** An invented page: blank lines, a tab, CRLF and a malformed byte inside. */
    private Path page() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String head = String.join("\n",
                "首页 | 新闻 | 财经 | 体育 | 科技",
                "",
                "青石镇举办首届稻田音乐节",
                "2031-05-02 09:15 来源：青石晚报 作者：林小雨",
                "   ",
                "本报讯 五月的第一个周末，青石镇万亩稻田边搭起了一座竹子舞台，\t首届稻田音乐节在这里开幕。",
                "活动期间，镇上的民宿几乎全部客满，游客沿着田埂一路听歌一路拍照。");
        b.write(head.getBytes(StandardCharsets.UTF_8));
        b.write("\r\n据悉，点招j9官网本次活动由镇文化站牵头组织".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[] {(byte) 0xff, (byte) 0xfe});
        b.write("，共有十二支乐队参加演出。\n\n相关新闻\n版权所有 © 2031 青石晚报\n".getBytes(StandardCharsets.UTF_8));
        Path p = dir.resolve("page.txt");
        Files.write(p, b.toByteArray());
        return p;
    }

    /** Expected (1-based line number, text) for every non-blank line of {@link #page()}. */
    private static List<Object[]> expectedRows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1, "首页 | 新闻 | 财经 | 体育 | 科技"});
        rows.add(new Object[] {3, "青石镇举办首届稻田音乐节"});
        rows.add(new Object[] {4, "2031-05-02 09:15 来源：青石晚报 作者：林小雨"});
        rows.add(new Object[] {6, "本报讯 五月的第一个周末，青石镇万亩稻田边搭起了一座竹子舞台， 首届稻田音乐节在这里开幕。"});
        rows.add(new Object[] {7, "活动期间，镇上的民宿几乎全部客满，游客沿着田埂一路听歌一路拍照。"});
        rows.add(new Object[] {8, "据悉，点招j9官网本次活动由镇文化站牵头组织\uFFFD\uFFFD，共有十二支乐队参加演出。"});
        rows.add(new Object[] {10, "相关新闻"});
        rows.add(new Object[] {11, "版权所有 © 2031 青石晚报"});
        return rows;
    }

    private static final Pattern PROB = Pattern.compile("(0|1)\\.\\d{4}");

    @Test
    void classifyTsvRowsAlignWithNonBlankLines() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path page = page();
        CliTestSupport.Result r = CliTestSupport.run("classify", "--format", "tsv", page.toString());
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\n");
        List<Object[]> expected = expectedRows();
        assertEquals(expected.size(), rows.length, r.out());
        for (int i = 0; i < rows.length; i++) {
            String[] cols = rows[i].split("\t", -1);
            assertEquals(7, cols.length, rows[i]);
            assertEquals(page.toString(), cols[0]);
            assertEquals(String.valueOf(expected.get(i)[0]), cols[1]);
            assertTrue(List.of("body", "nav", "spun").contains(cols[2]), cols[2]);
            double sum = 0;
            for (int c = 3; c <= 5; c++) {
                assertTrue(PROB.matcher(cols[c]).matches(), cols[c]);
                sum += Double.parseDouble(cols[c]);
            }
            assertEquals(1.0, sum, 0.002);
            assertEquals(expected.get(i)[1], cols[6]);
        }
    }

    @Test
    void classifyJsonlAndText() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path page = page();
        CliTestSupport.Result r = CliTestSupport.run("classify", "--format", "jsonl", page.toString(), page.toString());
        assertEquals(0, r.code(), r.err());
        List<String> all = List.of(r.out().split("\n"));
        // one page object per file, then its lines
        List<String> pages = all.stream().filter(l -> l.startsWith("{\"type\":\"page\"")).toList();
        assertEquals(2, pages.size());
        for (String p : pages) {
            Map<?, ?> o = (Map<?, ?>) MiniJson.parse(p);
            assertEquals(List.of("type", "file", "lines", "verdict", "spam_score", "spun_lines"), List.copyOf(o.keySet()));
            assertTrue(List.of("clean", "spammed", "spam-site").contains(o.get("verdict")));
        }
        String[] rows = all.stream().filter(l -> !l.startsWith("{\"type\":\"page\"")).toArray(String[]::new);
        List<Object[]> expected = expectedRows();
        assertEquals(2 * expected.size(), rows.length);
        for (int i = 0; i < rows.length; i++) {
            Map<?, ?> o = (Map<?, ?>) MiniJson.parse(rows[i]);
            assertEquals(List.of("type", "file", "line", "label", "p_body", "p_nav", "p_spun", "text", "spans", "cleaned", "reasons"), List.copyOf(o.keySet()));
            assertEquals("line", o.get("type"));
            assertEquals(page.toString(), o.get("file"));
            Object[] e = expected.get(i % expected.size());
            assertEquals(((Integer) e[0]).doubleValue(), o.get("line"));
            // jsonl keeps the text exactly (the tab included)
            assertEquals(((String) e[1]).replace("舞台， 首届", "舞台，\t首届"), o.get("text"));
        }
        CliTestSupport.Result t = CliTestSupport.run("classify", page.toString());
        assertEquals(0, t.code(), t.err());
        assertEquals(expected.size(), t.out().split("\n").length);
        assertFalse(t.out().contains("\u001b["), "no colour when not a terminal");
    }

    @Test
    void scoreJsonHasAllKeysAndErrorsFile() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, String.join("\n",
                "# page: invented-1",
                "nav\t首页 | 新闻 | 财经 | 体育 | 科技",
                "body\t青石镇举办首届稻田音乐节",
                "nav\t2031-05-02 09:15 来源：青石晚报",
                "body\t本报讯 五月的第一个周末，青石镇万亩稻田边搭起了一座竹子舞台，首届稻田音乐节在这里开幕。",
                "spun\t据悉，点招j9官网本次活动由镇文化站牵头组织，共有十二支乐队参加演出。",
                "unk\t（完）",
                "nav\t版权所有 © 2031 青石晚报",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.tsv.ops"), "# page: invented-1\n-\n-\n-\n-\nbrand\n-\n-\n");
        Path errors = dir.resolve("errors.tsv");
        CliTestSupport.Result r = CliTestSupport.run("score", "--json", "--errors", errors.toString(), gold.toString());
        assertEquals(0, r.code(), r.err());
        Object root = MiniJson.parse(r.out().strip());
        for (String k : new String[] {"lines", "accuracy", "macro_f1", "lines_per_second", "spun_recall_by_operator.brand"}) {
            MiniJson.at(root, k);
        }
        for (String c : new String[] {"body", "nav", "spun"}) {
            for (String m : new String[] {"precision", "recall", "f1", "support"}) MiniJson.at(root, "classes." + c + "." + m);
            for (String p : new String[] {"body", "nav", "spun"}) MiniJson.at(root, "confusion." + c + "." + p);
        }
        assertEquals(6.0, MiniJson.at(root, "lines"));
        List<String> err = Files.readAllLines(errors);
        assertEquals("page\tline\tgold\tpred\tp_body\tp_nav\tp_spun\top\tprev_text\ttext\tnext_text", err.get(0));
        for (String row : err.subList(1, err.size())) assertEquals(11, row.split("\t", -1).length, row);
        assertEquals(1.0, MiniJson.at(root, "pages.spammed.pages"), "the page has a gold spun line");
        assertEquals(0.0, MiniJson.at(root, "pages.clean.pages"));

        // --all-lines: every labelled line (six; the unk line 6 is context only), numbered within the page
        Path all = dir.resolve("all.tsv");
        CliTestSupport.Result every = CliTestSupport.run("score", "--errors", all.toString(), "--all-lines", gold.toString());
        assertEquals(0, every.code(), every.err());
        List<String> rows = Files.readAllLines(all);
        assertEquals(err.get(0), rows.get(0));
        assertEquals(List.of("1", "2", "3", "4", "5", "7"), rows.subList(1, rows.size()).stream().map(x -> x.split("\t")[1]).toList());
        CliTestSupport.Result alone = CliTestSupport.run("score", "--all-lines", gold.toString());
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("--all-lines needs --errors FILE"), alone.err());

        // --ops overrides the sibling: with every op "-" there is no per-operator recall
        Path ops = dir.resolve("other.ops");
        Files.writeString(ops, "#\n-\n-\n-\n-\n-\n-\n-\n");
        CliTestSupport.Result r2 = CliTestSupport.run("score", "--json", "--ops", ops.toString(), gold.toString());
        assertEquals(0, r2.code(), r2.err());
        assertFalse(((Map<?, ?>) MiniJson.parse(r2.out().strip())).containsKey("spun_recall_by_operator"));

        CliTestSupport.Result text = CliTestSupport.run("score", gold.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("macro-F1"), text.out());

        // --traditional: the same six lines, rewritten in traditional characters, are scored
        CliTestSupport.Result trad = CliTestSupport.run("score", "--json", "--traditional", "--errors", all.toString(), "--all-lines", gold.toString());
        assertEquals(0, trad.code(), trad.err());
        assertEquals(6.0, MiniJson.at(MiniJson.parse(trad.out().strip()), "lines"));
        assertTrue(Files.readString(all).contains("本報訊 五月的第一個週末"), "the errors file shows the rewritten text");
    }

    @Test
    void lenientScoreSkipsBadLines() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "body\t一段正文，讲述青石镇的故事。\nno tab here\nnav\t首页\nwhat\t标签不对\n");
        CliTestSupport.Result r = CliTestSupport.run("score", "--lenient", "--json", gold.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped 2 bad lines"), r.err());
        assertEquals(2.0, MiniJson.at(MiniJson.parse(r.out().strip()), "lines"));
    }

    @Test
    void devSetScoreJson() {
        CliTestSupport.assumeBundledModel();
        Path shared = CliTestSupport.assumeShared();
        Path dev = shared.resolve("corpus/dev.tsv");
        CliTestSupport.Result r = CliTestSupport.run("score", "--json", dev.toString());
        assertEquals(0, r.code(), r.err());
        Object root = MiniJson.parse(r.out().strip());
        double macro = (Double) MiniJson.at(root, "macro_f1");
        assertTrue(macro > 0 && macro <= 1, "macro_f1 " + macro);
        assertTrue(MiniJson.at(root, "spun_recall_by_operator") instanceof Map);
    }

    @Test
    void classifyCorpusFormatReadsBackAsALabelledCorpusWithTheTsvLabels() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path page = page();
        CliTestSupport.Result tsv = CliTestSupport.run("classify", "--format", "tsv", page.toString());
        CliTestSupport.Result corpus = CliTestSupport.run("classify", "--format", "corpus", page.toString(), page.toString());
        assertEquals(0, corpus.code(), corpus.err());
        Path file = dir.resolve("out.tsv");
        Files.writeString(file, corpus.out());
        List<org.linesift.train.GoldPage> pages = org.linesift.train.Corpus.read(file);
        assertEquals(2, pages.size(), corpus.out());
        String[] rows = tsv.out().split("\n");
        for (org.linesift.train.GoldPage p : pages) {
            assertEquals(page.toString(), p.id());
            assertEquals(rows.length, p.lines().size());
            for (int i = 0; i < rows.length; i++) {
                String[] cols = rows[i].split("\t", -1);
                assertEquals(cols[2], p.lines().get(i).label().id(), rows[i]);
                assertEquals(cols[6], p.lines().get(i).text(), "tabs become spaces, as in tsv");
            }
        }
    }

    @Test
    void noKnownBrandsLeavesABrandNamedInPassingToTheModel() throws Exception {
        CliTestSupport.assumeBundledModel();
        // invented: a clean page whose one paragraph names a listed brand in passing, as a gold-labelled corpus file
        String brandLine = "在已经开工的南门街道试点小区，尊龙凯时施工队正在更换老化的供水管道，居民王阿姨告诉记者，这次改造完成后问题有望彻底解决。";
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, String.join("\n", "# page: brand-in-passing",
                "nav\t首页 | 国内 | 国际 | 财经 | 体育",
                "body\t青溪市老旧小区改造全面启动 今年惠及三万余户居民",
                "nav\t2031-03-18 09:42 来源：青溪日报 作者：周晓岚",
                "body\t记者从青溪市住房和城乡建设局获悉，今年全市将对一百二十个老旧小区实施改造，涉及居民三万余户，改造内容包括管网更新、外墙保温、加装电梯和停车设施建设。",
                "body\t" + brandLine,
                "body\t据了解，全部改造项目计划于今年十一月底前完工，市里将组织第三方机构对工程质量进行验收，并在小区公示栏公开验收结果，接受居民监督。",
                "nav\t关于我们 | 联系我们 | 广告服务 | 网站地图") + "\n");
        Path errors = dir.resolve("errors.tsv");
        CliTestSupport.Result listed = CliTestSupport.run("score", "--json", "--errors", errors.toString(), gold.toString());
        assertEquals(0, listed.code(), listed.err());
        List<String> wrong = Files.readAllLines(errors);
        assertEquals(2, wrong.size(), "a header and the brand line, called spun: " + wrong);
        assertTrue(wrong.get(1).contains("\tbody\tspun\t") && wrong.get(1).contains(brandLine), wrong.get(1));
        CliTestSupport.Result unlisted = CliTestSupport.run("score", "--json", "--no-known-brands", "--errors", errors.toString(), gold.toString());
        assertEquals(0, unlisted.code(), unlisted.err());
        assertEquals(1, Files.readAllLines(errors).size(), "every line right without the list: " + Files.readAllLines(errors));
        assertEquals(1.0, ((Number) MiniJson.at(MiniJson.parse(unlisted.out()), "accuracy")).doubleValue(), 1e-9);

        Path page = dir.resolve("page.txt");
        Files.writeString(page, String.join("\n", Files.readAllLines(gold).stream().skip(1).map(l -> l.substring(l.indexOf('\t') + 1)).toList()));
        String withList = CliTestSupport.run("classify", "--format", "tsv", page.toString()).out().split("\n")[4];
        String without = CliTestSupport.run("classify", "--format", "tsv", "--no-known-brands", page.toString()).out().split("\n")[4];
        assertEquals("spun", withList.split("\t")[2], withList);
        assertEquals("body", without.split("\t")[2], without);
    }
}
