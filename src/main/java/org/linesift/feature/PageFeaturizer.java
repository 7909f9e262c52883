package org.linesift.feature;

import org.linesift.text.CharClass;
import org.linesift.text.Normalizer;
import org.linesift.text.Segmenter;

/**
 * Turns the lines of one page into hashed binary features, line by line.
 *
 * <p>Two passes: {@link #analyse} measures every line (shape, language-model surprisal, repeats) and the
 * page (title line, article region); {@link #features} then writes the feature indices of one line, using
 * its own measurements and its neighbours'. All buffers live in a caller-owned {@link Scratch}, one per
 * thread, so the hot path allocates nothing once the scratch has grown to the page size.
 *
 * <p>An instance is immutable and thread-safe.
 */
public final class PageFeaturizer {
    // namespaces
    private static final int NS_BIAS = 1, NS_C1 = 2, NS_C2 = 3, NS_C3 = 4, NS_W1 = 5, NS_W2 = 6, NS_SHAPE3 = 7,
            NS_LEN = 10, NS_RATIO = 11, NS_FLAG = 12, NS_COUNT = 13, NS_LM = 14, NS_POS = 15, NS_NB = 16,
            NS_WIN = 17, NS_REGION = 18, NS_REPEAT = 19, NS_TITLE = 20, NS_CROSS = 21, NS_FIRST = 22, NS_LAST = 23,
            NS_WFREQ = 24, NS_PAGE = 25, NS_BRAND = 26, NS_STACK = 27;

    // line flag bits
    static final int F_FINAL = 1, F_BULLET = 2, F_DATE = 4, F_TIME = 8, F_URL = 16, F_ICP = 32, F_COPY = 64,
            F_PROSE = 128, F_BLANK = 256, F_NUMBERED = 512, F_COLON = 1024, F_EMAIL = 2048;

    private final FeatureConfig config;
    private final CharLm lm;
    private final Segmenter segmenter;
    private final int mask;

    /**
     * @param config    feature configuration (from the model)
     * @param lm        the character language model, or {@code null} when the model has none
     * @param segmenter the tokeniser; {@code null} only when words are off
     */
    public PageFeaturizer(FeatureConfig config, CharLm lm, Segmenter segmenter) {
        this.config = config;
        this.lm = config.has(FeatureConfig.LM) ? lm : null;
        this.segmenter = config.has(FeatureConfig.WORDS) ? segmenter : null;
        if (config.has(FeatureConfig.LM) && lm == null) throw new IllegalArgumentException("config asks for LM features but no LM given");
        if (config.has(FeatureConfig.WORDS) && segmenter == null) throw new IllegalArgumentException("config asks for word features but no segmenter given");
        this.mask = config.dimension() - 1;
    }

    public FeatureConfig config() {
        return config;
    }

    /** The most features {@link #features} can write for one line. */
    public int maxFeatures() {
        return 6 * config.maxNgramChars() + 256;
    }

    /** Per-thread buffers. Grows to the largest page seen; never shrinks. */
    public static final class Scratch {
        char[] norm = new char[0];
        char[] mapped = new char[0];
        int[] tokS = new int[0], tokE = new int[0], tokId = new int[0];
        // per-line measurements
        int n;
        int[] len = new int[0], han = new int[0], latin = new int[0], digit = new int[0], pcjk = new int[0],
                pascii = new int[0], latin1 = new int[0], broken = new int[0], space = new int[0], commas = new int[0],
                flags = new int[0], lmMean = new int[0], lmMax = new int[0], lmHigh = new int[0], lmVeryHigh = new int[0],
                rareChars = new int[0], repeat = new int[0], pinyin = new int[0], alnumRuns = new int[0],
                mixedRuns = new int[0], hanAdjRuns = new int[0], domains = new int[0], brackets = new int[0],
                seps = new int[0], otherCls = new int[0];
        long[] hash = new long[0];
        long[] sortBuf = new long[0];
        // page measurements
        int title = -1, firstProse = -1, lastProse = -1, proseCount;
        int titleLen;
        final int[] titleKeys = new int[512];
        final int[] titleStamp = new int[512];
        int titleGen;
        // feature dedupe
        int[] seen = new int[1 << 13];
        int[] seenStamp = new int[1 << 13];
        int seenGen;

        void ensureLines(int n) {
            if (len.length >= n) return;
            int c = Math.max(n, len.length * 2);
            len = new int[c]; han = new int[c]; latin = new int[c]; digit = new int[c]; pcjk = new int[c];
            pascii = new int[c]; latin1 = new int[c]; broken = new int[c]; space = new int[c]; commas = new int[c];
            flags = new int[c]; lmMean = new int[c]; lmMax = new int[c]; lmHigh = new int[c]; lmVeryHigh = new int[c];
            rareChars = new int[c]; repeat = new int[c]; pinyin = new int[c]; alnumRuns = new int[c];
            mixedRuns = new int[c]; hanAdjRuns = new int[c]; domains = new int[c]; brackets = new int[c];
            seps = new int[c]; otherCls = new int[c];
            hash = new long[c]; sortBuf = new long[c];
        }

