package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.feature.CharLm;
import org.linesift.feature.FeatureConfig;
import org.linesift.model.LinearModel;
import org.linesift.model.Model;
import org.linesift.model.ModelFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class ContextPassCliTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            # page: qingxi-1
            nav\t首页 | 新闻 | 体育 | 财经
            body\t青溪老城区改造工程正式启动
            body\t据市住房和城乡建设局介绍，此次改造优先更换使用超过三十年的供水管网和燃气管道。
            body\t街道先后组织了十七场居民议事会，收集意见建议四百余条。
            unk\t（完）
            nav\t相关新闻
            nav\t青溪召开防汛工作会议
            nav\t版权所有 青溪日报社
            """;

    private Path model(String name, long seed) throws Exception {
        FeatureConfig cfg = new FeatureConfig(FeatureConfig.CURRENT_VERSION, 10, 64, FeatureConfig.WORDS | FeatureConfig.LM);
        float[] w = new float[cfg.dimension() * 3];
        Random r = new Random(seed);
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        LinearModel lin = new LinearModel(cfg.dimension(), 3, w, new float[]{0.5f, 0f, -3f});
        CharLm lm = new CharLm.Builder().add("城南新区招商引资再创佳绩").build(0.75);
        Path p = dir.resolve(name);
        Files.write(p, ModelFile.write(new Model(cfg, lm, lin, null, name)));
        return p;
    }

    @Test
    void trainsTreesOnTheFoldsAndAddsThemToTheModel() throws Exception {
        Path folds = Files.createDirectory(dir.resolve("folds"));
        model("folds/fold-1.lsm", 1);
        model("folds/fold-2.lsm", 2);
        Files.writeString(folds.resolve("fold-1.tsv"), PAGE);
        Files.writeString(folds.resolve("fold-2.tsv"), PAGE.replace("qingxi-1", "qingxi-2") + PAGE.replace("qingxi-1", "qingxi-3"));
        Path base = model("base.lsm", 3);
        Path out = dir.resolve("with-trees.lsm");
        CliTestSupport.Result r = CliTestSupport.run("context-pass", "--cv", "--trees", "5", "--leaves", "4",
                "--model", base.toString(), "--folds", folds.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String[] err = r.errLines();
        // 7 body or nav lines a page (the unk line is no row), fewer where the fold's model calls a line spun
        assertTrue(err[0].matches("linesift: fold 1: 1 pages \\(and as many cut short\\), [0-7] body or nav lines"), err[0]);
        assertTrue(err[1].matches("linesift: fold 2: 2 pages \\(and as many cut short\\), ([0-9]|1[0-4]) body or nav lines"), err[1]);
        assertTrue(err[2].startsWith("linesift: each fold left out, pooled: body F1 "), err[2]);
        assertTrue(err[3].startsWith("linesift: 5 trees on "), err[3]);
        Model m = ModelFile.read(out);
        Model b = ModelFile.read(base);
        assertEquals(5, m.contextTrees().trees());
        assertArrayEquals(b.lineModel().quantisedWeights(), m.lineModel().quantisedWeights(), "the passes are kept");
        assertTrue(m.note().startsWith("base.lsm; linesift context-pass --cv"), m.note());

        byte[] before = Files.readAllBytes(out);
        CliTestSupport.assertUserError("already exists (use --force to overwrite)", "context-pass",
                "--model", base.toString(), "--folds", folds.toString(), "--out", out.toString());
        assertArrayEquals(before, Files.readAllBytes(out), "the existing file is kept");
    }

    @Test
    void pagesCanComeFromTheTrainingDataByTheirIds() throws Exception {
        Path folds = Files.createDirectory(dir.resolve("folds"));
        model("folds/fold-1.lsm", 1);
        Files.writeString(folds.resolve("fold-1.tsv"), PAGE);
        Path base = model("base.lsm", 3);
        // the page as trained: a table inside its article (three more body lines)
        String asTrained = PAGE.replace("body\t街道", "body\t专业\nbody\t人数\nbody\t120\nbody\t街道");
        Path data = dir.resolve("train.tsv");
        Files.writeString(data, PAGE.replace("qingxi-1", "qingxi-0") + asTrained);
        Path out = dir.resolve("o.lsm");
        CliTestSupport.Result r = CliTestSupport.run("context-pass", "--trees", "2", "--pages", data.toString(),
                "--model", base.toString(), "--folds", folds.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        CliTestSupport.Result plain = CliTestSupport.run("context-pass", "--trees", "2",
                "--model", base.toString(), "--folds", folds.toString(), "--out", dir.resolve("p.lsm").toString());
        assertEquals(0, plain.code(), plain.err());
        int with = Integer.parseInt(r.errLines()[0].replaceAll(".*, (\\d+) body or nav lines", "$1"));
        int without = Integer.parseInt(plain.errLines()[0].replaceAll(".*, (\\d+) body or nav lines", "$1"));
        assertTrue(with > without, r.err() + plain.err());

        Files.writeString(data, PAGE.replace("qingxi-1", "qingxi-0"));
        CliTestSupport.assertUserError("linesift: " + data + ": has no page qingxi-1 of " + folds.resolve("fold-1.tsv") + "\n",
                "context-pass", "--force", "--pages", data.toString(), "--model", base.toString(), "--folds", folds.toString(), "--out", out.toString());
    }

    @Test
    void userErrorsAreOneLine() throws Exception {
        Path base = model("base.lsm", 3);
        Path out = dir.resolve("o.lsm");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliTestSupport.assertUserError("linesift: " + empty + ": no fold-1.lsm (not a train --cv-models directory)\n",
                "context-pass", "--model", base.toString(), "--folds", empty.toString(), "--out", out.toString());
        Path half = Files.createDirectory(dir.resolve("half"));
        model("half/fold-1.lsm", 1);
        CliTestSupport.assertUserError("linesift: " + half.resolve("fold-1.tsv") + ": missing (each fold-K.lsm needs its held-out pages)\n",
                "context-pass", "--model", base.toString(), "--folds", half.toString(), "--out", out.toString());
        CliTestSupport.assertUserError("linesift: --trees must be 1 to 4096\n",
                "context-pass", "--trees", "0", "--model", base.toString(), "--folds", half.toString(), "--out", out.toString());
        CliTestSupport.assertUserError("linesift: --subsample must be above 0 and at most 1\n",
                "context-pass", "--subsample", "1.5", "--model", base.toString(), "--folds", half.toString(), "--out", out.toString());
        assertFalse(Files.exists(out));
    }
}
