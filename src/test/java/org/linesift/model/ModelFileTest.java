package org.linesift.model;

import org.junit.jupiter.api.Test;
import org.linesift.ModelFormatException;
import org.linesift.feature.CharLm;
import org.linesift.feature.FeatureConfig;

import java.nio.ByteBuffer;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class ModelFileTest {
    static Model smallModel(boolean twoPass) {
        FeatureConfig cfg = new FeatureConfig(FeatureConfig.CURRENT_VERSION, 10, 64, FeatureConfig.WORDS | FeatureConfig.LM);
        Random r = new Random(3);
        float[] w = new float[cfg.dimension() * 3];
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        LinearModel lin = new LinearModel(cfg.dimension(), 3, w, new float[]{0.5f, -0.25f, 0f});
        CharLm lm = new CharLm.Builder().add("城南新区招商引资再创佳绩").add("今年以来新签约项目十二个").build(0.75);
        return new Model(cfg, lm, lin, twoPass ? lin : null, "test model");
    }

    @Test
    void roundTripKeepsEverything() throws Exception {
        Model m = smallModel(true);
        byte[] bytes = ModelFile.write(m);
        Model back = ModelFile.read(bytes, "test");
        assertEquals(m.config(), back.config());
        assertEquals("test model", back.note());
        assertNotNull(back.pageModel());
        float[] a = m.lineModel().weights(), b = back.lineModel().weights();
        float max = 0;
        for (float v : a) max = Math.max(max, Math.abs(v));
        for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], max / 30000, "weight " + i);
        assertArrayEquals(m.lineModel().bias(), back.lineModel().bias());
        for (char x : "城南新区招商".toCharArray()) {
            for (char y : "南新区招商引资乐".toCharArray()) assertEquals(m.lm().bigramQ(x, y), back.lm().bigramQ(x, y));
        }
        assertArrayEquals(bytes, ModelFile.write(back), "writing is deterministic");
    }

    @Test
    void trigramsRoundTripAndAFileThatNeedsThemMustHaveThem() throws Exception {
        FeatureConfig cfg = new FeatureConfig(FeatureConfig.CURRENT_VERSION, 10, 64, FeatureConfig.WORDS | FeatureConfig.LM | FeatureConfig.LM_TRIGRAMS);
        LinearModel lin = new LinearModel(cfg.dimension(), 3, new float[cfg.dimension() * 3], new float[3]);
        CharLm lm = new CharLm.Builder().trigrams(12).add("城南新区招商引资再创佳绩").build(0.75);
        byte[] bytes = ModelFile.write(new Model(cfg, lm, lin, null, "with trigrams"));
        CharLm back = ModelFile.read(bytes, "t").lm();
        assertTrue(back.hasTrigrams());
        assertArrayEquals(lm.trigramFilter(), back.trigramFilter());
        assertTrue(back.trigramSeen('招', '商', '引'));
        assertFalse(back.trigramSeen('商', '招', '引'));
        assertArrayEquals(bytes, ModelFile.write(ModelFile.read(bytes, "t")), "writing is deterministic");

        CharLm plain = new CharLm.Builder().add("城南新区招商引资再创佳绩").build(0.75);
        byte[] without = ModelFile.write(new Model(cfg, plain, lin, null, "trigram features, no trigrams"));
        assertEquals("w: configuration needs the language model's trigrams but the file has none",
                assertThrows(ModelFormatException.class, () -> ModelFile.read(without, "w")).getMessage());
    }

    @Test
    void refusesTruncatedFiles() {
        byte[] bytes = ModelFile.write(smallModel(false));
        for (int len : new int[]{0, 3, 8, 13, 100, bytes.length / 2, bytes.length - 1}) {
            byte[] cut = java.util.Arrays.copyOf(bytes, len);
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.read(cut, "cut"));
            assertTrue(e.getMessage().startsWith("cut: "), e.getMessage());
            if (len >= 14) assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void refusesFeatureFlagsItDoesNotKnow() {
        Model m = smallModel(false);
        FeatureConfig future = new FeatureConfig(FeatureConfig.CURRENT_VERSION, 10, 64, m.config().flags() | Integer.highestOneBit(FeatureConfig.KNOWN_FLAGS) << 1);
        byte[] bytes = ModelFile.write(new Model(future, m.lm(), m.lineModel(), null, "from a newer LineSift"));
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.read(bytes, "m"));
        assertEquals("m: the model asks for features this LineSift does not compute (flags 0x"
                + Integer.toHexString(Integer.highestOneBit(FeatureConfig.KNOWN_FLAGS) << 1) + "); use a newer LineSift", e.getMessage());
    }

    @Test
    void refusesCorruptBytes() {
        byte[] bytes = ModelFile.write(smallModel(false));
        bytes[bytes.length / 2] ^= 0x40;
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.read(bytes, "m"));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
    }

    @Test
    void refusesWrongMagicAndOtherVersions() {
        byte[] bytes = ModelFile.write(smallModel(false));
        byte[] magic = bytes.clone();
        magic[0] = 'X';
        assertTrue(assertThrows(ModelFormatException.class, () -> ModelFile.read(magic, "m")).getMessage().contains("wrong magic"));
        byte[] version = bytes.clone();
        ByteBuffer.wrap(version).putShort(8, (short) 2);
        assertTrue(assertThrows(ModelFormatException.class, () -> ModelFile.read(version, "m")).getMessage().contains("version 2 is not supported"));
        byte[] extra = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        assertTrue(assertThrows(ModelFormatException.class, () -> ModelFile.read(extra, "m")).getMessage().contains("unexpected bytes"));
    }

    @Test
    void fuzzedBytesNeverEscapeAsAnythingElse() {
        byte[] bytes = ModelFile.write(smallModel(true));
        Random r = new Random(11);
        for (int t = 0; t < 200; t++) {
            byte[] b = bytes.clone();
            int flips = 1 + r.nextInt(4);
            for (int k = 0; k < flips; k++) b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
            if (r.nextBoolean()) b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            byte[] fb = b;
            assertThrows(ModelFormatException.class, () -> ModelFile.read(fb, "fuzz"));
        }
    }

    @Test
    void scoringGivesAProbabilityDistribution() {
        Model m = smallModel(false);
        float[] out = new float[3];
        m.lineModel().probabilities(new int[]{1, 5, 900, -3, 1 << 20}, 5, out, 0);
        assertEquals(1.0, out[0] + out[1] + out[2], 1e-5);
        for (float p : out) assertTrue(p > 0 && p < 1);
    }
}
