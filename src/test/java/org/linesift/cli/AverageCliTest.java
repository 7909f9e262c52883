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

import static org.junit.jupiter.api.Assertions.*;

class AverageCliTest {
    @TempDir
    Path dir;

    private Path model(String name, float weight, String lmText) throws Exception {
        FeatureConfig cfg = new FeatureConfig(FeatureConfig.CURRENT_VERSION, 10, 64, FeatureConfig.WORDS | FeatureConfig.LM);
        float[] w = new float[cfg.dimension() * 3];
        java.util.Arrays.fill(w, weight);
        LinearModel lin = new LinearModel(cfg.dimension(), 3, w, new float[] {weight, 0f, -weight});
        CharLm lm = new CharLm.Builder().add(lmText).build(0.75);
        Path p = dir.resolve(name);
        Files.write(p, ModelFile.write(new Model(cfg, lm, lin, null, name)));
        return p;
    }

    @Test
    void writesTheMeanAndRefusesWhatCannotBeAveraged() throws Exception {
        Path a = model("a.lsm", 1f, "城南新区招商引资再创佳绩");
        Path b = model("b.lsm", 3f, "城南新区招商引资再创佳绩");
        Path out = dir.resolve("mean.lsm");
        CliTestSupport.Result r = CliTestSupport.run("average", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        Model mean = ModelFile.read(out);
        assertEquals(2f, mean.lineModel().weight(7, 1), 1e-3);
        assertArrayEquals(new float[] {2f, 0f, -2f}, mean.lineModel().bias(), 1e-6f);

        byte[] before = Files.readAllBytes(out);
        r = CliTestSupport.run("average", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(2, r.code());
        assertEquals("linesift: " + out + ": already exists (use --force to overwrite)\n", r.err());
        assertArrayEquals(before, Files.readAllBytes(out), "the existing file is kept");

        Path other = model("other.lsm", 1f, "完全不同的一段文字");
        r = CliTestSupport.run("average", "--force", "--out", out.toString(), a.toString(), other.toString());
        assertEquals(2, r.code());
        assertEquals("linesift: " + other + ": differs from " + a + " in its language model; only models trained with the same settings and texts can be averaged\n", r.err());
        assertArrayEquals(before, Files.readAllBytes(out));

        // a context pass has no mean: the average drops it and says so
        Model withTrees = ModelFile.read(a).withContextTrees(new org.linesift.model.TreeEnsemble(64, 1f, new int[]{1},
                new short[]{-1}, new float[]{0f}, new int[]{0}, new int[]{0}), "a with trees");
        Path t = dir.resolve("t.lsm");
        Files.write(t, ModelFile.write(withTrees));
        Path mean2 = dir.resolve("mean2.lsm");
        r = CliTestSupport.run("average", "--out", mean2.toString(), t.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertNull(ModelFile.read(mean2).contextTrees());
        assertTrue(r.err().endsWith("linesift: the models' context passes are not averaged (trees have no mean): the mean has none; add one with linesift context-pass\n"), r.err());

        r = CliTestSupport.run("average", "--out", dir.resolve("x.lsm").toString(), dir.resolve("missing.lsm").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
