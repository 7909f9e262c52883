package org.linesift.feature;

/**
 * A small reusable set of int keys (character pairs packed as {@code a << 16 | b}) with open addressing and
 * generation stamps, so that clearing it costs nothing; each slot can also be marked once per {@link #clearMarks}.
 * Holds fewer keys than its capacity (callers cap what they add). Not thread-safe: one per {@code Scratch}.
 */
final class KeySet {
    private final int[] keys, stamp, marks;
    /** Per slot: in how many lines the key occurred, and the last line counted ({@link #addInLine}); lazily made. */
    private int[] lines, lastLine;
    private final int mask;
    private int gen, markGen, size;

    /** @param capacity a power of two, larger than the number of keys ever added between two {@link #clear}s */
    KeySet(int capacity) {
        keys = new int[capacity];
        stamp = new int[capacity];
        marks = new int[capacity];
        mask = capacity - 1;
    }

    /** Empties the set (and its marks). */
    void clear() {
        if (++gen == 0) { java.util.Arrays.fill(stamp, 0); gen = 1; }
        size = 0;
        clearMarks();
    }

    /** How many keys were added since {@link #clear}. */
    int size() {
        return size;
    }

    /** Unmarks every slot. */
    void clearMarks() {
        if (++markGen == 0) { java.util.Arrays.fill(marks, 0); markGen = 1; }
    }

    /** Adds {@code key}; true when it was not in the set yet. */
    boolean add(int key) {
        int q = CharLm.mix(key) & mask;
        while (stamp[q] == gen) {
            if (keys[q] == key) return false;
            q = (q + 1) & mask;
        }
        stamp[q] = gen;
        keys[q] = key;
        size++;
        return true;
    }

    /**
     * Adds {@code key} as seen in line {@code line} and counts the distinct lines each key occurs in (a line that
     * repeats a key counts once, as long as a line's keys are added together).
     */
    void addInLine(int key, int line) {
        if (lines == null) { lines = new int[keys.length]; lastLine = new int[keys.length]; }
        int q = CharLm.mix(key) & mask;
        while (stamp[q] == gen) {
            if (keys[q] == key) {
                if (lastLine[q] != line) { lastLine[q] = line; lines[q]++; }
                return;
            }
            q = (q + 1) & mask;
        }
        stamp[q] = gen;
        keys[q] = key;
        lines[q] = 1;
        lastLine[q] = line;
        size++;
    }

    /** In how many lines the key in {@code slot} occurred ({@link #addInLine}); 0 for keys added with {@link #add}. */
    int lines(int slot) {
        return lines == null ? 0 : lines[slot];
    }

    /** The slot of {@code key}, or -1 when it is not in the set. */
    int slot(int key) {
        int q = CharLm.mix(key) & mask;
        while (stamp[q] == gen) {
            if (keys[q] == key) return q;
            q = (q + 1) & mask;
        }
        return -1;
    }

    /** Marks a slot from {@link #slot}; true the first time since {@link #clearMarks}. */
    boolean mark(int slot) {
        if (marks[slot] == markGen) return false;
        marks[slot] = markGen;
        return true;
    }
}
