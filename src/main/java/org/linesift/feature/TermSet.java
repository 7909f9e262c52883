package org.linesift.feature;

import java.util.Arrays;

/**
 * A set of 64-bit term hashes (spam-lexicon terms mined at training time), looked up without allocating.
 * Terms are hashed with {@link Hashing#chars} over normalised text; the model file stores only the hashes.
 */
public final class TermSet {
    private final long[] sorted;
    private final long[] table;
    private final int mask;

    /** @param hashes distinct non-zero term hashes, strictly increasing */
    public TermSet(long[] hashes) {
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == 0) throw new IllegalArgumentException("zero term hash");
            if (i > 0 && hashes[i] <= hashes[i - 1]) throw new IllegalArgumentException("term hashes out of order");
        }
        this.sorted = hashes.clone();
        int cap = Integer.highestOneBit(Math.max(16, hashes.length * 2 - 1)) << 1;
        this.table = new long[cap];
        this.mask = cap - 1;
        for (long h : hashes) {
            int slot = (int) Hashing.fmix(h) & mask;
            while (table[slot] != 0) slot = (slot + 1) & mask;
            table[slot] = h;
        }
    }

    /** Builds a set from any hashes (sorted and deduplicated here; zero is dropped). */
    public static TermSet of(long[] hashes) {
        long[] s = Arrays.stream(hashes).filter(h -> h != 0).sorted().distinct().toArray();
        return new TermSet(s);
    }

    public int size() {
        return sorted.length;
    }

    /** The hashes in increasing order (for the model writer); do not modify. */
    public long[] hashes() {
        return sorted;
    }

    public boolean contains(long h) {
        if (h == 0) return false;
        int slot = (int) Hashing.fmix(h) & mask;
        while (true) {
            long k = table[slot];
            if (k == h) return true;
            if (k == 0) return false;
            slot = (slot + 1) & mask;
        }
    }
}
