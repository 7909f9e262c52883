package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Trains on a tiny invented corpus: checks the command's plumbing, not the model's quality. */
class TrainCommandTest {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        StringBuilder sb = new StringBuilder();
        String[] towns = {"青溪", "柳塘", "白石", "东渡", "南坪", "北岭"};
        for (int p = 0; p < towns.length; p++) {
            String t = towns[p];
            sb.append("# page: invented-").append(p).append('\n');
            sb.append("nav\t首页 | 新闻 | 社会 | 财经 | 体育\n");
            sb.append("nav\t当前位置：首页 > 社会\n");
            sb.append("body\t").append(t).append("镇新建社区图书馆正式开放\n");
            sb.append("nav\t2031-0").append(p + 1).append("-12 10:20 来源：").append(t).append("晚报\n");
            sb.append("body\t").append(t).append("镇社区图书馆位于镇中心广场东侧，藏书两万余册，每天开放十二小时。\n");
            sb.append("spun\t据悉，点招j9官网").append(t).append("镇图书馆还设有儿童阅览区和自习室。\n");
            sb.append("body\t工作人员介绍，图书馆将定期举办读书会和讲座，欢迎居民参加。\n");
            sb.append("unk\t（完）\n");
            sb.append("nav\t分享到：微信 微博\n");
            sb.append("nav\t版权所有 © 2031 ").append(t).append("晚报\n\n");
        }
        Path c = dir.resolve("train.tsv");
        Files.writeString(c, sb, StandardCharsets.UTF_8);
        return c;
    }

    @Test
    void crossValidatesWithoutWritingAModel() throws Exception {
        Path c = corpus();
        CliTestSupport.Result r = CliTestSupport.run("train", "--cv", "2", "--folds", "0", "--max-iter", "30", "--hash-bits", "12", c.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("fold 1: 3 pages, macro-F1"), r.out());
        assertTrue(r.out().contains("fold 2: 3 pages, macro-F1"), r.out());
        assertTrue(r.out().contains("cross-validated macro-F1"), r.out());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the corpus: --cv writes no model");
        }
        CliTestSupport.assertUserError("--cv must be in 2..20", "train", "--cv", "1", c.toString());
        CliTestSupport.assertUserError("missing --out FILE", "train", c.toString());
    }

    @Test
    void cvSkipScoresOnlyTheOtherHeldOutPages() throws Exception {
        Path c = corpus();
        // pages invented-0 .. invented-5: skipping invented-1 and invented-2 leaves fewer pages scored
        CliTestSupport.Result r = CliTestSupport.run("train", "--cv", "2", "--cv-skip", "invented-1", "--cv-skip", "invented-2",
                "--folds", "0", "--max-iter", "30", "--hash-bits", "12", c.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(4, scoredPages(r.out()), r.out());
        CliTestSupport.Result all = CliTestSupport.run("train", "--cv", "2", "--cv-skip", "invented-", "--folds", "0",
                "--max-iter", "30", "--hash-bits", "12", c.toString());
        assertEquals(2, all.code(), all.err());
        assertTrue(all.err().contains("every held-out page matches --cv-skip"), all.err());
        assertFalse(all.err().contains("Exception"), all.err());
    }

    @Test
    void cvTestScoresTheHeldOutPagesOfAnotherFileByTheirIds() throws Exception {
        Path c = corpus();
        // the test file: invented-0 as a synth copy (id#2) and invented-4, plus a page that is in no fold
        String page = "nav\t首页 | 新闻\nbody\t青溪镇新建社区图书馆正式开放\nbody\t图书馆将定期举办读书会和讲座，欢迎居民参加。\nnav\t版权所有\n";
        Path test = dir.resolve("test.tsv");
        Files.writeString(test, "# page: invented-0#2\n" + page + "\n# page: invented-4\n" + page + "\n# page: elsewhere\n" + page,
                StandardCharsets.UTF_8);
        CliTestSupport.Result r = CliTestSupport.run("train", "--cv", "2", "--cv-test", test.toString(), "--folds", "0",
                "--max-iter", "30", "--hash-bits", "12", c.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, scoredPages(r.out()), r.out());
        CliTestSupport.assertUserError("--cv-test needs --cv", "train", "--cv-test", test.toString(), "--out", dir.resolve("m.lsm").toString(), c.toString());
    }

    @Test
    void cvPredictionsWritesEveryHeldOutLabelledLine() throws Exception {
        Path c = corpus();
        Path pred = dir.resolve("pred.tsv");
        CliTestSupport.Result r = CliTestSupport.run("train", "--cv", "2", "--cv-predictions", pred.toString(), "--folds", "0",
                "--max-iter", "30", "--hash-bits", "12", c.toString());
        assertEquals(0, r.code(), r.err());
        java.util.List<String> rows = Files.readAllLines(pred);
        assertEquals(org.linesift.eval.ErrorsTsv.HEADER.strip(), rows.get(0));
        // six pages of ten lines, one of them unlabelled (unk): 54 labelled lines, each held out once
        assertEquals(1 + 54, rows.size());
        java.util.Set<String> pages = new java.util.TreeSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            pages.add(f[0]);
            double sum = Double.parseDouble(f[4]) + Double.parseDouble(f[5]) + Double.parseDouble(f[6]);
            assertEquals(1.0, sum, 1e-3, row);
            assertNotEquals("unk", f[2], row);
        }
        assertEquals(6, pages.size());
        CliTestSupport.assertUserError("already exists (use --force to overwrite)", "train", "--cv", "2", "--cv-predictions", pred.toString(), c.toString());
        CliTestSupport.assertUserError("--cv-predictions needs --cv", "train", "--cv-predictions", pred.toString(), "--out", dir.resolve("m.lsm").toString(), c.toString());
    }

    @Test
    void cvModelsKeepsEachFoldsModelAndHeldOutPagesWhichScoreAsTheFoldDid() throws Exception {
        Path c = corpus();
        Path out = dir.resolve("folds");
        CliTestSupport.Result r = CliTestSupport.run("train", "--cv", "2", "--cv-models", out.toString(), "--folds", "0",
                "--max-iter", "30", "--hash-bits", "12", c.toString());
        assertEquals(0, r.code(), r.err());
        int pages = 0;
        for (int fold = 1; fold <= 2; fold++) {
            Path model = out.resolve("fold-" + fold + ".lsm"), held = out.resolve("fold-" + fold + ".tsv");
            assertTrue(Files.isRegularFile(model) && Files.isRegularFile(held), "fold " + fold);
            pages += (int) Files.readAllLines(held).stream().filter(l -> l.startsWith("# page: ")).count();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("fold " + fold + ": \\d+ pages, macro-F1 (\\S+)").matcher(r.out());
            assertTrue(m.find(), r.out());
            CliTestSupport.Result s = CliTestSupport.run("score", "--model", model.toString(), held.toString());
            assertEquals(0, s.code(), s.err());
            assertTrue(s.out().matches("(?s).*macro-F1\\s+" + java.util.regex.Pattern.quote(m.group(1)) + "\\b.*"), s.out() + " vs " + m.group(1));
        }
        assertEquals(6, pages);
        CliTestSupport.assertUserError("already exists (use --force to overwrite)", "train", "--cv", "2", "--cv-models", out.toString(), c.toString());
        CliTestSupport.assertUserError("--cv-models needs --cv", "train", "--cv-models", out.toString(), "--out", dir.resolve("m.lsm").toString(), c.toString());
    }

    /** The pages the folds of a {@code train --cv} run scored, summed from its "fold N: P pages" lines. */
    private static int scoredPages(String out) {
        int scored = 0;
        for (String l : out.split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^fold \\d: (\\d+) pages").matcher(l);
            if (m.find()) scored += Integer.parseInt(m.group(1));
        }
        return scored;
    }

    @Test
    void insertionTestIsOnByDefaultAndCanBeLeftOut() throws Exception {
        Path corpus = corpus();
        Path prose = dir.resolve("prose.txt");
        Files.writeString(prose, "今年以来，城南新区坚持招商引资，新签约项目十二个，总投资超过八十亿元。\n"
                + "区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。\n", StandardCharsets.UTF_8);
        for (boolean leaveOut : new boolean[]{false, true}) {
            Path out = dir.resolve(leaveOut ? "without.lsm" : "with.lsm");
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("train", "--out", out.toString(),
                    "--lm-text", prose.toString(), "--max-iter", "30", "--hash-bits", "12", "--folds", "0"));
            if (leaveOut) args.add("--no-insertion-test");
            args.add(corpus.toString());
            CliTestSupport.Result r = CliTestSupport.run(args.toArray(new String[0]));
            assertEquals(0, r.code(), r.err());
            org.linesift.feature.FeatureConfig cfg = org.linesift.model.ModelFile.read(out).config();
            assertTrue(cfg.has(org.linesift.feature.FeatureConfig.LM), cfg.toString());
            assertEquals(!leaveOut, cfg.has(org.linesift.feature.FeatureConfig.INSERTION), cfg.toString());
        }
    }

    @Test
    void trainsWritesAndScoresDev() throws Exception {
        Path corpus = corpus();
        Path out = dir.resolve("sub/model.lsm");
        CliTestSupport.Result r = CliTestSupport.run("train", "--out", out.toString(), "--seed", "7",
                "--dev", corpus.toString(), corpus.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out) > 0);
        assertTrue(r.out().contains("macro-F1"), r.out());
        assertTrue(r.err().contains("wrote " + out), r.err());

        CliTestSupport.Result again = CliTestSupport.run("train", "--out", out.toString(), corpus.toString());
        assertEquals(2, again.code(), again.err());
        CliTestSupport.Result forced = CliTestSupport.run("train", "--force", "--out", out.toString(), corpus.toString());
        assertEquals(0, forced.code(), forced.err());

        Path page = dir.resolve("page.txt");
        Files.writeString(page, "首页 | 新闻\n青溪镇新建社区图书馆正式开放\n");
        CliTestSupport.Result c = CliTestSupport.run("classify", "--model", out.toString(), "--format", "tsv", page.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals(2, c.out().split("\n").length, c.out());
    }

    @Test
    void spinnerWordsComeFromATableAndNeedTheLexiconsTexts() throws Exception {
        Path c = corpus();
        Path table = dir.resolve("table.txt"), prose = dir.resolve("prose.txt"), spam = dir.resolve("spam.txt");
        Files.writeString(table, "学校→黉舍\n什么→甚么\n", StandardCharsets.UTF_8);
        Files.writeString(prose, "青溪镇新建社区图书馆正式开放，藏书两万余册。\n工作人员介绍，图书馆将定期举办读书会。\n", StandardCharsets.UTF_8);
        Files.writeString(spam, "点招j9官网注册送彩金\n点招j9官网注册送彩金\n点招j9官网注册送彩金\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("model.lsm");
        CliTestSupport.assertUserError("--spin-table needs --spam-text and --lm-text", "train", "--out", out.toString(),
                "--spin-table", table.toString(), "--lm-text", prose.toString(), c.toString());
        CliTestSupport.assertUserError("--spin-max-count needs --spin-table", "train", "--out", out.toString(),
                "--spin-max-count", "3", c.toString());
        CliTestSupport.Result r = CliTestSupport.run("train", "--out", out.toString(), "--folds", "0", "--max-iter", "30",
                "--hash-bits", "12", "--lm-text", prose.toString(), "--spam-text", spam.toString(),
                "--spin-table", table.toString(), "--spin-max-count", "0", c.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("spinner words: 2 of 2 table output words occur at most 0 times in the prose"), r.err());
        org.linesift.feature.FeatureConfig cfg = org.linesift.model.ModelFile.read(out).config();
        assertTrue(cfg.has(org.linesift.feature.FeatureConfig.SPIN_WORDS), cfg.toString());
        assertTrue(cfg.toString().contains("spinner words"), cfg.toString());
    }
}
