package org.linesift.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Dictionary tokenisation with HanLP's bundled core dictionary (forward longest match over HanLP's
 * double-array trie), written into caller-owned arrays so that the hot path allocates nothing.
 *
 * <p>Runs of Latin letters and digits form one token; other non-Han chars are one token each; Han
 * chars not covered by a dictionary word are single-char tokens with word id -1.
 *
 * <p>The dictionary is loaded once, on first use, from the HanLP jar (about 0.15 s); the instance is
 * immutable and shared by all threads.
 */
public final class Segmenter {
    /** Longest dictionary word considered. */
    static final int MAX_WORD = 12;

    private static volatile Segmenter instance;

    private final int[] base;
    private final int[] check;
    /** Word frequency in HanLP's core dictionary, by word id. */
    private final int[] freq;

    private Segmenter() {
        DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
        this.base = trie.getBase();
        this.check = trie.getCheck();
        int n = trie.size();
        this.freq = new int[n];
        for (int i = 0; i < n; i++) {
            CoreDictionary.Attribute a = trie.getValueAt(i);
            freq[i] = a == null ? 0 : a.totalFrequency;
        }
    }

    /** The shared segmenter; loads HanLP's core dictionary on first call. */
    public static Segmenter get() {
        Segmenter s = instance;
        if (s == null) {
            synchronized (Segmenter.class) {
                s = instance;
                if (s == null) instance = s = new Segmenter();
            }
        }
        return s;
    }

    /** The core-dictionary frequency of a word id, or 0 for -1. */
    public int frequency(int wordId) {
        return wordId < 0 || wordId >= freq.length ? 0 : freq[wordId];
    }

    /**
     * Segments normalised text {@code s[0..len)}. Writes token {@code [start, end)} pairs and dictionary word
     * ids (-1 when the token is not a dictionary word) and returns the number of tokens, at most
     * {@code starts.length}. Spaces are not tokens.
     */
    public int segment(char[] s, int len, int[] starts, int[] ends, int[] wordIds) {
        int cap = Math.min(starts.length, Math.min(ends.length, wordIds.length));
        int n = 0;
        int i = 0;
        while (i < len && n < cap) {
            char c = s[i];
            int cls = CharClass.of(c);
            if (cls == CharClass.SPACE) {
                i++;
                continue;
            }
            if (cls == CharClass.LATIN || cls == CharClass.DIGIT) {
                int j = CharClass.alnumRunEnd(s, i, len);
                starts[n] = i; ends[n] = j; wordIds[n] = -1; n++;
                i = j;
                continue;
            }
            int end = i + 1;
            int id = -1;
            if (cls == CharClass.HAN) {
                int b = base[0];
                int limit = Math.min(len, i + MAX_WORD);
                for (int j = i; j < limit; j++) {
                    int p = b + s[j] + 1;
                    if (p < 0 || p >= check.length || b != check[p]) break;
                    b = base[p];
                    if (b >= 0 && b < check.length && b == check[b] && base[b] < 0) {
                        id = -base[b] - 1;
                        end = j + 1;
                    }
                }
                if (id >= freq.length) id = -1;
            }
            starts[n] = i; ends[n] = end; wordIds[n] = id; n++;
            i = end;
        }
        return n;
    }
}
