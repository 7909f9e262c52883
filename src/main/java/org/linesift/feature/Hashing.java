package org.linesift.feature;

/** Feature hashing: a namespace and up to three values mixed into one index of a 2^bits space. */
public final class Hashing {
    private Hashing() {}

    public static int index(int mask, int ns, long a) {
        return (int) fmix(ns * 0x9E3779B97F4A7C15L ^ a * 0xC2B2AE3D27D4EB4FL) & mask;
    }

    public static int index(int mask, int ns, long a, long b) {
        long h = ns * 0x9E3779B97F4A7C15L ^ a * 0xC2B2AE3D27D4EB4FL;
        h = fmix(h) ^ (b * 0x165667B19E3779F9L);
        return (int) fmix(h) & mask;
    }

    public static int index(int mask, int ns, long a, long b, long c) {
        long h = ns * 0x9E3779B97F4A7C15L ^ a * 0xC2B2AE3D27D4EB4FL;
        h = fmix(h) ^ (b * 0x165667B19E3779F9L);
        h = fmix(h) ^ (c * 0x27D4EB2F165667C5L);
        return (int) fmix(h) & mask;
    }

    /** MurmurHash3's 64-bit finaliser. */
    /**
     * The hash under which a spinner word ({@link FeatureConfig#SPIN_WORDS}) is kept in a model's term set: the
     * word's {@link #chars} hash, salted, so that it is never taken for a spam-lexicon term. Never 0.
     */
    public static long spinnerWord(long charsHash) {
        long h = fmix(charsHash ^ 0x5350494E4E455253L);
        return h == 0 ? 1 : h;
    }

    public static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB93FE1A85EC9L;
        k ^= k >>> 33;
        return k;
    }

    /** Hash of chars {@code s[from..to)}. */
    public static long chars(char[] s, int from, int to) {
        return chars(s, from, to, false);
    }

    /** {@link #chars(char[], int, int)}, with every ASCII digit read as {@code 0} (the number's shape) if {@code digitShapes}. */
    static long chars(char[] s, int from, int to, boolean digitShapes) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h ^= digitShapes ? digitShape(s[i]) : s[i];
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** {@code 0} for an ASCII digit, else the char itself. */
    static char digitShape(char c) {
        return c >= '0' && c <= '9' ? '0' : c;
    }

    /** Hash of chars {@code s[from..to)}; the same value as {@link #chars(char[], int, int)} on the same chars. */
    public static long chars(CharSequence s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }
}
