package org.linesift.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Same-length synonyms from HanLP's bundled Cilin thesaurus ({@code CoreSynonym.txt}, only the {@code =}
 * groups of true synonyms), in a compact table that a line can be looked up in without allocating.
 *
 * <p>Spinners (伪原创 tools) replace words by thesaurus neighbours: 进行→停止, 介绍→引见, 相关→相干. If the
 * clean-prose language model prefers a same-length synonym in the same context by a wide margin, the word
 * is probably a substitution. The table is loaded once, lazily, from the HanLP jar; immutable and shared.
 */
public final class SynonymTable {
    /** Where HanLP's jar holds the Cilin thesaurus. */
    public static final String RESOURCE = "/data/dictionary/synonym/CoreSynonym.txt";
    private static volatile SynonymTable instance;

    private final long[] keys;   // word hash, 0 = empty
    private final int[] first;   // index of the first alternative in pool (in units of the word length)
    private final int[] count;   // number of alternatives
    private final char[] pool;
    private final int mask;

    private SynonymTable(Map<String, Set<String>> alts) {
        int n = alts.size();
        int cap = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        keys = new long[cap];
        first = new int[cap];
        count = new int[cap];
        mask = cap - 1;
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Set<String>> e : alts.entrySet()) {
            String w = e.getKey();
            long h = hash(w.toCharArray(), 0, w.length());
            int slot = (int) (h & mask);
            while (keys[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = h;
            first[slot] = sb.length();
            count[slot] = e.getValue().size();
            for (String a : e.getValue()) sb.append(a);
        }
        pool = sb.toString().toCharArray();
    }

    /** The shared table; parses the thesaurus on first call (about 0.1 s). */
    public static SynonymTable get() {
        SynonymTable t = instance;
        if (t == null) {
            synchronized (SynonymTable.class) {
                t = instance;
                if (t == null) instance = t = load();
            }
        }
        return t;
    }

    private static SynonymTable load() {
        Map<String, Set<String>> alts = new LinkedHashMap<>(1 << 16);
        try (InputStream in = SynonymTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("HanLP's " + RESOURCE + " is not on the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> words = new ArrayList<>();
            int pos = 0, n = text.length();
            while (pos < n) {
                int eol = text.indexOf('\n', pos);
                if (eol < 0) eol = n;
                int eq = text.indexOf('=', pos);
                // only '=' groups are synonyms ('#' related words and '@' singletons are not)
                if (eq >= 0 && eq < eol && eq - pos <= 10) {
                    words.clear();
                    int k = eq + 1;
                    while (k < eol) {
                        while (k < eol && (text.charAt(k) == ' ' || text.charAt(k) == '\r')) k++;
                        int start = k;
                        while (k < eol && text.charAt(k) != ' ' && text.charAt(k) != '\r') k++;
                        int len = k - start;
                        if (len >= 2 && len <= 4 && isHan(text, start, k)) words.add(text.substring(start, k));
                    }
                    for (int i = 0; i < words.size(); i++) {
                        String w = words.get(i);
                        for (int j = 0; j < words.size(); j++) {
                            String x = words.get(j);
                            if (i != j && x.length() == w.length() && !x.equals(w)) alts.computeIfAbsent(w, key -> new LinkedHashSet<>(4)).add(x);
                        }
                    }
                }
                pos = eol + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SynonymTable(alts);
    }

    private static boolean isHan(String w, int from, int to) {
        for (int i = from; i < to; i++) if (CharClass.of(w.charAt(i)) != CharClass.HAN) return false;
        return true;
    }

    static long hash(char[] s, int from, int to) {
        long h = 0x9E3779B97F4A7C15L * (to - from + 1);
        for (int i = from; i < to; i++) {
            h ^= s[i];
            h *= 0x100000001B3L;
            h ^= h >>> 29;
        }
        return h == 0 ? 1 : h;
    }

    /** Number of words with at least one same-length synonym. */
    public int size() {
        int n = 0;
        for (long k : keys) if (k != 0) n++;
        return n;
    }

    /** The slot of the word {@code s[from..to)}, or -1 if it has no same-length synonym. */
    public int find(char[] s, int from, int to) {
        if (to - from < 2 || to - from > 4) return -1;
        long h = hash(s, from, to);
        int slot = (int) (h & mask);
        while (true) {
            long k = keys[slot];
            if (k == h) return slot;
            if (k == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /** Number of alternatives at a slot. */
    public int alternatives(int slot) {
        return count[slot];
    }

    /** Where alternative {@code a} of a slot starts in the pool (each alternative is as long as the word looked up). */
    public int alternativeStart(int slot, int a, int wordLength) {
        return first[slot] + a * wordLength;
    }

    /** The pool's char at {@code pos}; an alternative's chars follow its {@link #alternativeStart}. */
    public char poolChar(int pos) {
        return pool[pos];
    }

    /** Number of slots; {@link #find} returns one below it. */
    public int slots() {
        return keys.length;
    }
}