        void ensureChars(int n) {
            if (norm.length >= n) return;
            norm = new char[n];
            mapped = new char[n];
            tokS = new int[n];
            tokE = new int[n];
            tokId = new int[n];
        }
    }

    // ------------------------------------------------------------------ pass 1

    /** Measures every line of the page and the page itself. Must precede {@link #features} for the page. */
    public void analyse(String[] lines, Scratch s) {
        int n = lines.length;
        s.n = n;
        s.ensureLines(n);
        s.ensureChars(config.maxNgramChars());
        for (int i = 0; i < n; i++) measure(lines[i], i, s);
        // repeats: sort hashes of non-blank lines
        int m = 0;
        for (int i = 0; i < n; i++) if ((s.flags[i] & F_BLANK) == 0) s.sortBuf[m++] = s.hash[i];
        java.util.Arrays.sort(s.sortBuf, 0, m);
        for (int i = 0; i < n; i++) {
            if ((s.flags[i] & F_BLANK) != 0) { s.repeat[i] = 0; continue; }
            int lo = lowerBound(s.sortBuf, m, s.hash[i]);
            int c = 0;
            while (lo + c < m && s.sortBuf[lo + c] == s.hash[i]) c++;
            s.repeat[i] = c;
        }
        // article region: first and last prose line
        s.firstProse = -1; s.lastProse = -1; s.proseCount = 0;
        for (int i = 0; i < n; i++) {
            if ((s.flags[i] & F_PROSE) != 0) {
                if (s.firstProse < 0) s.firstProse = i;
                s.lastProse = i;
                s.proseCount++;
            }
        }
        chooseTitle(lines, s);
    }

