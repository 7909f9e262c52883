package org.linesift.model;

import org.linesift.Label;
import org.linesift.ModelFormatException;
import org.linesift.feature.CharLm;
import org.linesift.feature.FeatureConfig;
import org.linesift.feature.TermSet;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The LineSift model file, version 2 (version 1 files are still read). All integers big-endian.
 *
 * <pre>
 * magic        8 bytes  "LSIFTMDL"
 * version      u16      2 (or 1)
 * body length  u32      bytes between here and the checksum
 * body:
 *   note         u16 length + UTF-8
 *   feature cfg  4 x i32 (featureVersion, hashBits, maxNgramChars, flags)
 *   labels       u8 count, then u8 length + UTF-8 each (must be body, nav, spun)
 *   lm           u8 present (0, 1, or 2 for one with trigrams); if 1 or 2: 65536 unigram bytes, 65536 backoff
 *                bytes, i32 entries, entries x (i32 key), entries x (u8 value)    (keys strictly increasing);
 *                if 2, then the trigram filter: i32 words (a power of two), words x i64
 *   lexicon      u8 present; if 1: i32 count, count x i64 term hash   (strictly increasing, non-zero)
 *   passes       u8 count (1 or 2), each: i32 dimension, u8 classes, f32 scale,
 *                classes x f32 bias, dimension*classes x i16 quantised weights (weight = q * scale)
 *   context      version 2 only: u8 present; if 1: u16 features, f32 base, i32 trees, trees x i32 node count, then
 *                per node: i16 feature (-1: a leaf), f32 threshold or leaf value, i32 left, i32 right (indices
 *                within the node's tree, each larger than the node's own; 0 for a leaf)
 * crc32        u32 over everything before it
 * </pre>
 *
 * Every size is checked against the bytes that remain before anything is allocated.
 */
public final class ModelFile {
    public static final int FORMAT_VERSION = 2;
    /** The oldest version this LineSift reads: version 1 has no context pass. */
    public static final int OLDEST_VERSION = 1;

    /** Where the bundled default model sits on the classpath (packaged from {@code models/default.lsm}). */
    public static final String BUNDLED = "/org/linesift/models/default.lsm";
    /** Classpath location of the bundled model for pages given as HTML (trained with markup features). */
    public static final String BUNDLED_HTML = "/org/linesift/models/html.lsm";
    static final byte[] MAGIC = "LSIFTMDL".getBytes(StandardCharsets.US_ASCII);
    /** Refuse files larger than this (the default model is a few MB). */
    static final long MAX_FILE = 1L << 30;

    private ModelFile() {}

