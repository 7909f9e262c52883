package org.linesift.feature;

import org.linesift.text.CharClass;

/**
 * The two language-model tests for spam inside a line, shared by the features (which turn their results into
 * thermometer codes) and the span finder (which points at the chars): the deletion test for injected spans and
 * the synonym substitution test for 伪原创 words. Plain functions over caller-owned arrays; allocate nothing.
 */
public final class LmProbes {
    private LmProbes() {}

    /** A filter for deletion candidates: return true to skip the span {@code [a, b)}. */
    @FunctionalInterface
    public interface SpanVeto {
        boolean veto(int a, int b);
    }

    /**
     * Fills {@code q[k]} (1 <= k < n) with the LM cost (1/8 bits) of the bigram {@code (m[k-1], m[k])} of mapped
     * chars (see {@link CharLm#map}); a space on either side breaks the chain and costs 0. The deletion and
     * insertion tests read these costs, so one call serves both.
     */
    public static void bigramCosts(CharLm lm, char[] m, int n, int[] q) {
        for (int k = 1; k < n; k++) q[k] = (m[k - 1] == ' ' || m[k] == ' ') ? 0 : lm.bigramQ(m[k - 1], m[k]);
    }

    /**
     * The deletion test over mapped chars {@code m[0..n)} (see {@link CharLm#map}) with their bigram costs
     * {@code q} from {@link #bigramCosts}: among spans of 2–8 chars set in Chinese text (Han or the line edge on
     * both sides, not the whole line), the one whose removal saves the most LM cost, charging 7 bits for each
     * char removed. Writes the saving (1/8 bits, 0 if none) and the span's start and end (-1 if none) into
     * {@code out[0..3)}. {@code veto} may be null.
     */
    public static void bestDeletion(CharLm lm, char[] m, int n, int[] q, SpanVeto veto, int[] out) {
        int best = 0, ba = -1, bb = -1;
        for (int a = 0; a < n; a++) {
            // code, URLs and English are not cut apart: Han (or the line edge) on both sides
            if (a > 0 && CharClass.of(m[a - 1]) != CharClass.HAN) continue;
            int inner = 0;
            for (int L = 1; L <= 8 && a + L <= n; L++) {
                int b = a + L; // span [a, b)
                if (L > 1) inner += q[a + L - 1];
                if (L < 2) continue;
                if (b < n && CharClass.of(m[b]) != CharClass.HAN) continue;
                if (a == 0 && b >= n) continue;
                int left = a > 0 ? q[a] : 0;
                int right = b < n ? q[b] : 0;
                // a span at an edge has one seam; charge the prose cost of the chars it removes
                int bound = left + inner + right - L * 7 * 8;
                if (bound <= best) continue; // the join costs >= 0, so this span cannot win: skip the lookup
                if (veto != null && veto.veto(a, b)) continue;
                int join = (a > 0 && b < n) ? lm.bigramQ(m[a - 1], m[b]) : 0;
                int saving = bound - join;
                if (saving > best) {
                    best = saving;
                    ba = a;
                    bb = b;
                }
            }
        }
        out[0] = best;
        out[1] = ba;
        out[2] = bb;
    }

    /** Chars after which a clause starts: an inserted brand sits right after one of them (or at the line start). */
    private static final String CLAUSE = "，。；！？、：,;!?“”\"‘’'（(【[《「『|·";
    // 《书名》 and 「quotes」 are ordinary in news (titles, quotations), so they are not brand brackets
    private static final String OPEN = "（(【[", CLOSE = "）)】]";
    /** Every opening bracket: a colon label right after one (【字号：大 中 小】) is page furniture, not a brand. */
    private static final String ANY_OPEN = "（(【[《「『";

    /** Kinds of {@link #bestInsertion} span: a bracketed one, one ending in a colon, a bare one. */
    public static final int BRACKETED = 1, COLON = 2, BARE = 3;

    /** Whether a clause starts at {@code m[a]}: the line start, or right after a space or a clause mark. */
    public static boolean clauseStart(char[] m, int a) {
        return a == 0 || m[a - 1] == ' ' || CLAUSE.indexOf(m[a - 1]) >= 0;
    }