    private static int lowerBound(long[] a, int n, long key) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private void measure(String line, int i, Scratch s) {
        int L = line.length();
        int han = 0, latin = 0, digit = 0, pcjk = 0, pascii = 0, latin1 = 0, broken = 0, space = 0, other = 0, commas = 0;
        int pinyin = 0, alnumRuns = 0, mixedRuns = 0, hanAdj = 0, domains = 0, brackets = 0, seps = 0;
        long h = 0xCBF29CE484222325L;
        int prevCls = CharClass.SPACE;
        int runStart = -1;
        boolean runLetters = false, runDigits = false;
        int lastNonSpace = -1, firstNonSpace = -1;
        for (int k = 0; k < L; k++) {
            char c = Normalizer.fold(line.charAt(k));
            int cls = CharClass.of(c);
            switch (cls) {
                case CharClass.HAN: han++; break;
                case CharClass.LATIN: latin++; break;
                case CharClass.DIGIT: digit++; break;
                case CharClass.PUNCT_CJK: pcjk++; break;
                case CharClass.PUNCT_ASCII: pascii++; break;
                case CharClass.LATIN1: latin1++; break;
                case CharClass.BROKEN: broken++; break;
                case CharClass.SPACE: space++; break;
                default: other++;
            }
            if (cls != CharClass.SPACE) {
                h ^= c;
                h *= 0x100000001B3L;
                if (firstNonSpace < 0) firstNonSpace = k;
                lastNonSpace = k;
            }
            if (c == '，' || c == ',' || c == '、') commas++;
            if (c == '|' || c == '丨' || c == '｜' || c == '/' || c == '>' || c == '»') seps++;
            if (c == '【' || c == '】' || c == '[' || c == ']') brackets++;
            boolean alnum = cls == CharClass.LATIN || cls == CharClass.DIGIT;
            if (alnum) {
                if (runStart < 0) { runStart = k; runLetters = false; runDigits = false; }
                if (cls == CharClass.LATIN) runLetters = true; else runDigits = true;
            }
            if (!alnum && runStart >= 0) {
                alnumRuns++;
                if (runLetters && runDigits) mixedRuns++;
                if (prevBeforeRunIsHan(line, runStart) || cls == CharClass.HAN) hanAdj++;
                if (c == '.' && k + 2 < L && CharClass.of(Normalizer.fold(line.charAt(k + 1))) == CharClass.LATIN) domains++;
                // pinyin: Han ( letters )
                if (runLetters && !runDigits && c == ')' && runStart >= 2
                        && Normalizer.fold(line.charAt(runStart - 1)) == '('
                        && CharClass.of(Normalizer.fold(line.charAt(runStart - 2))) == CharClass.HAN
                        && k - runStart <= 6) pinyin++;
                runStart = -1;
            }
            prevCls = cls;
        }
        if (runStart >= 0) {
            alnumRuns++;
            if (runLetters && runDigits) mixedRuns++;
            if (prevBeforeRunIsHan(line, runStart)) hanAdj++;
        }
        int len = L - space;
        s.len[i] = len; s.han[i] = han; s.latin[i] = latin; s.digit[i] = digit; s.pcjk[i] = pcjk;
        s.pascii[i] = pascii; s.latin1[i] = latin1; s.broken[i] = broken; s.space[i] = space; s.commas[i] = commas;
        s.otherCls[i] = other; s.pinyin[i] = pinyin; s.alnumRuns[i] = alnumRuns; s.mixedRuns[i] = mixedRuns;
        s.hanAdjRuns[i] = hanAdj; s.domains[i] = domains; s.brackets[i] = brackets; s.seps[i] = seps;
        s.hash[i] = h;
        int flags = 0;
        if (len == 0) flags |= F_BLANK;
        if (lastNonSpace >= 0) {
            int k = lastNonSpace;
            char c = Normalizer.fold(line.charAt(k));
            while (k > firstNonSpace && (c == '”' || c == '"' || c == '’' || c == ')' || c == '）' || c == '」' || c == '』' || c == '】')) {
                c = Normalizer.fold(line.charAt(--k));
            }
            if (CharClass.isSentenceFinal(c)) flags |= F_FINAL;
            if (c == '：' || c == ':') flags |= F_COLON;
        }
        if (firstNonSpace >= 0) {
            char c0 = Normalizer.fold(line.charAt(firstNonSpace));
            if (CharClass.isBullet(c0)) flags |= F_BULLET;
            if (isNumberedStart(line, firstNonSpace)) flags |= F_NUMBERED;
        }
        // patterns on the normalised prefix
        int np = Math.min(L, config.maxNgramChars());
        char[] nb = s.norm;
        for (int k = 0; k < np; k++) nb[k] = Normalizer.fold(line.charAt(k));
        if (hasDate(nb, np)) flags |= F_DATE;
        if (hasTime(nb, np)) flags |= F_TIME;
        if (contains(nb, np, "http") || contains(nb, np, "www.") || contains(nb, np, ".com") || contains(nb, np, ".cn")
                || contains(nb, np, ".html")) flags |= F_URL;
        if (contains(nb, np, "icp") || contains(nb, np, "备案") || contains(nb, np, "公网安备")) flags |= F_ICP;
        if (contains(nb, np, "©") || contains(nb, np, "copyright") || contains(nb, np, "版权")) flags |= F_COPY;
        if (contains(nb, np, "@") && contains(nb, np, ".")) flags |= F_EMAIL;
        if (len >= 30 && han * 2 >= len && (pcjk + commas) >= 2) flags |= F_PROSE;
        s.flags[i] = flags;
        // language model
        if (lm != null) lmStats(nb, np, i, s);
        else { s.lmMean[i] = 0; s.lmMax[i] = 0; s.lmHigh[i] = 0; s.lmVeryHigh[i] = 0; s.rareChars[i] = 0; }
    }

    private static boolean prevBeforeRunIsHan(String line, int runStart) {
        return runStart > 0 && CharClass.of(Normalizer.fold(line.charAt(runStart - 1))) == CharClass.HAN;
    }

    private static boolean isNumberedStart(String line, int k) {
        int L = line.length();
        int j = k;
        char c = Normalizer.fold(line.charAt(j));
        if (c == '(' && j + 1 < L) c = Normalizer.fold(line.charAt(++j));
        int d = 0;
        while (j < L && (Character.isDigit(c = Normalizer.fold(line.charAt(j))) || "一二三四五六七八九十".indexOf(c) >= 0) && d < 4) { j++; d++; }
        if (d == 0 || j >= L) return false;
        c = Normalizer.fold(line.charAt(j));
        return c == '、' || c == '.' || c == ')' || c == '．' || c == ' ';
    }

    private void lmStats(char[] nb, int np, int i, Scratch s) {
        char[] m = s.mapped;
        int mn = 0;
        for (int k = 0; k < np; k++) {
            char c = CharLm.map(nb[k]);
            if (c == ' ' && mn > 0 && m[mn - 1] == ' ') continue;
            m[mn++] = c;
        }
        int sum = 0, max = 0, high = 0, veryHigh = 0, rare = 0, count = 0;
        for (int k = 0; k < mn; k++) {
            char c = m[k];
            if (c != ' ' && c != 'a' && c != '0' && lm.unigramQ(c) >= 17 * 8) rare++;
            if (k == 0) continue;
            char a = m[k - 1];
            if (a == ' ' || c == ' ') continue;
            int q = lm.bigramQ(a, c);
            sum += q;
            count++;
            if (q > max) max = q;
            if (q >= 13 * 8) high++;
            if (q >= 16 * 8) veryHigh++;
        }
        s.lmMean[i] = count == 0 ? -1 : sum / count;
        s.lmMax[i] = max;
        s.lmHigh[i] = high;
        s.lmVeryHigh[i] = veryHigh;
        s.rareChars[i] = rare;
    }

