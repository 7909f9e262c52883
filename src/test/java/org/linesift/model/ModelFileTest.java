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
        ByteBuffer.wrap(version).putShort(8, (short) 3);
        assertEquals("m: model format version 3 is not supported (this LineSift reads versions 1 to 2)",
                assertThrows(ModelFormatException.class, () -> ModelFile.read(version, "m")).getMessage());
        byte[] extra = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        assertTrue(assertThrows(ModelFormatException.class, () -> ModelFile.read(extra, "m")).getMessage().contains("unexpected bytes"));
    }

    /** Two trees over 3 features: {@code x0 <= 0.5 ? (x2 <= 1 ? -1 : 2) : 0.25} and a lone leaf of 0.125. */
    static TreeEnsemble smallTrees() {
        return new TreeEnsemble(3, -0.5f, new int[]{5, 1}, new short[]{0, 2, -1, -1, -1, -1},
                new float[]{0.5f, 1f, 0.25f, -1f, 2f, 0.125f}, new int[]{1, 3, 0, 0, 0, 0}, new int[]{2, 4, 0, 0, 0, 0});
    }

    @Test
    void contextTreesRoundTripAndScoreAsWritten() throws Exception {
        Model m = smallModel(true).withContextTrees(smallTrees(), "with trees");
        byte[] bytes = ModelFile.write(m);
        Model back = ModelFile.read(bytes, "t");
        assertEquals(smallTrees(), back.contextTrees());
        assertEquals("with trees", back.note());
        TreeEnsemble t = back.contextTrees();
        assertEquals(-0.5 - 1 + 0.125, t.score(new float[]{0.5f, 9f, 1f}, 0), 1e-6);
        assertEquals(-0.5 + 2 + 0.125, t.score(new float[]{7f, 0.1f, 0.4f, 1.5f}, 1), 1e-6);
        assertEquals(-0.5 + 0.25 + 0.125, t.score(new float[]{0.6f, 0f, 0f}, 0), 1e-6);
        assertEquals(-0.5 + 0.25 + 0.125, t.score(new float[]{Float.NaN, 0f, 0f}, 0), 1e-6, "NaN goes right");
        assertArrayEquals(bytes, ModelFile.write(back), "writing is deterministic");
        assertTrue(back.describe().contains("a context pass of 2 trees"), back.describe());
    }

    @Test
    void readsVersionOneFiles() throws Exception {
        byte[] v2 = ModelFile.write(smallModel(true));
        // a version-1 file is the same bytes without the context-pass flag (the last byte of the body)
        int body = ByteBuffer.wrap(v2).getInt(10) - 1;
        ByteBuffer v1 = ByteBuffer.allocate(14 + body + 4);
        v1.put(v2, 0, 8).putShort((short) 1).putInt(body).put(v2, 14, body);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(v1.array(), 0, 14 + body);
        v1.putInt((int) crc.getValue());
        Model back = ModelFile.read(v1.array(), "v1");
        assertNull(back.contextTrees());
        assertNotNull(back.pageModel());
        assertArrayEquals(v2, ModelFile.write(back), "read as version 1, written as version 2");
    }

    @Test
    void refusesContextTreesThatAreNotTrees() {
        // a child pointing back at its parent would loop; a feature past the vector would read out of bounds
        assertThrows(IllegalArgumentException.class, () -> new TreeEnsemble(3, 0f, new int[]{3}, new short[]{0, -1, -1},
                new float[]{0f, 1f, 2f}, new int[]{0, 0, 0}, new int[]{2, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new TreeEnsemble(3, 0f, new int[]{3}, new short[]{3, -1, -1},
                new float[]{0f, 1f, 2f}, new int[]{1, 0, 0}, new int[]{2, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new TreeEnsemble(3, 0f, new int[]{3}, new short[]{0, -1, -1},
                new float[]{0f, Float.NaN, 2f}, new int[]{1, 0, 0}, new int[]{2, 0, 0}));
        byte[] bytes = ModelFile.write(smallModel(false).withContextTrees(smallTrees(), "t"));
        // the first tree's root: its left child index sits 2 + 4 + 4 bytes into the node records, which end before
        // the checksum; point it at the root itself and fix the checksum
        int nodes = 6, nodeBytes = 14, end = bytes.length - 4;
        int rootLeft = end - nodes * nodeBytes + 2 + 4;
        ByteBuffer.wrap(bytes).putInt(rootLeft, 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes, 0, end);
        ByteBuffer.wrap(bytes).putInt(end, (int) crc.getValue());
        assertEquals("m: bad context trees: tree 0 has a child index out of order or range",
                assertThrows(ModelFormatException.class, () -> ModelFile.read(bytes, "m")).getMessage());
    }

    @Test
    void fuzzedBytesNeverEscapeAsAnythingElse() {
        byte[] bytes = ModelFile.write(smallModel(true).withContextTrees(smallTrees(), "fuzz"));
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