    /** True when {@code m[a..b)} occurs again in the line, also at a clause start. */
    private static boolean recursAfterBoundary(char[] m, int n, int a, int b) {
        for (int k = indexOf(m, n, a, b - a, 0); k >= 0; k = indexOf(m, n, a, b - a, k + 1)) {
            if (k != a && clauseStart(m, k)) return true;
        }
        return false;
    }

    /**
     * The first {@code k >= from} where {@code c[k..k+len)} equals {@code c[at..at+len)}, looking only in
     * {@code c[0..n)}; -1 if none.
     */
    public static int indexOf(char[] c, int n, int at, int len, int from) {
        outer:
        for (int k = from; k + len <= n; k++) {
            for (int j = 0; j < len; j++) if (c[k + j] != c[at + j]) continue outer;
            return k;
        }
        return -1;
    }

    private static boolean wordChar(char m) {
        return m == 'a' || m == '0' || CharClass.of(m) == CharClass.HAN;
    }

    /**
     * The insertion test for spans set at a clause boundary (the line start or right after {@code ，、“(} ...),
     * where the deletion test does not look: a bracketed span ({@code 【ayx】}, {@code (万博)}), a span that ends in
     * a colon ({@code 欧宝体育：}) or a bare span of 2–6 word chars ({@code ，万博可以}). Scores each like
     * {@link #bestDeletion} (seams plus inner cost, minus the join, minus 7 bits a removed char) over mapped chars
     * {@code m[0..n)} with their bigram costs {@code q} from {@link #bigramCosts}, and writes the best saving (1/8
     * bits, 0 if none), its start, its end and its kind into {@code out[0..4)}.
     */
    public static void bestInsertion(CharLm lm, char[] m, int n, int[] q, int[] out) {
        int best = 0, ba = -1, bb = -1, bk = 0;
        for (int a = 0; a < n; a++) {
            if (!clauseStart(m, a)) continue;
            int open = OPEN.indexOf(m[a]);
            for (int L = 2; L <= 12 && a + L <= n; L++) {
                int b = a + L;
                char last = m[b - 1];
                int kind;
                if (open >= 0) {
                    if (last != CLOSE.charAt(open) || L < 4) continue;
                    kind = BRACKETED;
                } else if ((last == '：' || last == ':') && L >= 3 && L <= 9) {
                    // a label inside brackets (【字号：大 中 小】) is page furniture, not an injected brand
                    if (b >= n || !wordChar(m[b]) || (a > 0 && ANY_OPEN.indexOf(m[a - 1]) >= 0)) continue;
                    kind = COLON;
                } else if (L <= 6 && wordChar(last)) {
                    if (b < n && (!wordChar(m[b]) || (CharClass.of(last) != CharClass.HAN && CharClass.of(m[b]) != CharClass.HAN))) continue; // never split a Latin/digit run
                    if (b >= n && a == 0) continue;
                    kind = BARE;
                } else {
                    continue;
                }
                boolean inner = true;
                for (int k = a + (kind == BRACKETED ? 1 : 0); k < b - (kind == BARE ? 0 : 1); k++) if (!wordChar(m[k]) && m[k] != '.') { inner = false; break; }
                if (!inner) continue;
                if (a == 0 && b >= n) continue;
                int cost = 0;
                for (int k = a + 1; k < b; k++) cost += q[k];
                int left = a > 0 ? q[a] : 0;
                int right = b < n ? q[b] : 0;
                int bound = left + cost + right - L * 7 * 8;
                if (bound <= best) continue; // the join costs >= 0, so this span cannot win: skip the lookup
                int join = (a > 0 && b < n && m[a - 1] != ' ' && m[b] != ' ') ? lm.bigramQ(m[a - 1], m[b]) : 0;
                int saving = bound - join;
                if (saving <= best) continue;
                // a bare run of Han chars is only a candidate when it recurs in the line (万博可以…，万博可以):
                // once, it is as likely a rare word cut at a clause start
                if (kind == BARE && CharClass.allHan(m, a, b) && !recursAfterBoundary(m, n, a, b)) continue;
                best = saving; ba = a; bb = b; bk = kind;
            }
        }
        out[0] = best;
        out[1] = ba;
        out[2] = bb;
        out[3] = bk;
    }
}
