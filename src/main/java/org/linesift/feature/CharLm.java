package org.linesift.feature;

import org.linesift.text.CharClass;
import org.linesift.text.Normalizer;

import java.util.HashMap;
import java.util.Map;

/**
 * A character bigram language model of clean news prose, with absolute-discount interpolation to the unigram
 * model. Surprisal is stored quantised to 1/8 bit in bytes. Lookups allocate nothing.
 *
 * <p>Used for 伪原创 and salad detection: a substituted word (乐成 for 成功) or shuffled text produces char
 * pairs that are rare in clean prose.
 */
public final class CharLm {
    /** Quantisation: stored byte = round(bits * SCALE). */
    public static final float SCALE = 8f;

    private final byte[] uni;        // surprisal of each char, 65536 entries
    private final byte[] backoff;    // -log2 of the backoff weight of each history char, 65536 entries
    /** Open addressing, one long per slot: the key {@code (a << 16) | b} (unsigned) shifted left 8, or'ed with the value; 0 = empty. One memory access per lookup. */
    private final long[] table;
    private final int mask;
    /**
     * The char trigrams seen in the prose, as a blocked Bloom filter: one 64-bit word per trigram, two bits in it
     * ({@link #trigramSeen}); null when the model has none. A power-of-two number of words.
     */
    private final long[] trigrams;

    /** Wraps stored tables (used by the model reader). {@code keys.length} must be a power of two. */
    public CharLm(byte[] uni, byte[] backoff, int[] keys, byte[] vals) {
        this(uni, backoff, keys, vals, null);
    }

