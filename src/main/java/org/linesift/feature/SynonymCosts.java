package org.linesift.feature;

import org.linesift.text.SynonymTable;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The substitution test for one language model and one synonym table: how much cheaper (1/8 bits) the LM finds
 * the best same-length synonym of a word in its place. A synonym's inner bigrams do not depend on the context, so
 * the first time a word is tested its synonyms are costed once and kept, sorted by that inner cost, each packed
 * with its first and last char. A test then reads one short array in order, spends at most two lookups (the
 * seams) on an alternative, and stops at the first one whose inner cost alone already loses. Thread-safe: a
 * word's array is published through an {@link AtomicReferenceArray}; two threads that race build equal arrays.
 */
public final class SynonymCosts {
    private final CharLm lm;
    private final SynonymTable synonyms;
    /** By synonym-table slot: {@code inner << 32 | first << 16 | last} for each alternative, ascending; null = not built yet. */
    private final AtomicReferenceArray<long[]> costs;

    public SynonymCosts(CharLm lm, SynonymTable synonyms) {
        this.lm = lm;
        this.synonyms = synonyms;
        this.costs = new AtomicReferenceArray<>(synonyms.slots());
    }

    /**
     * The gain for the word {@code c[a..b)} of normalised text {@code c[0..n)}: the LM cost of the bigrams touching
     * the word minus the least such cost with a synonym in its place, or {@link Integer#MIN_VALUE} when the word
     * has no same-length synonym.
     */
    public int gain(char[] c, int n, int a, int b) {
        int slot = synonyms.find(c, a, b);
        if (slot < 0) return Integer.MIN_VALUE;
        int L = b - a;
        char prev = a > 0 ? CharLm.map(c[a - 1]) : ' ';
        char next = b < n ? CharLm.map(c[b]) : ' ';
        int own = 0;
        for (int i = 1; i < L; i++) own += lm.bigramQ(c[a + i - 1], c[a + i]);
        if (prev != ' ') own += lm.bigramQ(prev, c[a]);
        if (next != ' ') own += lm.bigramQ(c[b - 1], next);
        int best = Integer.MAX_VALUE;
        for (long e : alternatives(slot, L)) {
            int cost = (int) (e >>> 32);
            if (cost >= best) break; // sorted by inner cost, which only grows with the seams: none later can win
            if (prev != ' ') {
                cost += lm.bigramQ(prev, (char) (e >>> 16));
                if (cost >= best) continue;
            }
            if (next != ' ') cost += lm.bigramQ((char) e, next);
            if (cost < best) best = cost;
        }
        return own - best;
    }

    private long[] alternatives(int slot, int L) {
        long[] a = costs.get(slot);
        if (a != null) return a;
        int k = synonyms.alternatives(slot);
        a = new long[k];
        for (int j = 0; j < k; j++) {
            int pos = synonyms.alternativeStart(slot, j, L);
            int inner = 0;
            for (int i = 1; i < L; i++) inner += lm.bigramQ(synonyms.poolChar(pos + i - 1), synonyms.poolChar(pos + i));
            a[j] = (long) inner << 32 | (long) synonyms.poolChar(pos) << 16 | synonyms.poolChar(pos + L - 1);
        }
        Arrays.sort(a);
        costs.set(slot, a);
        return a;
    }
}