    static boolean contains(char[] s, int n, String pat) {
        int m = pat.length();
        char p0 = pat.charAt(0);
        outer:
        for (int i = 0; i + m <= n; i++) {
            if (s[i] != p0) continue;
            for (int j = 1; j < m; j++) if (s[i + j] != pat.charAt(j)) continue outer;
            return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean hasDate(char[] s, int n) {
        for (int i = 0; i < n; i++) {
            if (!isDigit(s[i])) continue;
            int j = i;
            while (j < n && isDigit(s[j])) j++;
            int d = j - i;
            if (j < n && d >= 1 && d <= 4) {
                char c = s[j];
                if (c == '年' || (c == '月' && d <= 2)) return true;
                if ((c == '-' || c == '/' || c == '.') && d == 4 && j + 1 < n && isDigit(s[j + 1])) return true;
            }
            i = j;
        }
        return false;
    }

    static boolean hasTime(char[] s, int n) {
        for (int i = 1; i + 2 < n; i++) {
            if (s[i] == ':' && isDigit(s[i - 1]) && isDigit(s[i + 1]) && isDigit(s[i + 2])) return true;
        }
        return false;
    }

    private void chooseTitle(String[] lines, Scratch s) {
        int n = s.n;
        s.title = -1;
        s.titleLen = 0;
        if (n == 0) return;
        int limit = s.firstProse >= 0 ? Math.min(n, s.firstProse + 1) : Math.min(n, 30);
        // the title is the last short, Han-rich, non-final line before the first prose line whose
        // characters recur in the article; fall back to nothing
        int best = -1;
        int bestScore = 0;
        for (int i = Math.max(0, limit - 40); i < limit; i++) {
            int len = s.len[i];
            if (len < 5 || len > 80 || s.han[i] * 2 < len || (s.flags[i] & F_FINAL) != 0) continue;
            if (s.repeat[i] > 2) continue;
            int sc = recurrence(lines[i], lines, s) * 4 + 1;
            // closer to the article is better
            sc = sc * 100 - (limit - i);
            if (sc > bestScore) { bestScore = sc; best = i; }
        }
        s.title = best;
        if (best >= 0) {
            s.titleGen++;
            if (s.titleGen == 0) { java.util.Arrays.fill(s.titleStamp, 0); s.titleGen = 1; }
            String t = lines[best];
            int cnt = 0;
            char prev = 0;
            for (int k = 0; k < t.length() && cnt < 200; k++) {
                char c = Normalizer.fold(t.charAt(k));
                if (CharClass.of(c) != CharClass.HAN) { prev = 0; continue; }
                if (prev != 0) { addTitleKey(s, (prev << 16) | c); cnt++; }
                prev = c;
            }
            s.titleLen = cnt;
        }
    }

    /** How many of a candidate's Han bigrams recur in the first prose lines of the page (bounded work). */
    private int recurrence(String cand, String[] lines, Scratch s) {
        if (s.firstProse < 0) return 0;
        int hits = 0;
        int checked = 0;
        char prev = 0;
        for (int k = 0; k < cand.length() && checked < 40; k++) {
            char c = Normalizer.fold(cand.charAt(k));
            if (CharClass.of(c) != CharClass.HAN) { prev = 0; continue; }
            if (prev != 0) {
                checked++;
                if (occursInProse(prev, c, lines, s)) hits++;
            }
            prev = c;
        }
        return checked == 0 ? 0 : hits * 10 / checked;
    }

    private static boolean occursInProse(char a, char b, String[] lines, Scratch s) {
        int seen = 0;
        for (int i = s.firstProse; i <= s.lastProse && seen < 3; i++) {
            if ((s.flags[i] & F_PROSE) == 0) continue;
            seen++;
            String l = lines[i];
            int L = Math.min(l.length(), 400);
            for (int k = 1; k < L; k++) {
                if (l.charAt(k) == b && l.charAt(k - 1) == a) return true;
            }
        }
        return false;
    }

    private static void addTitleKey(Scratch s, int key) {
        int h = CharLm.mix(key) & 511;
        for (int p = 0; p < 512; p++) {
            int q = (h + p) & 511;
            if (s.titleStamp[q] != s.titleGen) { s.titleStamp[q] = s.titleGen; s.titleKeys[q] = key; return; }
            if (s.titleKeys[q] == key) return;
        }
    }

    private static boolean isTitleKey(Scratch s, int key) {
        int h = CharLm.mix(key) & 511;
        for (int p = 0; p < 512; p++) {
            int q = (h + p) & 511;
            if (s.titleStamp[q] != s.titleGen) return false;
            if (s.titleKeys[q] == key) return true;
        }
        return false;
    }

    /** The index of the line chosen as the page title after {@link #analyse}, or -1. */
    public int title(Scratch s) {
        return s.title;
    }

    // ------------------------------------------------------------------ pass 2

    /**
     * Writes the distinct feature indices of line {@code i} into {@code out} (at least {@link #maxFeatures()}
     * long) and returns their number.
     */
    public int features(String[] lines, int i, Scratch s, int[] out) {
        s.seenGen++;
        if (s.seenGen == 0) { java.util.Arrays.fill(s.seenStamp, 0); s.seenGen = 1; }
        Emitter e = new Emitter(out, s, mask);
        String line = lines[i];
        e.add(NS_BIAS, 0);
        if ((s.flags[i] & F_BLANK) != 0) {
            e.add(NS_FLAG, F_BLANK);
            return e.n;
        }
        int np = Math.min(line.length(), config.maxNgramChars());
        char[] nb = s.norm;
        for (int k = 0; k < np; k++) nb[k] = Normalizer.fold(line.charAt(k));
        ngrams(nb, np, e);
        if (segmenter != null) words(nb, np, s, e);
        shape(i, s, e);
        if (lm != null) lmFeatures(i, s, e);
        if (config.has(FeatureConfig.CONTEXT)) context(nb, np, i, s, e);
        return e.n;
    }

    /**
     * Appends the second-pass features of line {@code i} to {@code out[0..n)} and returns the new count:
     * the first pass's probabilities of this line and its neighbours ({@code probs[3 * j + k]}), and the
     * page-level share of each first-pass label. Call right after {@link #features} for the same line.
     */
    public int stackFeatures(float[] probs, int i, Scratch s, int[] out, int n) {
        Emitter e = new Emitter(out, s, mask);
        e.n = n;
        int lines = s.n;
        int own = argmax(probs, i);
        e.add(NS_STACK, 1, own, decile(probs[3 * i + own]));
        e.add(NS_STACK, 2, decile(probs[3 * i]), decile(probs[3 * i + 2]));
        e.add(NS_STACK, 3, own, lenClass(s, i));
        for (int d = -3; d <= 3; d++) {
            if (d == 0) continue;
            int j = i + d;
            if (j < 0 || j >= lines) { e.add(NS_STACK, 10 + d, 9); continue; }
            if ((s.flags[j] & F_BLANK) != 0) { e.add(NS_STACK, 10 + d, 8); continue; }
            int a = argmax(probs, j);
            e.add(NS_STACK, 10 + d, a, decile(probs[3 * j + a]));
            if (d == -1 || d == 1) e.add(NS_STACK, 20 + d, a, own);
        }
        float b5 = 0, s5 = 0;
        int c5 = 0;
        for (int j = Math.max(0, i - 5); j <= Math.min(lines - 1, i + 5); j++) {
            if (j == i || (s.flags[j] & F_BLANK) != 0) continue;
            b5 += probs[3 * j];
            s5 += probs[3 * j + 2];
            c5++;
        }
        if (c5 > 0) {
            e.add(NS_STACK, 30, decile(b5 / c5));
            e.add(NS_STACK, 31, decile(s5 / c5));
            e.add(NS_STACK, 32, decile(b5 / c5), own);
        }
        // wide windows and the body span: body is one block, broken by short lines of its own
        for (int w : WIDE) {
            float bw = 0;
            int cw = 0;
            for (int j = Math.max(0, i - w); j <= Math.min(lines - 1, i + w); j++) {
                if (j == i || (s.flags[j] & F_BLANK) != 0) continue;
                bw += probs[3 * j];
                cw++;
            }
            if (cw > 0) e.add(NS_STACK, 50 + w, decile(bw / cw), own);
        }
        int above = 0, below = 0;
        for (int j = 0; j < i; j++) if ((s.flags[j] & F_BLANK) == 0 && probs[3 * j] > 0.5f) above++;
        for (int j = i + 1; j < lines; j++) if ((s.flags[j] & F_BLANK) == 0 && probs[3 * j] > 0.5f) below++;
        e.add(NS_STACK, 60, bucket(above), bucket(below));
        e.add(NS_STACK, 61, Math.min(above, 3) * 4 + Math.min(below, 3), own);
        // distance to the nearest confident body line above and below
        int du = 99, dd = 99;
        for (int j = i - 1; j >= 0 && i - j < 40; j--) if (probs[3 * j] > 0.7f) { du = i - j; break; }
        for (int j = i + 1; j < lines && j - i < 40; j++) if (probs[3 * j] > 0.7f) { dd = j - i; break; }
        e.add(NS_STACK, 62, bucket(Math.min(du, 40)), bucket(Math.min(dd, 40)));
        e.add(NS_STACK, 63, bucket(Math.min(du, 40)) * 16 + bucket(Math.min(dd, 40)), lenClass(s, i));
        // same-label runs above and below
        int up = 0, down = 0;
        for (int j = i - 1; j >= 0 && up < 8; j--) { if ((s.flags[j] & F_BLANK) != 0) continue; if (argmax(probs, j) != own) break; up++; }
        for (int j = i + 1; j < lines && down < 8; j++) { if ((s.flags[j] & F_BLANK) != 0) continue; if (argmax(probs, j) != own) break; down++; }
        e.add(NS_STACK, 33, own, bucket(up + down));
        // page-level shares
        float pb = 0, ps = 0;
        int nb = 0;
        for (int j = 0; j < lines; j++) {
            if ((s.flags[j] & F_BLANK) != 0) continue;
            pb += probs[3 * j];
            ps += probs[3 * j + 2];
            nb++;
        }
        if (nb > 0) {
            e.add(NS_STACK, 40, decile(pb / nb));
            e.add(NS_STACK, 41, Math.min(10, (int) (ps * 20 / nb)));
            e.add(NS_STACK, 42, own, Math.min(10, (int) (ps * 20 / nb)));
        }
        return e.n;
    }

    private static final int[] WIDE = {10, 25};

    private static int argmax(float[] p, int i) {
        float a = p[3 * i], b = p[3 * i + 1], c = p[3 * i + 2];
        return a >= b ? (a >= c ? 0 : 2) : (b >= c ? 1 : 2);
    }

    private static int decile(float p) {
        return Math.max(0, Math.min(9, (int) (p * 10)));
    }

    /** Collects distinct indices into the output array. Not allocation-free only in name: it is a stack value. */
    private static final class Emitter {
        final int[] out;
        final Scratch s;
        final int mask;
        int n;

        Emitter(int[] out, Scratch s, int mask) {
            this.out = out;
            this.s = s;
            this.mask = mask;
        }

        void add(int ns, long a) { put(Hashing.index(mask, ns, a)); }
        void add(int ns, long a, long b) { put(Hashing.index(mask, ns, a, b)); }
        void add(int ns, long a, long b, long c) { put(Hashing.index(mask, ns, a, b, c)); }

        void put(int idx) {
            if (n >= out.length) return;
            int[] seen = s.seen;
            int[] stamp = s.seenStamp;
            int m = seen.length - 1;
            int h = (idx * 0x9E3779B1) >>> 19 & m;
            for (int p = 0; p <= m; p++) {
                int q = (h + p) & m;
                if (stamp[q] != s.seenGen) {
                    stamp[q] = s.seenGen;
                    seen[q] = idx;
                    out[n++] = idx;
                    return;
                }
                if (seen[q] == idx) return;
            }
        }
    }

    private void ngrams(char[] c, int n, Emitter e) {
        boolean tri = config.has(FeatureConfig.CHAR_TRIGRAMS);
        char p1 = '^', p2 = '^';
        int s1 = CharClass.SPACE, s2 = CharClass.SPACE;
        for (int k = 0; k <= n; k++) {
            char ch = k < n ? c[k] : '$';
            int cls = k < n ? CharClass.of(ch) : CharClass.SPACE;
            if (k < n && cls == CharClass.SPACE && p1 == ' ') continue;
            if (k < n && cls != CharClass.SPACE) e.add(NS_C1, ch);
            e.add(NS_C2, p1, ch);
            if (tri) e.add(NS_C3, p2, p1, ch);
            e.add(NS_SHAPE3, s2, s1, cls);
            p2 = p1; p1 = ch;
            s2 = s1; s1 = cls;
        }
    }

    private void words(char[] c, int n, Scratch s, Emitter e) {
        int nt = segmenter.segment(c, n, s.tokS, s.tokE, s.tokId);
        long prev = 1;
        int rare = 0, rare2 = 0, dictMulti = 0;
        for (int t = 0; t < nt; t++) {
            long h = Hashing.chars(c, s.tokS[t], s.tokE[t]);
            e.add(NS_W1, h);
            e.add(NS_W2, prev, h);
            prev = h;
            int id = s.tokId[t];
            int wl = s.tokE[t] - s.tokS[t];
            if (id >= 0 && wl >= 2) {
                dictMulti++;
                int f = segmenter.frequency(id);
                if (f <= 3) rare++;
                else if (f <= 12) rare2++;
            }
        }
        e.add(NS_W2, prev, 2);
        e.add(NS_WFREQ, 1, bucket(rare));
        e.add(NS_WFREQ, 2, bucket(rare2));
        for (int t = 1; t <= 6 && rare >= t; t++) e.add(NS_WFREQ, 10, t);
        for (int t = 1; t <= 6 && rare + rare2 >= t; t++) e.add(NS_WFREQ, 11, t);
        if (dictMulti > 0) e.add(NS_WFREQ, 3, rare * 20 / dictMulti);
        e.add(NS_WFREQ, 4, bucket(nt));
    }

    /** 0,1,2,3,4-5,6-8,9-16,17-32,... */
    static int bucket(int v) {
        if (v <= 3) return v;
        if (v <= 5) return 4;
        if (v <= 8) return 5;
        return 3 + (32 - Integer.numberOfLeadingZeros(v - 1));
    }

    private static int ratio10(int part, int whole) {
        return whole <= 0 ? -1 : Math.min(10, part * 10 / whole);
    }

    private void shape(int i, Scratch s, Emitter e) {
        int len = s.len[i];
        e.add(NS_LEN, bucket(len));
        e.add(NS_RATIO, 1, ratio10(s.han[i], len));
        e.add(NS_RATIO, 2, ratio10(s.latin[i], len));
        e.add(NS_RATIO, 3, ratio10(s.digit[i], len));
        e.add(NS_RATIO, 4, ratio10(s.pcjk[i] + s.pascii[i], len));
        e.add(NS_RATIO, 5, ratio10(s.space[i], len + s.space[i]));
        e.add(NS_RATIO, 6, ratio10(s.latin1[i] + s.broken[i] + s.otherCls[i], len));
        int oddPct = len == 0 ? 0 : (s.latin1[i] + s.broken[i] + s.otherCls[i]) * 100 / len;
        for (int t = 5; t <= 60 && oddPct >= t; t += 5) e.add(NS_RATIO, 20, t);
        int f = s.flags[i];
        for (int b = 1; b <= F_EMAIL; b <<= 1) if ((f & b) != 0) e.add(NS_FLAG, b);
        e.add(NS_COUNT, 1, bucket(s.commas[i]));
        e.add(NS_COUNT, 2, bucket(s.pcjk[i]));
        e.add(NS_COUNT, 3, bucket(s.seps[i]));
        e.add(NS_COUNT, 4, bucket(s.space[i]));
        e.add(NS_COUNT, 5, bucket(s.latin1[i]));
        e.add(NS_COUNT, 6, bucket(s.broken[i]));
        e.add(NS_COUNT, 7, bucket(s.otherCls[i]));
        e.add(NS_COUNT, 8, bucket(s.brackets[i]));
        e.add(NS_BRAND, 1, bucket(s.pinyin[i]));
        e.add(NS_BRAND, 2, bucket(s.alnumRuns[i]));
        e.add(NS_BRAND, 3, bucket(s.mixedRuns[i]));
        e.add(NS_BRAND, 4, bucket(s.hanAdjRuns[i]));
        e.add(NS_BRAND, 5, bucket(s.domains[i]));
        if (s.han[i] >= 8 && s.hanAdjRuns[i] > 0) e.add(NS_BRAND, 6, bucket(s.hanAdjRuns[i]), (f & F_PROSE) != 0 ? 1 : 0);
        if (s.pinyin[i] > 0) e.add(NS_BRAND, 7, ratio10(s.pinyin[i] * 4, Math.max(1, s.han[i])));
    }

    private void lmFeatures(int i, Scratch s, Emitter e) {
        int mean = s.lmMean[i];
        if (mean < 0) { e.add(NS_LM, 0); return; }
        int len = Math.max(1, s.len[i]);
        int lb = Math.min(4, bucket(len) / 2);
        e.add(NS_LM, 1, mean / 4);           // half-bit buckets of mean surprisal
        e.add(NS_LM, 3, bucket(s.lmHigh[i]));
        e.add(NS_LM, 4, bucket(s.lmVeryHigh[i]));
        e.add(NS_LM, 7, bucket(s.rareChars[i]));
        // thermometer codes: one feature per threshold passed, so a linear model learns a monotone ramp
        // from few examples (mean surprisal in quarter bits from 6 bits, shares in percent)
        int highPct = s.lmHigh[i] * 100 / len, veryPct = s.lmVeryHigh[i] * 100 / len, rarePct = s.rareChars[i] * 100 / len;
        for (int t = 6 * 8; t <= 14 * 8; t += 4) {
            if (mean < t) break;
            e.add(NS_LM, 20, t);
            e.add(NS_LM, 21, t, lb);
        }
        for (int t = 5; t <= 60; t += 5) {
            if (highPct >= t) { e.add(NS_LM, 22, t); e.add(NS_LM, 23, t, lb); }
            if (veryPct >= t) e.add(NS_LM, 24, t);
            if (rarePct >= t) e.add(NS_LM, 25, t);
        }
    }

    private static int lenClass(Scratch s, int j) {
        if (j < 0 || j >= s.n) return -1;
        int len = s.len[j];
        if (len == 0) return 0;
        if (len < 8) return 1;
        if (len < 20) return 2;
        if (len < 50) return 3;
        return 4;
    }

    private void context(char[] c, int np, int i, Scratch s, Emitter e) {
        int n = s.n;
        int f = s.flags[i];
        int lc = lenClass(s, i);
        // position
        e.add(NS_POS, 1, Math.min(9, i * 10 / Math.max(1, n)));
        e.add(NS_POS, 2, bucket(i));
        e.add(NS_POS, 3, bucket(n - 1 - i));
        e.add(NS_PAGE, 1, bucket(n));
        e.add(NS_PAGE, 2, ratio10(s.proseCount * 3, n));
        // neighbours
        for (int d = -2; d <= 2; d++) {
            if (d == 0) continue;
            int j = i + d;
            int jc = lenClass(s, j);
            e.add(NS_NB, d, 1, jc);
            if (jc > 0) {
                int jf = s.flags[j];
                e.add(NS_NB, d, 2, jf & (F_FINAL | F_PROSE | F_BULLET | F_NUMBERED));
                e.add(NS_NB, d, 3, jc * 8 + lc);
            }
        }
        // window of ±3 and ±8
        int longish = 0, prose = 0, shortish = 0, cnt = 0;
        for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
            if (j == i || (s.flags[j] & F_BLANK) != 0) continue;
            cnt++;
            if (s.len[j] >= 30) longish++;
            if ((s.flags[j] & F_PROSE) != 0) prose++;
            if (s.len[j] < 12) shortish++;
        }
        e.add(NS_WIN, 1, longish);
        e.add(NS_WIN, 2, prose);
        e.add(NS_WIN, 3, shortish);
        int prose8 = 0, short8 = 0;
        for (int j = Math.max(0, i - 8); j <= Math.min(n - 1, i + 8); j++) {
            if (j == i || (s.flags[j] & F_BLANK) != 0) continue;
            if ((s.flags[j] & F_PROSE) != 0) prose8++;
            if (s.len[j] < 12) short8++;
        }
        e.add(NS_WIN, 4, bucket(prose8));
        e.add(NS_WIN, 5, bucket(short8));
        e.add(NS_WIN, 6, bucket(prose8), lc);
        // region relative to the article
        int region;
        if (s.firstProse < 0) region = 0;
        else if (i < s.firstProse) region = i >= s.firstProse - 3 ? 1 : 2;
        else if (i > s.lastProse) region = i <= s.lastProse + 2 ? 3 : 4;
        else region = 5;
        e.add(NS_REGION, region);
        e.add(NS_REGION, region, lc);
        e.add(NS_REGION, region, lc, f & (F_FINAL | F_BULLET));
        e.add(NS_CROSS, 1, lc, f & (F_FINAL | F_COLON | F_NUMBERED));
        // repeats
        e.add(NS_REPEAT, Math.min(s.repeat[i], 4));
        e.add(NS_REPEAT, Math.min(s.repeat[i], 4), lc);
        // title
        if (s.title >= 0) {
            if (i == s.title) {
                e.add(NS_TITLE, 1);
            } else {
                e.add(NS_TITLE, 2, i < s.title ? 0 : 1);
                titleOverlap(c, np, i, s, e);
            }
        } else {
            e.add(NS_TITLE, 0);
        }
        // first and last tokens of the line (bylines, sources, prompts)
        int a = 0;
        while (a < np && c[a] == ' ') a++;
        int b = np;
        while (b > a && c[b - 1] == ' ') b--;
        if (b - a >= 2) {
            e.add(NS_FIRST, c[a], c[a + 1]);
            e.add(NS_LAST, c[b - 2], c[b - 1]);
        }
    }

    private void titleOverlap(char[] c, int np, int i, Scratch s, Emitter e) {
        if (s.titleLen == 0) return;
        int hits = 0, runs = 0;
        boolean inRun = false;
        for (int k = 1; k < np; k++) {
            char a = c[k - 1], b = c[k];
            boolean hit = CharClass.of(a) == CharClass.HAN && CharClass.of(b) == CharClass.HAN && isTitleKey(s, (a << 16) | b);
            if (hit) {
                hits++;
                if (!inRun) runs++;
            }
            inRun = hit;
        }
        e.add(NS_TITLE, 3, bucket(runs));
        e.add(NS_TITLE, 4, Math.min(10, hits * 10 / s.titleLen));
        int lc = lenClass(s, i);
        e.add(NS_TITLE, 5, bucket(runs), lc);
        if (s.len[i] > 0) e.add(NS_TITLE, 6, Math.min(10, runs * 100 / s.len[i]));
    }
}
