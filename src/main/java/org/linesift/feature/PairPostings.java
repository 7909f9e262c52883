package org.linesift.feature;

import org.linesift.text.CharClass;

/**
 * For the title finder: each Han pair of a stretch of a page's lines (read as {@link PageFeaturizer}'s recurrence
 * reads them: the first {@link #CHARS} folded chars of each line), with the lines it occurs in, ascending. Built
 * once for the stretch, so that asking whether a pair recurs in the lines below a candidate costs a binary search
 * instead of reading every line of the window again for every candidate. Reusable; not thread-safe (one per
 * {@code Scratch}).
 */
final class PairPostings {
    /** Chars read of each line. */
    static final int CHARS = 300;

    private int[] keys = new int[1 << 12], stamp = new int[1 << 12], ids = new int[1 << 12];
    private int mask = (1 << 12) - 1, gen, distinct;
    /** Per pair id: its postings {@code lines[start[id] .. start[id + 1])}, and (while building) the last line counted. */
    private int[] start = new int[1 << 11], last = new int[1 << 11];
    private int[] lines = new int[1 << 12];
    /** While building: pair id and line of each posting, in page order. */
    private int[] seqId = new int[1 << 12], seqLine = new int[1 << 12];

    /** Indexes lines {@code from .. to) of the folded page in {@code s}. */
    void build(PageFeaturizer.Scratch s, int from, int to) {
        if (++gen == 0) { java.util.Arrays.fill(stamp, 0); gen = 1; }
        distinct = 0;
        int total = 0;
        char[] t = s.text;
        for (int j = from; j < to; j++) {
            char prev = 0;
            for (int k = s.at[j], end = Math.min(s.at[j + 1], k + CHARS); k < end; k++) {
                char c = t[k];
                if (CharClass.of(c) != CharClass.HAN) { prev = 0; continue; }
                if (prev != 0) {
                    int id = idOf((prev << 16) | c, true);
                    if (last[id] != j) {
                        last[id] = j;
                        if (total == seqId.length) {
                            seqId = java.util.Arrays.copyOf(seqId, total * 2);
                            seqLine = java.util.Arrays.copyOf(seqLine, total * 2);
                        }
                        seqId[total] = id;
                        seqLine[total] = j;
                        total++;
                    }
                }
                prev = c;
            }
        }
        // counting sort by pair id; each pair's lines stay ascending
        if (start.length < distinct + 1) start = new int[Math.max(distinct + 1, start.length * 2)];
        java.util.Arrays.fill(start, 0, distinct + 1, 0);
        for (int p = 0; p < total; p++) start[seqId[p] + 1]++;
        for (int id = 0; id < distinct; id++) start[id + 1] += start[id];
        if (lines.length < total) lines = new int[Math.max(total, lines.length * 2)];
        if (last.length < distinct) last = new int[Math.max(distinct, last.length * 2)];
        for (int id = 0; id < distinct; id++) last[id] = start[id]; // reused as each pair's fill position
        for (int p = 0; p < total; p++) lines[last[seqId[p]]++] = seqLine[p];
    }

    /**
     * Whether the pair {@code key} occurs in a line {@code j} with {@code after < j < before} whose hash differs from
     * {@code hash[after]} (the candidate's copies do not count).
     */
    boolean occursBelow(int key, int after, int before, long[] hash) {
        int id = idOf(key, false);
        if (id < 0) return false;
        int lo = start[id], hi = start[id + 1];
        while (lo < hi) { // first posting > after
            int mid = (lo + hi) >>> 1;
            if (lines[mid] <= after) lo = mid + 1; else hi = mid;
        }
        for (int p = lo, end = start[id + 1]; p < end && lines[p] < before; p++) {
            if (hash[lines[p]] != hash[after]) return true;
        }
        return false;
    }

    /** The id of pair {@code key}; a new one when {@code add} (else -1 when absent). */
    private int idOf(int key, boolean add) {
        int q = CharLm.mix(key) & mask;
        while (stamp[q] == gen) {
            if (keys[q] == key) return ids[q];
            q = (q + 1) & mask;
        }
        if (!add) return -1;
        if (distinct * 2 >= mask) {
            grow();
            return idOf(key, true);
        }
        stamp[q] = gen;
        keys[q] = key;
        ids[q] = distinct;
        if (distinct == last.length) last = java.util.Arrays.copyOf(last, distinct * 2);
        last[distinct] = -1;
        return distinct++;
    }

    private void grow() {
        int[] ok = keys, os = stamp, oi = ids;
        int cap = ok.length * 2;
        keys = new int[cap];
        stamp = new int[cap];
        ids = new int[cap];
        mask = cap - 1;
        int g = gen;
        gen = 1;
        for (int q = 0; q < ok.length; q++) {
            if (os[q] != g) continue;
            int r = CharLm.mix(ok[q]) & mask;
            while (stamp[r] == gen) r = (r + 1) & mask;
            stamp[r] = gen;
            keys[r] = ok[q];
            ids[r] = oi[q];
        }
    }
}