    /** Reads a model file. */
    public static Model read(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString(), null, "no such model file");
        long size = Files.size(file);
        if (size > MAX_FILE) throw new ModelFormatException(file + ": " + size + " bytes is too large for a model file");
        return read(Files.readAllBytes(file), file.toString());
    }

    /** Parses model bytes; {@code source} names them in error messages. */
    public static Model read(byte[] b, String source) throws ModelFormatException {
        try {
            return parse(b, source);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new ModelFormatException(source + ": truncated model file");
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(source + ": " + e.getMessage());
        }
    }

    private static Model parse(byte[] b, String source) throws ModelFormatException {
        int headerLen = MAGIC.length + 2 + 4;
        if (b.length < MAGIC.length) throw new ModelFormatException(source + ": not a LineSift model (too short for the magic bytes)");
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) throw new ModelFormatException(source + ": not a LineSift model (wrong magic bytes)");
        }
        if (b.length < headerLen) throw new ModelFormatException(source + ": truncated model file (" + b.length + " bytes)");
        ByteBuffer buf = ByteBuffer.wrap(b);
        buf.position(MAGIC.length);
        int version = buf.getShort() & 0xFFFF;
        if (version < OLDEST_VERSION || version > FORMAT_VERSION) {
            throw new ModelFormatException(source + ": model format version " + version + " is not supported (this LineSift reads versions " + OLDEST_VERSION + " to " + FORMAT_VERSION + ")");
        }
        long bodyLen = buf.getInt() & 0xFFFFFFFFL;
        long expected = headerLen + bodyLen + 4;
        if (b.length < expected) throw new ModelFormatException(source + ": truncated model file (" + b.length + " of " + expected + " bytes)");
        if (b.length > expected) throw new ModelFormatException(source + ": " + (b.length - expected) + " unexpected bytes after the model");
        CRC32 crc = new CRC32();
        crc.update(b, 0, (int) (headerLen + bodyLen));
        int stored = ByteBuffer.wrap(b, (int) (headerLen + bodyLen), 4).getInt();
        if ((int) crc.getValue() != stored) throw new ModelFormatException(source + ": checksum mismatch (the file is corrupt)");
        buf.limit((int) (headerLen + bodyLen));

        String note = readString(buf, buf.getShort() & 0xFFFF, source, "note");
        FeatureConfig cfg;
        int fv = buf.getInt(), bits = buf.getInt(), maxChars = buf.getInt(), flags = buf.getInt();
        if (fv != FeatureConfig.CURRENT_VERSION) {
            throw new ModelFormatException(source + ": feature version " + fv + " is not supported (this LineSift computes version " + FeatureConfig.CURRENT_VERSION + ")");
        }
        if ((flags & ~FeatureConfig.KNOWN_FLAGS) != 0) {
            throw new ModelFormatException(source + ": the model asks for features this LineSift does not compute (flags 0x" + Integer.toHexString(flags & ~FeatureConfig.KNOWN_FLAGS) + "); use a newer LineSift");
        }
        cfg = new FeatureConfig(fv, bits, maxChars, flags);
        int nLabels = buf.get() & 0xFF;
        if (nLabels != 3) throw new ModelFormatException(source + ": expected 3 labels, found " + nLabels);
        for (int i = 0; i < nLabels; i++) {
            String l = readString(buf, buf.get() & 0xFF, source, "label");
            if (!l.equals(Label.ofIndex(i).id())) throw new ModelFormatException(source + ": label " + i + " is '" + l + "', expected '" + Label.ofIndex(i).id() + "'");
        }
        CharLm lm = null;
        int hasLm = buf.get() & 0xFF;
        if (hasLm > 2) throw new ModelFormatException(source + ": bad language-model flag " + hasLm);
        if (hasLm >= 1) {
            need(buf, 65536 * 2 + 4, source, "language model");
            byte[] uni = new byte[65536];
            byte[] back = new byte[65536];
            buf.get(uni);
            buf.get(back);
            int entries = buf.getInt();
            if (entries < 0 || (long) entries * 5 > buf.remaining()) throw new ModelFormatException(source + ": language model claims " + entries + " entries, more than the file holds");
            int[] ks = new int[entries];
            int prev = Integer.MIN_VALUE;
            for (int i = 0; i < entries; i++) {
                ks[i] = buf.getInt();
                if (i > 0 && ks[i] <= prev) throw new ModelFormatException(source + ": language model keys out of order");
                if (ks[i] == 0) throw new ModelFormatException(source + ": language model has a zero key");
                prev = ks[i];
            }
            byte[] vs = new byte[entries];
            buf.get(vs);
            long[] tri = null;
            if (hasLm == 2) {
                int words = buf.getInt();
                if (words <= 0 || Integer.bitCount(words) != 1) throw new ModelFormatException(source + ": bad trigram filter size " + words);
                need(buf, (long) words * 8, source, "trigram filter");
                tri = new long[words];
                buf.asLongBuffer().get(tri);
                buf.position(buf.position() + 8 * words);
            }
            lm = CharLm.ofEntries(uni, back, ks, vs, tri);
        }
        TermSet terms = null;
        int hasTerms = buf.get() & 0xFF;
        if (hasTerms > 1) throw new ModelFormatException(source + ": bad lexicon flag " + hasTerms);
        if (hasTerms == 1) {
            int count = buf.getInt();
            if (count < 0 || (long) count * 8 > buf.remaining()) throw new ModelFormatException(source + ": lexicon claims " + count + " terms, more than the file holds");
            long[] hs = new long[count];
            for (int i = 0; i < count; i++) hs[i] = buf.getLong();
            terms = new TermSet(hs);
        }
        int passes = buf.get() & 0xFF;
        if (passes < 1 || passes > 2) throw new ModelFormatException(source + ": expected 1 or 2 passes, found " + passes);
        LinearModel[] lms = new LinearModel[passes];
        for (int p = 0; p < passes; p++) {
            int dim = buf.getInt();
            int classes = buf.get() & 0xFF;
            if (dim != cfg.dimension()) throw new ModelFormatException(source + ": pass " + (p + 1) + " has dimension " + dim + ", expected " + cfg.dimension());
            if (classes != 3) throw new ModelFormatException(source + ": pass " + (p + 1) + " has " + classes + " classes, expected 3");
            float scale = buf.getFloat();
            if (!(scale > 0) || Float.isInfinite(scale)) throw new ModelFormatException(source + ": pass " + (p + 1) + " has a bad weight scale " + scale);
            float[] bias = new float[classes];
            for (int k = 0; k < classes; k++) {
                bias[k] = buf.getFloat();
                if (!Float.isFinite(bias[k])) throw new ModelFormatException(source + ": pass " + (p + 1) + " has a non-finite bias");
            }
            long n = (long) dim * classes;
            need(buf, n * 2, source, "weights");
            short[] q = new short[(int) n];
            buf.asShortBuffer().get(q);
            buf.position(buf.position() + (int) (2 * n));
            lms[p] = new LinearModel(dim, classes, q, scale, bias);
        }
        TreeEnsemble trees = version >= 2 ? readTrees(buf, source) : null;
        if (buf.remaining() != 0) throw new ModelFormatException(source + ": " + buf.remaining() + " unexpected bytes at the end of the model body");
        if (cfg.has(FeatureConfig.LM) && lm == null) throw new ModelFormatException(source + ": configuration needs a language model but the file has none");
        if (cfg.has(FeatureConfig.LM_TRIGRAMS) && (lm == null || !lm.hasTrigrams())) throw new ModelFormatException(source + ": configuration needs the language model's trigrams but the file has none");
        if (cfg.has(FeatureConfig.LEXICON) && terms == null) throw new ModelFormatException(source + ": configuration needs a spam lexicon but the file has none");
        return new Model(cfg, lm, terms, lms[0], passes > 1 ? lms[1] : null, trees, note);
    }

    private static TreeEnsemble readTrees(ByteBuffer buf, String source) throws ModelFormatException {
        int present = buf.get() & 0xFF;
        if (present > 1) throw new ModelFormatException(source + ": bad context-pass flag " + present);
        if (present == 0) return null;
        int features = buf.getShort() & 0xFFFF;
        float base = buf.getFloat();
        int count = buf.getInt();
        if (count < 0 || count > TreeEnsemble.MAX_TREES) throw new ModelFormatException(source + ": context pass claims " + count + " trees");
        need(buf, 4L * count, source, "context trees");
        int[] sizes = new int[count];
        long nodes = 0;
        for (int t = 0; t < count; t++) {
            sizes[t] = buf.getInt();
            if (sizes[t] < 1 || sizes[t] > TreeEnsemble.MAX_NODES) throw new ModelFormatException(source + ": context tree " + t + " claims " + sizes[t] + " nodes");
            nodes += sizes[t];
        }
        need(buf, nodes * 14, source, "context trees");
        int n = (int) nodes;
        short[] feature = new short[n];
        float[] value = new float[n];
        int[] left = new int[n], right = new int[n];
        for (int k = 0; k < n; k++) {
            feature[k] = buf.getShort();
            value[k] = buf.getFloat();
            left[k] = buf.getInt();
            right[k] = buf.getInt();
        }
        try {
            return new TreeEnsemble(features, base, sizes, feature, value, left, right);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(source + ": bad context trees: " + e.getMessage());
        }
    }

    private static void writeTrees(DataOutputStream out, TreeEnsemble t) throws IOException {
        out.writeByte(t == null ? 0 : 1);
        if (t == null) return;
        out.writeShort(t.features());
        out.writeFloat(t.base());
        int[] sizes = t.treeSizes();
        out.writeInt(sizes.length);
        for (int s : sizes) out.writeInt(s);
        short[] f = t.nodeFeatures();
        float[] v = t.nodeValues();
        int[] l = t.nodeLefts(), r = t.nodeRights();
        for (int k = 0; k < f.length; k++) {
            out.writeShort(f[k]);
            out.writeFloat(v[k]);
            out.writeInt(l[k]);
            out.writeInt(r[k]);
        }
    }

    private static void need(ByteBuffer buf, long n, String source, String what) throws ModelFormatException {
        if (n > buf.remaining()) throw new ModelFormatException(source + ": " + what + " needs " + n + " bytes but only " + buf.remaining() + " remain (truncated or corrupt)");
    }

    private static String readString(ByteBuffer buf, int len, String source, String what) throws ModelFormatException {
        need(buf, len, source, what);
        byte[] s = new byte[len];
        buf.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }


    /** Serialises a model. */
    public static byte[] write(Model m) {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
            DataOutputStream out = new DataOutputStream(body);
            byte[] note = m.note().getBytes(StandardCharsets.UTF_8);
            if (note.length > 65535) note = java.util.Arrays.copyOf(note, 65535);
            out.writeShort(note.length);
            out.write(note);
            FeatureConfig c = m.config();
            out.writeInt(c.featureVersion());
            out.writeInt(c.hashBits());
            out.writeInt(c.maxNgramChars());
            out.writeInt(c.flags());
            out.writeByte(3);
            for (int i = 0; i < 3; i++) {
                byte[] l = Label.ofIndex(i).id().getBytes(StandardCharsets.UTF_8);
                out.writeByte(l.length);
                out.write(l);
            }
            CharLm lm = m.lm();
            out.writeByte(lm == null ? 0 : lm.hasTrigrams() ? 2 : 1);
            if (lm != null) {
                out.write(lm.unigramTable());
                out.write(lm.backoffTable());
                int[] keys = lm.bigramKeys();
                byte[] vals = lm.bigramValues();
                long[] pairs = new long[keys.length];
                int n = 0;
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] != 0) pairs[n++] = ((long) keys[i] << 8) | (vals[i] & 0xFF);
                }
                java.util.Arrays.sort(pairs, 0, n);
                out.writeInt(n);
                for (int i = 0; i < n; i++) out.writeInt((int) (pairs[i] >> 8));
                for (int i = 0; i < n; i++) out.writeByte((int) (pairs[i] & 0xFF));
                if (lm.hasTrigrams()) {
                    long[] tri = lm.trigramFilter();
                    out.writeInt(tri.length);
                    for (long w : tri) out.writeLong(w);
                }
            }
            TermSet terms = m.terms();
            out.writeByte(terms == null ? 0 : 1);
            if (terms != null) {
                out.writeInt(terms.size());
                for (long h : terms.hashes()) out.writeLong(h);
            }
            LinearModel[] passes = m.pageModel() == null ? new LinearModel[]{m.lineModel()} : new LinearModel[]{m.lineModel(), m.pageModel()};
            out.writeByte(passes.length);
            for (LinearModel lin : passes) {
                out.writeInt(lin.dimension());
                out.writeByte(lin.classes());
                short[] qs;
                float scale;
                if (lin.quantised()) { // as read: written back unchanged
                    qs = lin.quantisedWeights();
                    scale = lin.scale();
                } else {
                    float[] w = lin.weights();
                    float max = 0;
                    for (float v : w) max = Math.max(max, Math.abs(v));
                    scale = max == 0 ? 1f : max / 32767f;
                    qs = new short[w.length];
                    for (int i = 0; i < w.length; i++) qs[i] = (short) Math.max(-32767, Math.min(32767, Math.round(w[i] / scale)));
                }
                out.writeFloat(scale);
                for (float v : lin.bias()) out.writeFloat(v);
                ByteBuffer q = ByteBuffer.allocate(qs.length * 2); // big-endian, as the reader's asShortBuffer
                q.asShortBuffer().put(qs);
                out.write(q.array());
            }
            writeTrees(out, m.contextTrees());
            out.flush();
            byte[] bodyBytes = body.toByteArray();
            ByteBuffer all = ByteBuffer.allocate(MAGIC.length + 2 + 4 + bodyBytes.length + 4);
            all.put(MAGIC);
            all.putShort((short) FORMAT_VERSION);
            all.putInt(bodyBytes.length);
            all.put(bodyBytes);
            CRC32 crc = new CRC32();
            crc.update(all.array(), 0, all.position());
            all.putInt((int) crc.getValue());
            return all.array();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
    }
}