    /**
     * Wraps stored tables and a trigram filter ({@link #trigramFilter}; null for none, else a power-of-two number
     * of words).
     */
    public CharLm(byte[] uni, byte[] backoff, int[] keys, byte[] vals, long[] trigrams) {
        if (trigrams != null && Integer.bitCount(trigrams.length) != 1) throw new IllegalArgumentException("bad trigram filter size");
        this.trigrams = trigrams;
        if (uni.length != 65536 || backoff.length != 65536) throw new IllegalArgumentException("unigram tables must have 65536 entries");
        if (Integer.bitCount(keys.length) != 1 || vals.length != keys.length) throw new IllegalArgumentException("bad bigram table size");
        this.uni = uni;
        this.backoff = backoff;
        this.table = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) table[i] = ((keys[i] & 0xFFFFFFFFL) << 8) | (vals[i] & 0xFF);
        }
        this.mask = keys.length - 1;
    }

    /**
     * Builds the lookup table from stored entries (distinct non-zero keys {@code (a << 16) | b} and
     * their quantised surprisal).
     */
    public static CharLm ofEntries(byte[] uni, byte[] backoff, int[] entryKeys, byte[] entryVals) {
        return ofEntries(uni, backoff, entryKeys, entryVals, null);
    }

    /** As {@link #ofEntries(byte[], byte[], int[], byte[])}, with a trigram filter (null for none). */
    public static CharLm ofEntries(byte[] uni, byte[] backoff, int[] entryKeys, byte[] entryVals, long[] trigrams) {
        if (entryKeys.length != entryVals.length) throw new IllegalArgumentException("keys and values differ in length");
        int cap = Integer.highestOneBit(Math.max(16, entryKeys.length * 2 - 1)) << 1;
        int[] keys = new int[cap];
        byte[] vals = new byte[cap];
        int mask = cap - 1;
        for (int i = 0; i < entryKeys.length; i++) {
            int h = mix(entryKeys[i]) & mask;
            while (keys[h] != 0) {
                if (keys[h] == entryKeys[i]) throw new IllegalArgumentException("duplicate language-model key");
                h = (h + 1) & mask;
            }
            keys[h] = entryKeys[i];
            vals[h] = entryVals[i];
        }
        return new CharLm(uni, backoff, keys, vals, trigrams);
    }

    public byte[] unigramTable() { return uni; }
    public byte[] backoffTable() { return backoff; }
    /** The bigram table's keys by slot (0 = empty), as stored; a copy. */
    public int[] bigramKeys() {
        int[] keys = new int[table.length];
        for (int i = 0; i < table.length; i++) keys[i] = (int) (table[i] >>> 8);
        return keys;
    }

    /** The bigram table's values by slot, as stored; a copy. */
    public byte[] bigramValues() {
        byte[] vals = new byte[table.length];
        for (int i = 0; i < table.length; i++) vals[i] = (byte) table[i];
        return vals;
    }

    /** Whether the model knows which char trigrams the prose has ({@link #trigramSeen}). */
    public boolean hasTrigrams() {
        return trigrams != null;
    }

    /** The trigram filter's words, as stored; null when there is none. A copy. */
    public long[] trigramFilter() {
        return trigrams == null ? null : trigrams.clone();
    }

    /**
     * Whether the prose has the trigram {@code a b c} of mapped chars (a Bloom filter: false is certain, true is
     * wrong for a few percent of unseen trigrams). False when the model has no trigrams.
     */
    public boolean trigramSeen(char a, char b, char c) {
        long[] t = trigrams;
        if (t == null) return false;
        long h = trigramHash(a, b, c);
        long need = trigramBits(h);
        return (t[(int) h & (t.length - 1)] & need) == need;
    }

    static long trigramHash(char a, char b, char c) {
        long x = ((long) a << 32 | (long) b << 16 | c) * 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 32);
    }

    /** The two bits a trigram sets in its word: from bits the word index does not use. */
    private static long trigramBits(long h) {
        return 1L << ((h >>> 40) & 63) | 1L << ((h >>> 52) & 63);
    }

    /** Maps a normalised char into the LM's alphabet: digits to '0', Latin letters to 'a'. */
    public static char map(char c) {
        int k = CharClass.of(c);
        if (k == CharClass.DIGIT) return '0';
        if (k == CharClass.LATIN) return 'a';
        if (k == CharClass.SPACE) return ' ';
        return c;
    }

    /** Unigram surprisal of a mapped char, in bits. */
    public float unigramBits(char c) {
        return (uni[c] & 0xFF) / SCALE;
    }

    /** Quantised unigram surprisal of a mapped char (bits * 8). */
    public int unigramQ(char c) {
        return uni[c] & 0xFF;
    }

    /** Quantised surprisal of {@code b} after {@code a} (both mapped chars), in 1/8 bits. */
    public int bigramQ(char a, char b) {
        int key = (a << 16) | b;
        if (key == 0) key = 1;
        long want = key & 0xFFFFFFFFL;
        int h = mix(key) & mask;
        while (true) {
            long e = table[h];
            if ((e >>> 8) == want) return (int) (e & 0xFF);
            if (e == 0) break;
            h = (h + 1) & mask;
        }
        int q = (backoff[a] & 0xFF) + (uni[b] & 0xFF);
        return Math.min(q, 255);
    }

    static int mix(int x) {
        x *= 0x9E3779B1;
        return x ^ (x >>> 15);
    }

    /** Accumulates counts from clean text, then builds the model. */
    public static final class Builder {
        private final long[] uniCount = new long[65536];
        private final Map<Integer, int[]> bi = new HashMap<>();
        private long total;
        /** The trigram filter being filled, or null when the model is built without trigrams. */
        private long[] trigrams;

        /**
         * Also records the prose's char trigrams, in a filter of {@code 2^bits} bits ({@code bits} in 12..30;
         * 24 bits, 2 MB, keeps false hits to a few percent for two million trigrams). Call before {@link #add}.
         */
        public Builder trigrams(int bits) {
            if (bits < 12 || bits > 30) throw new IllegalArgumentException("trigram filter bits must be in 12..30, got " + bits);
            trigrams = new long[1 << (bits - 6)];
            return this;
        }

        /** Adds one line of clean text (it is normalised here). */
        public Builder add(String line) {
            if (line == null || line.isEmpty()) return this;
            char prev = 0, prev2 = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = map(Normalizer.fold(line.charAt(i)));
                if (c == ' ' && prev == ' ') continue;
                uniCount[c]++;
                total++;
                if (prev != 0) {
                    int key = (prev << 16) | c;
                    if (key == 0) key = 1;
                    bi.computeIfAbsent(key, k -> new int[1])[0]++;
                }
                if (trigrams != null && prev2 != 0 && prev2 != ' ' && prev != ' ' && c != ' ') {
                    long h = trigramHash(prev2, prev, c);
                    trigrams[(int) h & (trigrams.length - 1)] |= trigramBits(h);
                }
                prev2 = prev;
                prev = c;
            }
            return this;
        }

        public long size() { return total; }

        /** Builds the model with discount {@code d} (0.75 is the usual choice). */
        public CharLm build(double d) {
            int vocab = 0;
            for (long c : uniCount) if (c > 0) vocab++;
            byte[] uni = new byte[65536];
            double denom = total + vocab + 65536.0 * 0.01;
            for (int c = 0; c < 65536; c++) {
                double p = (uniCount[c] + 0.01) / denom;
                uni[c] = q(-log2(p));
            }
            long[] hist = new long[65536];
            int[] succ = new int[65536];
            for (Map.Entry<Integer, int[]> e : bi.entrySet()) {
                int a = e.getKey() >>> 16;
                hist[a] += e.getValue()[0];
                succ[a]++;
            }
            byte[] backoff = new byte[65536];
            for (int a = 0; a < 65536; a++) {
                double alpha = hist[a] == 0 ? 1.0 : d * succ[a] / hist[a];
                backoff[a] = q(-log2(alpha));
            }
            int[] sorted = bi.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            byte[] sortedVals = new byte[sorted.length];
            for (int e = 0; e < sorted.length; e++) {
                int key = sorted[e];
                int a = key >>> 16;
                int b = key & 0xFFFF;
                double n = bi.get(key)[0];
                double alpha = d * succ[a] / hist[a];
                double puni = (uniCount[b] + 0.01) / denom;
                double p = Math.max(n - d, 0) / hist[a] + alpha * puni;
                sortedVals[e] = q(-log2(p));
            }
            return ofEntries(uni, backoff, sorted, sortedVals, trigrams == null ? null : trigrams.clone());
        }

        private static double log2(double x) {
            return Math.log(x) / Math.log(2);
        }

        private static byte q(double bits) {
            long v = Math.round(bits * SCALE);
            return (byte) Math.max(0, Math.min(255, v));
        }
    }
}
