package org.linesift.feature;

import org.linesift.text.SynonymTable;

/**
 * The substitution test for one language model and one synonym table: how much cheaper (1/8 bits) the LM finds
 * the best same-length synonym of a word in its place. A synonym's inner bigrams do not depend on the context, so
 * their cost is computed once per synonym, on first use, and kept; an alternative then costs at most two lookups
 * (its seams), none when its inner cost alone already loses. Thread-safe: a cached cost is written as one
 * {@code short}, and two threads that race write the same value.
 */
public final class SynonymCosts {
    private final CharLm lm;
    private final SynonymTable synonyms;
    /** By pool position of an alternative's first char: 1 + the cost of its inner bigrams; 0 = not computed yet. */
    private final short[] inner;

    public SynonymCosts(CharLm lm, SynonymTable synonyms) {
        this.lm = lm;
        this.synonyms = synonyms;
        this.inner = new short[synonyms.poolSize()];
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
        own += seams(prev, c[a], c[b - 1], next);
        int best = Integer.MAX_VALUE;
        int alts = synonyms.alternatives(slot);
        for (int k = 0; k < alts; k++) {
            int pos = synonyms.alternativeStart(slot, k, L);
            int cost = innerCost(pos, L);
            if (cost >= best) continue;
            if (prev != ' ') {
                cost += lm.bigramQ(prev, synonyms.poolChar(pos));
                if (cost >= best) continue;
            }
            if (next != ' ') cost += lm.bigramQ(synonyms.poolChar(pos + L - 1), next);
            if (cost < best) best = cost;
        }
        return own - best;
    }

    private int seams(char prev, char first, char last, char next) {
        return (prev != ' ' ? lm.bigramQ(prev, first) : 0) + (next != ' ' ? lm.bigramQ(last, next) : 0);
    }

    private int innerCost(int pos, int L) {
        int v = inner[pos];
        if (v != 0) return v - 1;
        int cost = 0;
        for (int i = 1; i < L; i++) cost += lm.bigramQ(synonyms.poolChar(pos + i - 1), synonyms.poolChar(pos + i));
        inner[pos] = (short) (cost + 1);
        return cost;
    }
}
