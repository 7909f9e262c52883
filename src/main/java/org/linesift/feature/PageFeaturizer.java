package org.linesift.feature;

import org.linesift.text.CharClass;
import org.linesift.text.Normalizer;
import org.linesift.text.Garbled;
import org.linesift.text.Segmenter;
import org.linesift.text.PinyinRuns;
import org.linesift.text.SynonymTable;

import java.util.ArrayList;
import java.util.List;

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
    static final int NS_BIAS = 1, NS_C1 = 2, NS_C2 = 3, NS_C3 = 4, NS_W1 = 5, NS_W2 = 6, NS_SHAPE3 = 7,
            NS_LEN = 10, NS_RATIO = 11, NS_FLAG = 12, NS_COUNT = 13, NS_LM = 14, NS_POS = 15, NS_NB = 16,
            NS_WIN = 17, NS_REGION = 18, NS_REPEAT = 19, NS_TITLE = 20, NS_CROSS = 21, NS_FIRST = 22, NS_LAST = 23,
            NS_WFREQ = 24, NS_PAGE = 25, NS_BRAND = 26, NS_STACK = 27, NS_SYN = 28, NS_LEX = 29, NS_INS = 30, NS_MARKUP = 31;

    /** Readable names of the feature namespaces, for explanations. */
    private static final String[] NS_NAMES = new String[32];

    static {
        NS_NAMES[NS_BIAS] = "prior";
        NS_NAMES[NS_C1] = "characters";
        NS_NAMES[NS_C2] = "character pairs";
        NS_NAMES[NS_C3] = "character triples";
        NS_NAMES[NS_W1] = "words";
        NS_NAMES[NS_W2] = "word pairs";
        NS_NAMES[NS_SHAPE3] = "script pattern";
        NS_NAMES[NS_LEN] = "line length";
        NS_NAMES[NS_RATIO] = "script ratios";
        NS_NAMES[NS_FLAG] = "line shape (final mark, bullet, date, URL, ICP, copyright)";
        NS_NAMES[NS_COUNT] = "punctuation and separators";
        NS_NAMES[NS_LM] = "language-model surprisal";
        NS_NAMES[NS_POS] = "position on the page";
        NS_NAMES[NS_NB] = "neighbouring lines";
        NS_NAMES[NS_WIN] = "nearby prose density";
        NS_NAMES[NS_REGION] = "article region";
        NS_NAMES[NS_REPEAT] = "repeated line or line shape";
        NS_NAMES[NS_TITLE] = "title overlap";
        NS_NAMES[NS_CROSS] = "length and ending";
        NS_NAMES[NS_FIRST] = "first characters";
        NS_NAMES[NS_LAST] = "last characters";
        NS_NAMES[NS_WFREQ] = "rare words";
        NS_NAMES[NS_PAGE] = "page size and type";
        NS_NAMES[NS_BRAND] = "Latin/digit runs, domains and pinyin";
        NS_NAMES[NS_STACK] = "neighbours' first-pass labels";
        NS_NAMES[NS_SYN] = "synonym substitution test";
        NS_NAMES[NS_LEX] = "spam lexicon";
        NS_NAMES[NS_INS] = "insertion at a clause boundary";
        NS_NAMES[NS_MARKUP] = "HTML markup";
    }

    /** The number of namespace slots (namespaces are small ints below this). */
    public static final int NAMESPACES = 32;

    /** A readable name for a namespace, or {@code null} if unused. */
    public static String namespaceName(int ns) {
        return ns >= 0 && ns < NS_NAMES.length ? NS_NAMES[ns] : null;
    }

    // line flag bits
    static final int F_FINAL = 1, F_BULLET = 2, F_DATE = 4, F_TIME = 8, F_URL = 16, F_ICP = 32, F_COPY = 64,
            F_PROSE = 128, F_BLANK = 256, F_NUMBERED = 512, F_COLON = 1024, F_EMAIL = 2048;

    private final FeatureConfig config;
    private final CharLm lm;
    private final Segmenter segmenter;
    private final SynonymCosts synonyms;
    private final TermSet terms;
    private final boolean lexical;
    /** Whether title fragments get their LM seams measured ({@link FeatureConfig#TITLE_CONTEXT} with an LM). */
    private final boolean titleSeams;
    /** Whether the lexical features read digits as shapes ({@link FeatureConfig#DIGIT_SHAPES}). */
    private final boolean digitShapes;
    /** Whether the LM's trigram features are on ({@link FeatureConfig#LM_TRIGRAMS}, with an LM that has trigrams). */
    private final boolean trigrams;
    /** Whether runs of title pairs are checked against the title's words ({@link FeatureConfig#SHRED_CUTS}). */
    private final boolean shredCuts;
    private final int mask;

    /**
     * @param config    feature configuration (from the model)
     * @param lm        the character language model, or {@code null} when the model has none
     * @param segmenter the tokeniser; {@code null} only when words are off
     */
    public PageFeaturizer(FeatureConfig config, CharLm lm, Segmenter segmenter) {
        this(config, lm, segmenter, null);
    }

    /**
     * @param terms the spam lexicon (hashes of terms far more frequent in spam than in clean prose), or
     *              {@code null} when the model has none
     */
    public PageFeaturizer(FeatureConfig config, CharLm lm, Segmenter segmenter, TermSet terms) {
        this(config, lm, segmenter, terms, true);
    }

    /**
     * @param lexical {@code false} leaves out the character and word n-grams and the first/last-char features,
     *                keeping shape, language-model, lexicon and context features (used in training, to teach the
     *                model to label lines whose words it has never seen)
     */
    public PageFeaturizer(FeatureConfig config, CharLm lm, Segmenter segmenter, TermSet terms, boolean lexical) {
        this.lexical = lexical;
        this.config = config;
        this.terms = config.has(FeatureConfig.LEXICON) ? terms : null;
        if (config.has(FeatureConfig.LEXICON) && terms == null) throw new IllegalArgumentException("config asks for lexicon features but no lexicon given");
        this.lm = config.has(FeatureConfig.LM) ? lm : null;
        this.segmenter = config.has(FeatureConfig.WORDS) ? segmenter : null;
        this.titleSeams = this.lm != null && config.has(FeatureConfig.TITLE_CONTEXT);
        this.digitShapes = config.has(FeatureConfig.DIGIT_SHAPES);
        if (config.has(FeatureConfig.LM) && lm == null) throw new IllegalArgumentException("config asks for LM features but no LM given");
        this.trigrams = this.lm != null && config.has(FeatureConfig.LM_TRIGRAMS);
        if (trigrams && !lm.hasTrigrams()) throw new IllegalArgumentException("config asks for LM trigram features but the LM has no trigrams");
        if (config.has(FeatureConfig.WORDS) && segmenter == null) throw new IllegalArgumentException("config asks for word features but no segmenter given");
        this.synonyms = config.has(FeatureConfig.SYNONYMS) && this.lm != null && this.segmenter != null ? new SynonymCosts(this.lm, SynonymTable.get()) : null;
        this.shredCuts = this.segmenter != null && config.has(FeatureConfig.SHRED_CUTS);
        this.mask = config.dimension() - 1;
    }

    public FeatureConfig config() {
        return config;
    }

    /** The most features {@link #features} can write for one line. */
    public int maxFeatures() {
        return 6 * config.maxNgramChars() + 320;
    }

    /** Per-thread buffers. Grows to the largest page seen; only the folded page text shrinks back (see {@link #fold}). */
    public static final class Scratch {
        /**
         * The page's lines folded by {@link Normalizer#fold}, with every year read as one ({@link #canonicalYears}),
         * one after another: line {@code i} is {@code text[at[i] .. at[i + 1])}. Filled once by {@link #analyse},
         * so that no later step folds a char again.
         */
        char[] text = new char[0];
        int[] at = new int[1];
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
                seps = new int[0], mixedGlued = new int[0], otherCls = new int[0], lmPeak = new int[0], glue = new int[0], cut = new int[0], cutPos = new int[0],
                ins = new int[0], insKind = new int[0], insRep = new int[0], insPage = new int[0], pinyinRuns = new int[0],
                headRep = new int[0], tailRep = new int[0], insFrom = new int[0], insTo = new int[0];
        /**
         * Per line, the share (percent) of its Han trigrams the LM's prose never has; -1 for fewer than
         * {@link #MIN_TRIGRAMS}. Only set, and only read, when {@link FeatureConfig#LM_TRIGRAMS} is on.
         */
        int[] triUnseen = new int[0];
        long[] insHash = new long[0];
        /** The shapes of each line's start and end ({@link FeatureConfig#TEMPLATES}); 0 for a blank line. */
        long[] headShape = new long[0], tailShape = new long[0];
        /** The page's markup tokens per line, or null for a text page. */
        String[] markup;
        int[] mIdx = new int[0];
        int[] q = new int[0];
        final int[] deletion = new int[3];
        final int[] insertion = new int[4];
        long[] hash = new long[0];
        long[] sortBuf = new long[0];
        /** The title candidate's distinct Han pairs (open addressing, stamped) and which of them recur below it. */
        final KeySet candidate = new KeySet(128);
        /** The Han pairs of the lines below the title candidates, with the lines they occur in ({@link #chooseTitle}). */
        final PairPostings pairPostings = new PairPostings();
        // page measurements
        int title = -1, firstProse = -1, lastProse = -1, proseCount;
        int titleLen;
        /** The page's median LM mean surprisal and deletion saving over its longer Chinese lines (1/8 bits); -1 if too few. */
        int pageLm = -1, pageCut = -1;
        /** The lower quartile of the same surprisals ({@link FeatureConfig#PAGE_LM_LOW}); -1 if too few. */
        int pageLmLow = -1;
        /** The page's median {@link #triUnseen} over the lines that set its LM reference; -1 if too few. */
        int pageTri = -1;
        /** The chosen title's Han pairs. */
        final KeySet titleKeys = new KeySet(512);
        /**
         * How many of the chosen title's folded chars ({@code text} from {@code at[title]}) the title words cover,
         * and per position, bit 1 when one of its words starts there and bit 2 when one ends there
         * ({@link FeatureConfig#SHRED_CUTS}).
         */
        byte[] titleBounds = new byte[0];
        int titleChars;
        /** The lead line (first prose line below the title, {@link FeatureConfig#LEAD_SEAMS}) and its Han pairs. */
        int lead = -1, leadLen;
        final KeySet leadKeys = new KeySet(512);
        /** The Han pairs of the page's prose lines, each with the number of prose lines using it ({@link FeatureConfig#ARTICLE_VOCAB}). */
        final KeySet proseKeys = new KeySet(1 << 14);
        /** Prose lines before this index had all their pairs counted in {@link #proseKeys}. */
        int proseKeysUpTo;
        /** The Han pairs of the first pass's body lines ({@link FeatureConfig#BODY_VOCAB}), and per line the share (0–10) of its pairs they use once and twice. */
        final KeySet bodyKeys = new KeySet(1 << 14);
        int[] bodyShare = new int[0], bodyShare2 = new int[0];
        /**
         * The page's spam vocabulary ({@link FeatureConfig#SPAM_VOCAB}): the folded insertion spans of the lines the
         * first pass calls spun, each with the first two lines it came from (-1 for none) and how many lines use it;
         * per line, how many of these terms (from other lines) it contains, and whether one opens it.
         */
        final char[] termChars = new char[SPAM_TERMS * TERM_CHARS];
        final int[] termLen = new int[SPAM_TERMS], termSrc = new int[SPAM_TERMS], termSrc2 = new int[SPAM_TERMS], termDf = new int[SPAM_TERMS];
        int terms, termValid;
        int[] termMask = new int[0], spamHits = new int[0], spamStart = new int[0];
        /** Scratch for the vocabulary shares: a line's folded chars, and its pair counts (all, once, twice). */
        final char[] vocabChars = new char[VOCAB_CHARS];
        final int[] shared = new int[3];
        /**
         * Feature dedupe: the indices the current line has written, in a small open-addressing set that stays in
         * the L1 cache. An entry is {@code line << 32 | index}; entries of earlier lines are free slots, so a new
         * line clears nothing.
         */
        long[] seen = new long[1 << 10];
        int seenCount, line;

        /** Forgets the previous line's features. */
        void startLine() {
            seenCount = 0;
            if (++line == 0) { java.util.Arrays.fill(seen, 0); line = 1; }
        }

        /** True the first time the current line offers {@code idx}. */
        boolean firstTime(int idx) {
            long[] t = seen;
            int m = t.length - 1, h = home(idx, m);
            while (true) {
                long e = t[h];
                if ((int) (e >>> 32) != line) {
                    t[h] = (long) line << 32 | (idx & 0xFFFFFFFFL);
                    if (++seenCount * 2 > m) grow();
                    return true;
                }
                if ((int) e == idx) return false;
                h = (h + 1) & m;
            }
        }

        /** The first slot probed for {@code idx} in a table of {@code mask + 1} slots. */
        private static int home(int idx, int mask) {
            return (idx * 0x9E3779B1 >>> 16) & mask;
        }

        private void grow() {
            long[] old = seen;
            long[] t = new long[old.length * 2];
            int m = t.length - 1;
            for (long e : old) {
                if ((int) (e >>> 32) != line) continue;
                int h = home((int) e, m);
                while (t[h] != 0) h = (h + 1) & m;
                t[h] = e;
            }
            seen = t;
        }

        double[] preB = new double[0], preS = new double[0];
        int[] preN = new int[0], preHalf = new int[0], prevConf = new int[0], nextConf = new int[0];
        private final Emitter emitter = new Emitter(this);

        Emitter emitter(int[] out, int mask) {
            emitter.out = out;
            emitter.mask = mask;
            emitter.nsOut = namespaces;
            return emitter;
        }

        int[] namespaces;

        /**
         * Makes the following {@link #features} and {@link #stackFeatures} calls also write the namespace of each
         * feature into {@code sink} (parallel to their output); {@code null} turns it off.
         */
        public void recordNamespaces(int[] sink) {
            this.namespaces = sink;
        }

        void ensureLines(int n) {
            if (len.length >= n) return;
            int c = Math.max(n, len.length * 2);
            len = new int[c]; han = new int[c]; latin = new int[c]; digit = new int[c]; pcjk = new int[c];
            pascii = new int[c]; latin1 = new int[c]; broken = new int[c]; space = new int[c]; commas = new int[c];
            flags = new int[c]; lmMean = new int[c]; lmMax = new int[c]; lmHigh = new int[c]; lmVeryHigh = new int[c];
            rareChars = new int[c]; repeat = new int[c]; pinyin = new int[c]; alnumRuns = new int[c];
            mixedRuns = new int[c]; hanAdjRuns = new int[c]; domains = new int[c]; brackets = new int[c];
            seps = new int[c]; mixedGlued = new int[c]; otherCls = new int[c]; lmPeak = new int[c]; glue = new int[c]; cut = new int[c]; cutPos = new int[c];
            ins = new int[c]; insKind = new int[c]; insRep = new int[c]; insPage = new int[c]; insHash = new long[c];
            insFrom = new int[c]; insTo = new int[c]; triUnseen = new int[c];
            pinyinRuns = new int[c]; headRep = new int[c]; tailRep = new int[c]; headShape = new long[c]; tailShape = new long[c];
            hash = new long[c]; sortBuf = new long[c];
        }

        /** Sizes the page-pass buffers for {@code n} lines. */
        void ensureStack(int n) {
            if (preB.length >= n + 1) return;
            int c = Math.max(n + 1, preB.length * 2);
            preB = new double[c]; preS = new double[c]; preN = new int[c]; preHalf = new int[c];
            prevConf = new int[c]; nextConf = new int[c]; bodyShare = new int[c]; bodyShare2 = new int[c];
            termMask = new int[c]; spamHits = new int[c]; spamStart = new int[c];
        }

        /**
         * Folds the page's lines into {@link #text}, years canonical (a buffer over 1M chars shrinks back once a page
         * needs a quarter of it).
         */
        void fold(String[] lines) {
            int n = lines.length;
            if (at.length < n + 1) at = new int[Math.max(n + 1, at.length * 2)];
            long total = 0;
            for (String l : lines) total += l.length();
            if (total > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("page too long for one array: " + total + " chars (PageClassifier reads such a page in parts)");
            if (text.length < total) text = new char[(int) Math.max(total, Math.min(Integer.MAX_VALUE - 16, 2L * text.length))];
            else if (text.length > 1 << 20 && text.length > 4 * total) text = new char[(int) total];
            char[] t = text;
            int o = 0;
            for (int i = 0; i < n; i++) {
                String l = lines[i];
                int L = l.length();
                at[i] = o;
                l.getChars(0, L, t, o);
                for (int k = o, end = o + L; k < end; k++) t[k] = Normalizer.fold(t[k]);
                canonicalYears(t, o, o + L);
                o += L;
            }
            at[n] = o;
        }

        /** The year every year is read as ({@link #canonicalYears}). */
        static final char[] YEAR = {'2', '0', '2', '0'};

        /**
         * Writes {@link #YEAR} over every year in the folded {@code t[from..to)}: a run of exactly four digits from
         * 1900 to 2099. A page's year says nothing about its lines, but a model learns it: the training pages are
         * dated up to 2025 and the spam pasted into them later, so a model read this year's dates as a hint of spam
         * (models/README.md, sessions 17 and 18). Other numbers keep their digits.
         */
        static void canonicalYears(char[] t, int from, int to) {
            for (int k = from; k + 4 <= to; k++) {
                if (!isDigit(t[k]) || k > from && isDigit(t[k - 1])) continue;
                if (k + 4 < to && isDigit(t[k + 4])) continue;
                if (!isDigit(t[k + 1]) || !isDigit(t[k + 2]) || !isDigit(t[k + 3])) continue;
                if (!(t[k] == '1' && t[k + 1] == '9' || t[k] == '2' && t[k + 1] == '0')) continue;
                System.arraycopy(YEAR, 0, t, k, 4);
                k += 3;
            }
        }

        /** Copies the first chars of folded line {@code i} into {@code out}, at most {@code max}; returns how many. */
        int folded(int i, char[] out, int max) {
            int m = Math.min(at[i + 1] - at[i], max);
            System.arraycopy(text, at[i], out, 0, m);
            return m;
        }

        void ensureChars(int n) {
            if (norm.length >= n) return;
            norm = new char[n];
            mapped = new char[n];
            q = new int[n + 1];
            mIdx = new int[n + 1];
            tokS = new int[n];
            tokE = new int[n];
            tokId = new int[n];
        }
    }

    // ------------------------------------------------------------------ pass 1

    /** Measures every line of the page and the page itself. Must precede {@link #features} for the page. */
    public void analyse(String[] lines, Scratch s) {
        analyse(lines, null, s);
    }

    /**
     * Like {@link #analyse(String[], Scratch)} for a page cut from HTML: {@code markup[i]} holds the markup tokens
     * of line {@code i} ({@code HtmlLine.markup()}, space-separated), read by models with {@link FeatureConfig#MARKUP}.
     * {@code null} (or a null entry) means no markup.
     */
    public void analyse(String[] lines, String[] markup, Scratch s) {
        s.markup = markup != null && markup.length == lines.length ? markup : null;
        int n = lines.length;
        s.n = n;
        s.ensureLines(n);
        s.ensureChars(config.maxNgramChars());
        s.fold(lines);
        for (int i = 0; i < n; i++) measure(lines[i], i, s);
        // repeats: sort hashes of non-blank lines
        int m = 0;
        for (int i = 0; i < n; i++) if ((s.flags[i] & F_BLANK) == 0) s.sortBuf[m++] = s.hash[i];
        java.util.Arrays.sort(s.sortBuf, 0, m);
        for (int i = 0; i < n; i++) {
            if ((s.flags[i] & F_BLANK) != 0) { s.repeat[i] = 0; continue; }
            s.repeat[i] = countEqual(s.sortBuf, m, s.hash[i]);
        }
        if (config.has(FeatureConfig.INSERTION)) recurrence(s, s.insHash, s.insPage);
        if (config.has(FeatureConfig.TEMPLATES)) {
            recurrence(s, s.headShape, s.headRep);
            recurrence(s, s.tailShape, s.tailRep);
        }
        if (config.has(FeatureConfig.PAGE_LM)) {
            pageLm(s);
            if (trigrams) pageTrigrams(s);
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
        if (config.has(FeatureConfig.ARTICLE_VOCAB)) articleVocabulary(lines, s);
    }

    /** Han pairs counted per line: at most this many chars of a line, and this many distinct pairs a page. */
    private static final int VOCAB_CHARS = 300, VOCAB_PAIRS = 1 << 13;

    /** Counts, for each Han pair, the prose lines that use it (the first {@link #VOCAB_CHARS} chars of each). */
    private static void articleVocabulary(String[] lines, Scratch s) {
        s.proseKeys.clear();
        s.proseKeysUpTo = s.n;
        for (int j = 0; j < s.n; j++) {
            if ((s.flags[j] & F_PROSE) == 0) continue;
            if (s.proseKeys.size() >= VOCAB_PAIRS) { s.proseKeysUpTo = j; break; }
            addHanPairs(s, j, VOCAB_CHARS, Integer.MAX_VALUE, s.proseKeys, true);
        }
    }

    /** Lines with at least this many Han chars set the page's LM reference. */
    private static final int PAGE_LM_MIN_HAN = 10;

    /**
     * The page's median LM mean surprisal and deletion saving over lines of {@link #PAGE_LM_MIN_HAN}+ Han chars, and
     * the surprisals' lower quartile.
     */
    private static void pageLm(Scratch s) {
        int m = sortReference(s, s.cut);
        s.pageCut = m < 3 ? -1 : (int) s.sortBuf[m / 2];
        m = sortReference(s, s.lmMean);
        s.pageLm = m < 3 ? -1 : (int) s.sortBuf[m / 2];
        s.pageLmLow = m < 3 ? -1 : (int) s.sortBuf[m / 4];
    }

    /** The page's median share of unseen trigrams ({@link Scratch#pageTri}) over the lines that set its LM reference. */
    private static void pageTrigrams(Scratch s) {
        int m = sortReference(s, s.triUnseen);
        int k = 0;
        while (k < m && s.sortBuf[k] < 0) k++; // lines with too few trigrams (-1) sort first
        s.pageTri = m - k < 3 ? -1 : (int) s.sortBuf[k + (m - k) / 2];
    }

    /**
     * Copies {@code value} of the lines that set the page's LM reference into {@code s.sortBuf} and returns how many
     * there are; sorts them when there are 3 or more (fewer are too few to measure a page against).
     */
    private static int sortReference(Scratch s, int[] value) {
        int m = 0;
        for (int i = 0; i < s.n; i++) {
            if (s.han[i] >= PAGE_LM_MIN_HAN && s.lmMean[i] >= 0) s.sortBuf[m++] = value[i];
        }
        if (m >= 3) java.util.Arrays.sort(s.sortBuf, 0, m);
        return m;
    }

    /**
     * For each line with a non-zero key, how many other lines of the page have the same key ({@code out[i]}; 0 for
     * a line without a key): the same best-insertion text (an injected brand recurs), the same start or end shape
     * (the rows of a list or a table).
     */
    private static void recurrence(Scratch s, long[] key, int[] out) {
        int n = s.n, m = 0;
        for (int i = 0; i < n; i++) if (key[i] != 0) s.sortBuf[m++] = key[i];
        java.util.Arrays.sort(s.sortBuf, 0, m);
        for (int i = 0; i < n; i++) out[i] = key[i] == 0 ? 0 : countEqual(s.sortBuf, m, key[i]) - 1;
    }

    /** How many of the sorted {@code a[0..n)} equal {@code key}. */
    private static int countEqual(long[] a, int n, long key) {
        int lo = lowerBound(a, n, key), c = 0;
        while (lo + c < n && a[lo + c] == key) c++;
        return c;
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
        char[] t = s.text;
        int b = s.at[i], L = s.at[i + 1] - b;
        int han = 0, latin = 0, digit = 0, pcjk = 0, pascii = 0, latin1 = 0, broken = 0, space = 0, other = 0, commas = 0;
        int pinyin = 0, alnumRuns = 0, mixedRuns = 0, hanAdj = 0, domains = 0, brackets = 0, seps = 0, mixedGlued = 0;
        long h = 0xCBF29CE484222325L;
        int prevCls = CharClass.SPACE;
        int runStart = -1;
        boolean runLetters = false, runDigits = false;
        int lastNonSpace = -1, firstNonSpace = -1;
        for (int k = 0; k < L; k++) {
            char c = t[b + k];
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
                if (prevBeforeRunIsHan(t, b, runStart) || cls == CharClass.HAN) {
                    hanAdj++;
                    if (runLetters && runDigits) mixedGlued++;
                }
                if (c == '.' && k + 2 < L && CharClass.of(t[b + k + 1]) == CharClass.LATIN) domains++;
                // pinyin: Han ( letters )
                if (runLetters && !runDigits && c == ')' && runStart >= 2
                        && t[b + runStart - 1] == '('
                        && CharClass.of(t[b + runStart - 2]) == CharClass.HAN
                        && k - runStart <= 6) pinyin++;
                runStart = -1;
            }
            prevCls = cls;
        }
        if (runStart >= 0) {
            alnumRuns++;
            if (runLetters && runDigits) mixedRuns++;
            if (prevBeforeRunIsHan(t, b, runStart)) {
                hanAdj++;
                if (runLetters && runDigits) mixedGlued++;
            }
        }
        int len = L - space;
        s.len[i] = len; s.han[i] = han; s.latin[i] = latin; s.digit[i] = digit; s.pcjk[i] = pcjk;
        s.pascii[i] = pascii; s.latin1[i] = latin1; s.broken[i] = broken; s.space[i] = space; s.commas[i] = commas;
        s.otherCls[i] = other; s.pinyin[i] = pinyin; s.alnumRuns[i] = alnumRuns; s.mixedRuns[i] = mixedRuns;
        s.hanAdjRuns[i] = hanAdj; s.domains[i] = domains; s.brackets[i] = brackets; s.seps[i] = seps;
        s.mixedGlued[i] = mixedGlued;
        // every model reads these: the page pass's pinyin rule whatever the features, PINYIN_RUNS for its features
        s.pinyinRuns[i] = latin > 0 && han > 0 ? PinyinRuns.count(line) : 0;
        s.hash[i] = h;
        int flags = 0;
        if (len == 0) flags |= F_BLANK;
        if (lastNonSpace >= 0) {
            int k = lastNonSpace;
            char c = t[b + k];
            while (k > firstNonSpace && (c == '”' || c == '"' || c == '’' || c == ')' || c == '）' || c == '」' || c == '』' || c == '】')) {
                c = t[b + --k];
            }
            if (CharClass.isSentenceFinal(c)) flags |= F_FINAL;
            if (c == '：' || c == ':') flags |= F_COLON;
        }
        if (firstNonSpace >= 0) {
            char c0 = t[b + firstNonSpace];
            if (CharClass.isBullet(c0)) flags |= F_BULLET;
            if (isNumberedStart(t, b, L, firstNonSpace)) flags |= F_NUMBERED;
        }
        // patterns on the normalised prefix
        char[] nb = s.norm;
        int np = s.folded(i, nb, config.maxNgramChars());
        if (hasDate(nb, np)) flags |= F_DATE;
        if (hasTime(nb, np)) flags |= F_TIME;
        if (contains(nb, np, "http") || contains(nb, np, "www.") || contains(nb, np, ".com") || contains(nb, np, ".cn")
                || contains(nb, np, ".html")) flags |= F_URL;
        if (contains(nb, np, "icp") || contains(nb, np, "备案") || contains(nb, np, "公网安备")) flags |= F_ICP;
        if (contains(nb, np, "©") || contains(nb, np, "copyright") || contains(nb, np, "版权")) flags |= F_COPY;
        if (contains(nb, np, "@") && contains(nb, np, ".")) flags |= F_EMAIL;
        if (len >= 30 && han * 2 >= len && (pcjk + commas) >= 2) flags |= F_PROSE;
        s.flags[i] = flags;
        s.glue[i] = startGlue(nb, np);
        if (config.has(FeatureConfig.TEMPLATES)) {
            s.headShape[i] = len == 0 ? 0 : shape(t, b, L, true);
            s.tailShape[i] = len == 0 ? 0 : shape(t, b, L, false);
        }
        // language model
        if (lm != null) lmStats(nb, np, i, s);
        else { s.lmMean[i] = 0; s.lmMax[i] = 0; s.lmHigh[i] = 0; s.lmVeryHigh[i] = 0; s.rareChars[i] = 0; }
    }

    /**
     * Shape of the start of a line: 1 when a short Han run (2–6 chars) is glued to a following Latin/digit run
     * ("威廉希尔1.2."), 2 when a short Latin/digit run is glued to Han ("bet365：", "j9九游"), 3 when the line
     * starts with a short bracketed segment ("(万博)", "【必威】"), 0 otherwise.
     */
    static int startGlue(char[] c, int n) {
        int a = 0;
        while (a < n && c[a] == ' ') a++;
        if (a >= n) return 0;
        char open = c[a];
        if (open == '(' || open == '【' || open == '[' || open == '「' || open == '《' || open == '〔') {
            int j = a + 1;
            while (j < n && j - a <= 8 && c[j] != ')' && c[j] != '】' && c[j] != ']' && c[j] != '」' && c[j] != '》' && c[j] != '〕') j++;
            return j < n && j - a >= 3 && j - a <= 8 ? 3 : 0;
        }
        int k0 = CharClass.of(c[a]);
        int j = a;
        if (k0 == CharClass.HAN) {
            while (j < n && CharClass.of(c[j]) == CharClass.HAN) j++;
            if (j - a >= 2 && j - a <= 6 && j < n) {
                int k1 = CharClass.of(c[j]);
                if (k1 == CharClass.LATIN || k1 == CharClass.DIGIT) return 1;
            }
            return 0;
        }
        if (k0 == CharClass.LATIN || k0 == CharClass.DIGIT) {
            while (j < n && (CharClass.of(c[j]) == CharClass.LATIN || CharClass.of(c[j]) == CharClass.DIGIT)) j++;
            if (j - a >= 2 && j - a <= 10 && j < n) {
                char d = c[j];
                if (CharClass.of(d) == CharClass.HAN || d == ':' || d == '：') return 2;
            }
        }
        return 0;
    }

    /** The tokens of a {@link #shape}: this many from the line's start or end. */
    static final int SHAPE_TOKENS = 8;

    /**
     * The shape of a line's start ({@code fromStart}) or end: its first or last {@link #SHAPE_TOKENS} tokens, where a
     * run of Han chars, of digits, of Latin letters or of spaces is one token and any other char is itself
     * ({@code 【某某】08-12 11:59 338字 [164/0]} ends, read backwards, in {@code ] 0 / 0 [ space Han 0}). A hash, never 0, whose
     * lowest bit says whether the shape has anything besides Han runs, spaces and sentence punctuation (digits,
     * Latin, brackets, separators): the end of every prose line looks alike, the rows of a forum list or a table
     * look alike among themselves.
     */
    static long shape(String line, boolean fromStart) {
        char[] c = Normalizer.normalize(line).toCharArray();
        return shape(c, 0, c.length, fromStart);
    }

    /** {@link #shape(String, boolean)} of the folded line {@code line[b .. b + L)}. */
    private static long shape(char[] line, int b, int L, boolean fromStart) {
        int tokens = 0, prev = -1;
        boolean structural = false;
        long h = 0xCBF29CE484222325L;
        for (int k = 0; k < L && tokens < SHAPE_TOKENS; k++) {
            char c = line[b + (fromStart ? k : L - 1 - k)];
            int cls = CharClass.of(c);
            if (cls == CharClass.SPACE && tokens == 0) continue;
            int t;
            if (cls == CharClass.HAN || cls == CharClass.DIGIT || cls == CharClass.LATIN || cls == CharClass.SPACE) {
                if (cls == prev) continue;
                t = 0x10000 + cls;
                if (cls != CharClass.HAN && cls != CharClass.SPACE) structural = true;
            } else {
                t = c;
                if ("。、“”‘’,;:!?".indexOf(c) < 0) structural = true;   // folded: ，；：！？ are ASCII here
            }
            prev = cls;
            tokens++;
            h ^= t;
            h *= 0x100000001B3L;
        }
        long v = h << 1 | (structural ? 1 : 0);
        return v == 0 ? 2 : v;
    }

    private static boolean prevBeforeRunIsHan(char[] t, int b, int runStart) {
        return runStart > 0 && CharClass.of(t[b + runStart - 1]) == CharClass.HAN;
    }

    /** Whether the folded line {@code t[b .. b + L)} opens at {@code k} with a number: 1、 (2) 三. */
    private static boolean isNumberedStart(char[] t, int b, int L, int k) {
        int j = k;
        char c = t[b + j];
        if (c == '(' && j + 1 < L) c = t[b + ++j];
        int d = 0;
        while (j < L && (Character.isDigit(c = t[b + j]) || "一二三四五六七八九十".indexOf(c) >= 0) && d < 4) { j++; d++; }
        if (d == 0 || j >= L) return false;
        c = t[b + j];
        return c == '、' || c == '.' || c == ')' || c == '．' || c == ' ';
    }

    private void lmStats(char[] nb, int np, int i, Scratch s) {
        char[] m = s.mapped;
        int mn = 0;
        for (int k = 0; k < np; k++) {
            char c = CharLm.map(nb[k]);
            if (c == ' ' && mn > 0 && m[mn - 1] == ' ') continue;
            s.mIdx[mn] = k;
            m[mn++] = c;
        }
        // one LM lookup per bigram, shared by these statistics and the deletion and insertion tests
        LmProbes.bigramCosts(lm, m, mn, s.q);
        int sum = 0, max = 0, high = 0, veryHigh = 0, rare = 0, count = 0;
        int w0 = 0, w1 = 0, w2 = 0, peak = 0;
        for (int k = 0; k < mn; k++) {
            char c = m[k];
            if (c != ' ' && c != 'a' && c != '0' && lm.unigramQ(c) >= 17 * 8) rare++;
            if (k == 0) continue;
            if (m[k - 1] == ' ' || c == ' ') continue;
            int q = s.q[k];
            w0 = w1; w1 = w2; w2 = q;
            if (w0 + w1 + w2 > peak) peak = w0 + w1 + w2;
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
        s.lmPeak[i] = peak;
        if (trigrams) s.triUnseen[i] = unseenTrigrams(m, mn);
        if (config.has(FeatureConfig.DELETION)) deletionTest(m, mn, i, s);
        else { s.cut[i] = 0; s.cutPos[i] = 0; }
        if (config.has(FeatureConfig.INSERTION)) insertionTest(nb, m, mn, i, s);
        else { s.ins[i] = 0; s.insKind[i] = 0; s.insRep[i] = 0; s.insHash[i] = 0; s.insFrom[i] = 0; s.insTo[i] = 0; }
    }

    /** Fewest Han trigrams a line needs for its {@link Scratch#triUnseen} share. */
    static final int MIN_TRIGRAMS = 4;

    /**
     * The share (percent) of the Han trigrams of mapped chars {@code m[0..n)} that the LM's prose never has, or -1
     * when there are fewer than {@link #MIN_TRIGRAMS}.
     */
    private int unseenTrigrams(char[] m, int n) {
        int all = 0, unseen = 0;
        for (int k = 2; k < n; k++) {
            char a = m[k - 2], b = m[k - 1], c = m[k];
            if (CharClass.of(a) != CharClass.HAN || CharClass.of(b) != CharClass.HAN || CharClass.of(c) != CharClass.HAN) continue;
            all++;
            if (!lm.trigramSeen(a, b, c)) unseen++;
        }
        return all < MIN_TRIGRAMS ? -1 : unseen * 100 / all;
    }

    /**
     * The insertion test (see {@link LmProbes#bestInsertion}) and what makes an injected brand stand out besides
     * the LM: how often its text (without brackets or colon) occurs in the line. Also keeps a hash of that text,
     * so {@link #analyse} can count the other lines whose best insertion is the same text.
     */
    private void insertionTest(char[] nb, char[] m, int mn, int i, Scratch s) {
        LmProbes.bestInsertion(lm, m, mn, s.q, s.insertion);
        int kind = s.insertion[3];
        s.ins[i] = s.insertion[0];
        s.insKind[i] = kind;
        s.insRep[i] = 0;
        s.insHash[i] = 0;
        s.insFrom[i] = 0;
        s.insTo[i] = 0;
        if (kind == 0) return;
        int a = s.insertion[1], b = s.insertion[2];
        if (kind == LmProbes.BRACKETED) { a++; b--; } else if (kind == LmProbes.COLON) b--;
        if (b - a < 2) return;
        int from = s.mIdx[a], to = s.mIdx[b - 1] + 1;
        s.insFrom[i] = from;
        s.insTo[i] = to;
        long h = 0xCBF29CE484222325L;
        for (int k = from; k < to; k++) { h ^= nb[k]; h *= 0x100000001B3L; }
        s.insHash[i] = h == 0 ? 1 : h;
        int len = to - from, np = s.mIdx[mn - 1] + 1, count = 0;
        for (int k = LmProbes.indexOf(nb, np, from, len, 0); k >= 0; k = LmProbes.indexOf(nb, np, from, len, k + len)) count++;
        s.insRep[i] = count;
    }

    /**
     * The deletion test for injected spans: for each span of 2–8 chars, how much cheaper (in 1/8 bits) the
     * clean-prose LM finds the line with the span cut out. An injected brand ("本次点招j9官网签约") leaves two
     * surprising seams that disappear when it is removed; cutting a real word leaves a surprising seam.
     * Records the best saving and where its span starts (0 = line start, 1 = inside, 2 = line end).
     */
    private void deletionTest(char[] m, int mn, int i, Scratch s) {
        LmProbes.bestDeletion(lm, m, mn, s.q, null, s.deletion);
        int a = s.deletion[1], b = s.deletion[2];
        s.cut[i] = s.deletion[0];
        s.cutPos[i] = a <= 0 ? 0 : (b >= mn ? 2 : 1);
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

    /** Lines after a candidate searched for its words, and candidates considered. */
    private static final int TITLE_WINDOW = 60, TITLE_CANDIDATES = 400;

    /**
     * Picks the title line: a short, Han-rich line without a sentence-final mark whose character pairs recur in
     * the lines below it (the article repeats its headline's words), as close as possible above the article's
     * first prose line, and usually next to its date line. Each candidate scores
     * <pre>
     *   50 * hits / (pairs + 4)        its pairs that recur below (shrunk, so that a 2-pair menu item
     *                                  whose pairs recur by chance does not beat a 15-pair headline)
     * + 60 * share of the prose below  the headline stands above (nearly) all of the article
     * - min(lines to the prose, 30)
     * - 20 if shorter than 8 chars
     * + 40 if a date or time line is within 3 lines below or right above it
     * </pre>
     * and must have at least a quarter of its pairs recur ({@link #titleShaped} says which lines are candidates). When
     * the winner is a breadcrumb that ends in a headline standing on its own line below, that line is taken instead.
     * Tuned on the train pages' first body lines (the
     * headline is right on 49 of 78 train pages and 15 of 31 dev pages, against 33 and 8 for the session-2 score;
     * session 11's repeat allowance and breadcrumb rule: 55 of 78 train pages, against 52 counted the same way);
     * recurrence is an exact pair lookup in a bounded window, so the search is linear in the page.
     */
    private void chooseTitle(String[] lines, Scratch s) {
        int n = s.n;
        s.title = -1;
        s.titleLen = 0;
        if (n == 0) return;
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        int considered = 0;
        int proseAbove = 0;
        indexCandidateWindows(s);
        for (int i = 0; i < n && considered < TITLE_CANDIDATES; i++) {
            if ((s.flags[i] & F_PROSE) != 0) proseAbove++;
            int len = s.len[i];
            if (!titleShaped(i, s)) continue;
            // the article must follow: a prose line within the window
            int nextProse = nextProse(i, s);
            if (nextProse < 0) continue;
            considered++;
            int hits = indexedRecurrence(i, s), keys = s.candidate.size();
            if (keys < 2 || hits * 4 < keys) continue;
            int below = s.proseCount == 0 ? 0 : (s.proseCount - proseAbove) * 60 / s.proseCount;
            int score = hits * 50 / (keys + 4) + below - Math.min(nextProse - i, 30) - (len < 8 ? 20 : 0)
                    + (dateNear(i, s) ? 40 : 0);
            if (score > bestScore) { bestScore = score; best = i; }
        }
        if (best >= 0) best = headlineWithin(lines, best, s);
        s.title = best;
        if (best >= 0) s.titleLen = hanPairs(best, s, s.titleKeys);
        s.titleChars = 0;
        if (best >= 0 && shredCuts) titleWords(best, s);
        s.lead = -1;
        s.leadLen = 0;
        if (config.has(FeatureConfig.LEAD_SEAMS)) {
            for (int i = best + 1; i < n; i++) {
                if ((s.flags[i] & F_PROSE) != 0) { s.lead = i; break; }
            }
            if (s.lead >= 0) s.leadLen = hanPairs(s.lead, s, s.leadKeys);
        }
    }

    /**
     * Marks where the words of title line {@code t} start and end, over its first
     * {@link FeatureConfig#maxNgramChars} folded chars (a title has at most 60 besides spaces).
     */
    private void titleWords(int t, Scratch s) {
        int from = s.at[t], len = Math.min(s.at[t + 1] - from, config.maxNgramChars());
        if (s.titleBounds.length < len + 1) s.titleBounds = new byte[len + 1];
        java.util.Arrays.fill(s.titleBounds, 0, len + 1, (byte) 0);
        s.ensureChars(len); // a no-op: analyse sized the buffers for maxNgramChars
        System.arraycopy(s.text, from, s.norm, 0, len); // the segmenter reads from index 0; norm is per-line scratch
        int nt = segmenter.segment(s.norm, len, s.tokS, s.tokE, s.tokId);
        for (int k = 0; k < nt; k++) {
            s.titleBounds[s.tokS[k]] |= 1;
            s.titleBounds[s.tokE[k]] |= 2;
        }
        s.titleChars = len;
    }

    /**
     * Whether the run {@code c[a..b)} of title pairs is no whole-word stretch of the title: it is not found there,
     * or every place it is found starts or ends inside a word ({@link FeatureConfig#SHRED_CUTS}).
     */
    private static boolean cutsTitleWords(char[] c, int a, int b, Scratch s) {
        int L = b - a, from = s.at[s.title], end = from + s.titleChars;
        for (int q = termAt(s.text, from, end, c, a, L); q >= 0; q = termAt(s.text, q + 1, end, c, a, L)) {
            if ((s.titleBounds[q - from] & 1) != 0 && (s.titleBounds[q - from + L] & 2) != 0) return false;
        }
        return true;
    }

    /**
     * A title candidate's shape: 4 to 60 chars, half of them Han, no sentence-final mark, and not repeated like a
     * menu item (a headline of 12+ chars may stand three times: in a newspaper's page list, its own list and above
     * the article).
     */
    private static boolean titleShaped(int i, Scratch s) {
        int len = s.len[i];
        return len >= 4 && len <= 60 && s.han[i] * 2 >= len && (s.flags[i] & F_FINAL) == 0
                && s.repeat[i] <= (len >= 12 ? 3 : 2);
    }

    /** The first prose line within {@link #TITLE_WINDOW} lines below line {@code i}, or -1. */
    private static int nextProse(int i, Scratch s) {
        for (int j = i + 1; j < s.n && j <= i + TITLE_WINDOW; j++) if ((s.flags[j] & F_PROSE) != 0) return j;
        return -1;
    }

    /**
     * The headline inside a chosen breadcrumb ({@code 网易 --> 商业频道 --> 标题}, {@code 专栏/连载/标题}): the first
     * title-shaped line below {@code best}, above the article, whose text ends {@code best}'s and whose pairs
     * recur below it; else {@code best}.
     */
    private static int headlineWithin(String[] lines, int best, Scratch s) {
        String outer = lines[best].strip();
        int prose = nextProse(best, s);
        for (int j = best + 1; j < prose; j++) {
            String t = lines[j].strip();
            if (t.length() >= 4 && t.length() < outer.length() && outer.endsWith(t) && titleShaped(j, s)) {
                int hits = recurrence(j, s), keys = s.candidate.size();
                if (keys >= 2 && hits * 4 >= keys) return j;
            }
        }
        return best;
    }

    /** Fills {@code keys} with the Han pairs of line {@code i} (at most 200); returns how many pairs were read. */
    private static int hanPairs(int i, Scratch s, KeySet keys) {
        keys.clear();
        return addHanPairs(s, i, Integer.MAX_VALUE, 200, keys, false);
    }

    /**
     * Adds the Han pairs of the first {@code maxChars} chars of line {@code i} to {@code keys}, at most
     * {@code maxPairs} of them: as line {@code i}'s ({@link KeySet#addInLine}) when {@code inLine}, else plainly.
     * Returns how many pairs were read.
     */
    private static int addHanPairs(Scratch s, int i, int maxChars, int maxPairs, KeySet keys, boolean inLine) {
        int cnt = 0;
        char prev = 0;
        char[] t = s.text;
        for (int k = s.at[i], to = s.at[i] + Math.min(s.at[i + 1] - s.at[i], maxChars); k < to && cnt < maxPairs; k++) {
            char c = t[k];
            if (CharClass.of(c) != CharClass.HAN) { prev = 0; continue; }
            if (prev != 0) {
                if (inLine) keys.addInLine((prev << 16) | c, i); else keys.add((prev << 16) | c);
                cnt++;
            }
            prev = c;
        }
        return cnt;
    }

    /**
     * How many of a candidate's distinct Han pairs (at most 40, left in {@code s.candidate}) occur in the lines below
     * it, within the window and not in its copies: an exact lookup, so that a long paragraph does not match every candidate.
     * Reads at most {@link PairPostings#CHARS} chars of each line below. {@link #chooseTitle} reads the same count for
     * its many candidates from an index ({@link #indexedRecurrence}); this scan serves the few lines
     * {@link #headlineWithin} checks.
     */
    private static int recurrence(int i, Scratch s) {
        KeySet set = s.candidate;
        set.clear();
        char[] t = s.text;
        int keys = 0;
        char prev = 0;
        for (int k = s.at[i], end = s.at[i + 1]; k < end && keys < 40; k++) {
            char c = t[k];
            if (CharClass.of(c) != CharClass.HAN) { prev = 0; continue; }
            if (prev != 0 && set.add((prev << 16) | c)) keys++;
            prev = c;
        }
        if (keys < 2) return 0;
        int hits = 0;
        int to = Math.min(s.n, i + 1 + TITLE_WINDOW);
        for (int j = i + 1; j < to && hits < keys; j++) {
            if (s.hash[j] == s.hash[i]) continue;
            prev = 0;
            for (int k = s.at[j], end = Math.min(s.at[j + 1], k + PairPostings.CHARS); k < end; k++) {
                char c = t[k];
                if (CharClass.of(c) != CharClass.HAN) { prev = 0; continue; }
                if (prev != 0) {
                    int slot = set.slot((prev << 16) | c);
                    if (slot >= 0 && set.mark(slot)) hits++;
                }
                prev = c;
            }
        }
        return hits;
    }

    /**
     * Indexes the Han pairs of the lines that {@link #indexedRecurrence} will read: those below the title candidates
     * {@link #chooseTitle} considers, within their windows.
     */
    private static void indexCandidateWindows(Scratch s) {
        int first = -1, lastCandidate = -1, considered = 0;
        for (int i = 0; i < s.n && considered < TITLE_CANDIDATES; i++) {
            if (!titleShaped(i, s) || nextProse(i, s) < 0) continue;
            considered++;
            if (first < 0) first = i;
            lastCandidate = i;
        }
        if (first >= 0) s.pairPostings.build(s, first + 1, Math.min(s.n, lastCandidate + 1 + TITLE_WINDOW));
    }

    /**
     * {@link #recurrence(int, Scratch)} for a candidate of {@link #chooseTitle}, read from the pairs indexed by
     * {@link #indexCandidateWindows}: the same count.
     */
    private static int indexedRecurrence(int i, Scratch s) {
        KeySet set = s.candidate;
        set.clear();
        char[] t = s.text;
        int keys = 0, hits = 0;
        int to = Math.min(s.n, i + 1 + TITLE_WINDOW);
        char prev = 0;
        for (int k = s.at[i], end = s.at[i + 1]; k < end && keys < 40; k++) {
            char c = t[k];
            if (CharClass.of(c) != CharClass.HAN) { prev = 0; continue; }
            if (prev != 0 && set.add((prev << 16) | c)) {
                keys++;
                if (s.pairPostings.occursBelow((prev << 16) | c, i, to, s.hash)) hits++;
            }
            prev = c;
        }
        return keys < 2 ? 0 : hits;
    }

    /** A short date or time line within 3 lines below line {@code i}, or right above it (a headline's byline). */
    private static boolean dateNear(int i, Scratch s) {
        for (int j = i - 1; j <= i + 3 && j < s.n; j++) {
            if (j < 0 || j == i) continue;
            if ((s.flags[j] & (F_DATE | F_TIME)) != 0 && s.len[j] < 80) return true;
        }
        return false;
    }

    /** Whether line {@code i} is written in pinyin beyond doubt ({@link PinyinRuns#obfuscated}), after {@link #analyse}. */
    public boolean pinyinObfuscated(int i, Scratch s) {
        return PinyinRuns.obfuscated(s.pinyinRuns[i], s.han[i]);
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
        s.startLine();
        Emitter e = s.emitter(out, mask);
        e.n = 0;
        String line = lines[i];
        e.add(NS_BIAS, 0);
        if ((s.flags[i] & F_BLANK) != 0) {
            e.add(NS_FLAG, F_BLANK);
            return e.n;
        }
        char[] nb = s.norm;
        int np = s.folded(i, nb, config.maxNgramChars());
        if (lexical) ngrams(nb, np, e);
        if (segmenter != null) words(nb, np, s, e);
        shape(i, s, e);
        if (lm != null) lmFeatures(i, s, e);
        if (terms != null) lexicon(nb, np, i, s, e);
        if (terms != null && config.has(FeatureConfig.SPIN_WORDS)) spinnerWords(nb, np, i, s, e);
        if (config.has(FeatureConfig.CONTEXT)) context(nb, np, i, s, e);
        if (config.has(FeatureConfig.MARKUP) && s.markup != null && s.markup[i] != null) markup(s.markup[i], e);
        return e.n;
    }

    /** One feature per space-separated markup token (hashed as a string), plus one marking an HTML line. */
    private static void markup(String tokens, Emitter e) {
        e.add(NS_MARKUP, 0);
        int start = 0;
        for (int k = 0, n = tokens.length(); k <= n; k++) {
            if (k < n && tokens.charAt(k) != ' ') continue;
            if (k > start) e.add(NS_MARKUP, 1, Hashing.chars(tokens, start, k));
            start = k + 1;
        }
    }

    /**
     * Makes {@code feats[0..k)} the current line's features for deduplication, as if {@link #features} had just
     * produced them (used when the first pass's features are replayed from a cache).
     */
    public void reseed(int[] feats, int k, Scratch s) {
        s.startLine();
        Emitter e = s.emitter(feats, mask);
        e.n = 0;
        for (int j = 0; j < k; j++) e.put(feats[j]);
    }

    /**
     * Prepares the page-level sums the second pass needs from the first pass's probabilities
     * ({@code probs[3 * j + k]}); call once per page, after {@link #analyse} and before {@link #stackFeatures}.
     * Linear in the page length.
     */
    public void prepareStack(String[] lines, float[] probs, Scratch s) {
        int n = s.n;
        s.ensureStack(n);
        if (config.has(FeatureConfig.BODY_VOCAB)) bodyVocabulary(lines, probs, s);
        if (config.has(FeatureConfig.SPAM_VOCAB)) spamVocabulary(lines, probs, 0.5f, s);
        s.preB[0] = 0; s.preS[0] = 0; s.preN[0] = 0; s.preHalf[0] = 0;
        for (int j = 0; j < n; j++) {
            boolean blank = (s.flags[j] & F_BLANK) != 0;
            s.preB[j + 1] = s.preB[j] + (blank ? 0 : probs[3 * j]);
            s.preS[j + 1] = s.preS[j] + (blank ? 0 : probs[3 * j + 2]);
            s.preN[j + 1] = s.preN[j] + (blank ? 0 : 1);
            s.preHalf[j + 1] = s.preHalf[j] + (!blank && probs[3 * j] > 0.5f ? 1 : 0);
        }
        int last = -1;
        for (int j = 0; j < n; j++) { s.prevConf[j] = last; if (probs[3 * j] > 0.7f) last = j; }
        last = -1;
        for (int j = n - 1; j >= 0; j--) { s.nextConf[j] = last; if (probs[3 * j] > 0.7f) last = j; }
    }

    /**
     * For {@link FeatureConfig#BODY_VOCAB}: counts the Han pairs of the lines the first pass calls body (p > 0.5,
     * first {@link #VOCAB_CHARS} chars), then gives each line the share of its pairs used by one and by two such
     * lines other than itself.
     */
    private static void bodyVocabulary(String[] lines, float[] probs, Scratch s) {
        int n = s.n, upTo = n;
        KeySet keys = s.bodyKeys;
        keys.clear();
        for (int j = 0; j < n; j++) {
            if ((s.flags[j] & F_BLANK) != 0 || probs[3 * j] <= 0.5f) continue;
            if (keys.size() >= VOCAB_PAIRS) { upTo = j; break; }
            addHanPairs(s, j, VOCAB_CHARS, Integer.MAX_VALUE, keys, true);
        }
        int[] shared = s.shared;
        for (int i = 0; i < n; i++) {
            int own = (s.flags[i] & F_BLANK) == 0 && probs[3 * i] > 0.5f && i < upTo ? 1 : 0;
            int from = s.at[i];
            sharedPairs(s.text, from, from + Math.min(s.at[i + 1] - from, VOCAB_CHARS), keys, own, shared);
            int pairs = shared[0];
            s.bodyShare[i] = pairs == 0 ? -1 : shared[1] * 10 / pairs;
            s.bodyShare2[i] = pairs == 0 ? -1 : shared[2] * 10 / pairs;
        }
    }

    /** At most this many spam terms a page ({@link FeatureConfig#SPAM_VOCAB}), each of at most this many chars. */
    private static final int SPAM_TERMS = 32, TERM_CHARS = 12;
    /** A spam term in more lines than this (or than 3 + 1/8 of the page's lines) is a word of the page. */
    private static final int MAX_TERM_LINES = 6;

    /**
     * The page's own spam vocabulary (see {@link #spamVocabulary}) from the lines whose spun probability in
     * {@code probs[3 * j + 2]} is at least {@code sure}; then {@link #hasSpamTerm} tells which lines contain one of
     * its terms, found by another line. Call after {@link #analyse}; needs the insertion test (without it, or with
     * no such line, no line has a term).
     */
    public void findSpamTerms(String[] lines, float[] probs, float sure, Scratch s) {
        s.ensureStack(s.n);
        spamVocabulary(lines, probs, sure, s);
    }

    /**
     * The terms of the page's spam vocabulary (folded, {@link Normalizer#fold}), after {@link #findSpamTerms}: where
     * {@link #hasSpamTerm} lines have their spam ({@link #termAt} finds them).
     */
    public List<String> spamTerms(Scratch s) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < s.terms; k++) if ((s.termValid & 1 << k) != 0) out.add(new String(s.termChars, k * TERM_CHARS, s.termLen[k]));
        return out;
    }

    /** Whether line {@code i} contains a term of the page's spam vocabulary, after {@link #findSpamTerms}. */
    public boolean hasSpamTerm(int i, Scratch s) {
        return s.spamHits[i] > 0;
    }

    /**
     * For {@link FeatureConfig#SPAM_VOCAB} (first-pass lines with a spun probability of 0.5 or more) and
     * {@link #findSpamTerms}: the page's own spam vocabulary. A spam kit scatters a few brands over
     * the page in many decorations ({@code 【万博】}, {@code (万博)}, {@code 万博：}, bare {@code 万博}); the first pass
     * catches the loud ones. Their insertion spans (without a {@code 官网} suffix) become terms when they are
     * brand-shaped (bracketed, a label before a colon, or with Latin letters or digits), and so do their other
     * bracketed codes ({@link #bracketedLatin}); each line gets the
     * number of terms, found by other lines, that it contains, and whether one opens it. A term in more than
     * {@code min(3 + lines / 8, 6)} non-blank lines is a word of the page, not a brand, and is dropped.
     */
    private static void spamVocabulary(String[] lines, float[] probs, float sure, Scratch s) {
        int n = s.n, t = 0;
        char[] tc = s.termChars;
        for (int j = 0; j < n; j++) {
            if (!termSource(probs, sure, j, s) || s.insTo[j] - s.insFrom[j] < 2) continue;
            String l = lines[j];
            int a = s.insFrom[j], b = Math.min(s.insTo[j], a + TERM_CHARS);
            if (b - a >= 4 && l.startsWith("官网", b - 2)) b -= 2;
            // digits alone are a number, not a brand; a bare run of Han chars may be a word of the page (a
            // shredded title's piece): only brand-shaped spans
            if (hasClass(l, a, b, CharClass.HAN, CharClass.LATIN)
                    && (s.insKind[j] != LmProbes.BARE || hasClass(l, a, b, CharClass.LATIN, CharClass.DIGIT))) t = addTerm(l, a, b, j, t, s);
        }
        // the insertion test names one span a line; a line may carry more: its other bracketed Latin codes (after
        // every line's insertion span, so that they never crowd one out; not from a garbled line's debris)
        for (int j = 0; j < n && t < SPAM_TERMS; j++) {
            String l = lines[j];
            if (!termSource(probs, sure, j, s) || Garbled.test(l)) continue;
            for (long code = bracketedCode(l, 0); code >= 0; code = bracketedCode(l, (int) (code >>> 32) + 1)) {
                t = addTerm(l, (int) (code >>> 32), (int) code, j, t, s);
            }
        }
        s.terms = t;
        s.termValid = 0;
        int nonBlank = 0;
        char[] c = s.vocabChars;
        for (int i = 0; i < n; i++) {
            s.termMask[i] = 0; s.spamHits[i] = 0; s.spamStart[i] = 0;
            if ((s.flags[i] & F_BLANK) != 0) continue;
            nonBlank++;
            if (t == 0) continue;
            int m = s.folded(i, c, c.length), open = 0;
            while (open < m && (c[open] == ' ' || "【[(（《「".indexOf(c[open]) >= 0)) open++;
            int mask = 0, start = 0;
            for (int k = 0; k < t; k++) {
                int at = termAt(c, 0, m, tc, k * TERM_CHARS, s.termLen[k]);
                if (at < 0) continue;
                s.termDf[k]++;
                if (s.termSrc[k] == i && s.termSrc2[k] < 0) continue;
                mask |= 1 << k;
                if (at == open) start |= 1 << k;
            }
            s.termMask[i] = mask;
            s.spamStart[i] = start;
        }
        int valid = 0, maxDf = Math.min(3 + nonBlank / 8, MAX_TERM_LINES);
        for (int k = 0; k < t; k++) if (s.termDf[k] <= maxDf) valid |= 1 << k;
        s.termValid = valid;
        for (int i = 0; i < n; i++) {
            s.spamHits[i] = Integer.bitCount(s.termMask[i] & valid);
            s.spamStart[i] = (s.spamStart[i] & valid) != 0 ? 1 : 0;
        }
    }

    /** Whether line {@code j} may give terms: spun with p ≥ {@code sure}, and without pinyin readings (whose bracketed spans are readings, not brands). */
    private static boolean termSource(float[] probs, float sure, int j, Scratch s) {
        return probs[3 * j + 2] >= sure && s.pinyinRuns[j] == 0;
    }

    /** Adds the folded {@code l[a..b)} as a term found in line {@code j} (or notes a second line for a known one); returns the new count. */
    private static int addTerm(String l, int a, int b, int j, int t, Scratch s) {
        char[] tc = s.termChars;
        int k = 0;
        for (; k < t; k++) {
            if (s.termLen[k] != b - a) continue;
            boolean same = true;
            for (int x = 0; x < b - a && same; x++) same = tc[k * TERM_CHARS + x] == Normalizer.fold(l.charAt(a + x));
            if (same) break;
        }
        if (k < t) {
            if (s.termSrc[k] != j && s.termSrc2[k] < 0) s.termSrc2[k] = j;
            return t;
        }
        if (t == SPAM_TERMS) return t;
        for (int x = 0; x < b - a; x++) tc[t * TERM_CHARS + x] = Normalizer.fold(l.charAt(a + x));
        s.termLen[t] = b - a; s.termSrc[t] = j; s.termSrc2[t] = -1; s.termDf[t] = 0;
        return t + 1;
    }

    private static final String OPENING = "【[(（〔", CLOSING = "】])）〕";

    /**
     * The start (after the bracket) of the first bracketed code at or after {@code from} in {@code l}: 2 to
     * {@link #TERM_CHARS} chars of letters, digits and Han with at least one Latin letter, no space, closed by the
     * matching bracket, and with a digit or no capital letter ({@code 【bet365】}, {@code (ayx)}; not the glosses
     * {@code B（Build）}, {@code （WTO）}, which a page repeats as its subject); -1 if none.
     */
    static int bracketedLatin(String l, int from) {
        long code = bracketedCode(l, from);
        return code < 0 ? -1 : (int) (code >>> 32);
    }

    /** Like {@link #bracketedLatin}, with the code's end too: {@code start << 32 | end}, or -1 if none. */
    private static long bracketedCode(String l, int from) {
        for (int i = Math.max(from, 1); i < l.length(); i++) {
            int o = OPENING.indexOf(l.charAt(i - 1));
            if (o < 0) continue;
            int end = l.indexOf(CLOSING.charAt(o), i);
            if (end - i < 2 || end - i > TERM_CHARS) continue;
            boolean latin = false, digit = false, capital = false, ok = true;
            for (int k = i; k < end && ok; k++) {
                char ch = l.charAt(k);
                int c = CharClass.of(Normalizer.fold(ch));
                latin |= c == CharClass.LATIN;
                digit |= c == CharClass.DIGIT;
                capital |= ch >= 'A' && ch <= 'Z' || ch >= 'Ａ' && ch <= 'Ｚ';
                ok = c == CharClass.LATIN || c == CharClass.DIGIT || c == CharClass.HAN;
            }
            if (ok && latin && (digit || !capital)) return (long) i << 32 | end;
        }
        return -1;
    }

    /**
     * The first index {@code >= start} where the term {@code p[from..from+len)} occurs in {@code c[0..n)}, or -1; a
     * term that starts or ends with a Latin letter does not count inside a longer Latin word ({@code ayx} is not in
     * {@code kayxo}).
     */
    public static int termAt(char[] c, int start, int n, char[] p, int from, int len) {
        boolean latinStart = isLatin(p[from]), latinEnd = isLatin(p[from + len - 1]);
        outer:
        for (int k = start; k + len <= n; k++) {
            for (int j = 0; j < len; j++) if (c[k + j] != p[from + j]) continue outer;
            if (latinStart && k > 0 && isLatin(c[k - 1])) continue;
            if (latinEnd && k + len < n && isLatin(c[k + len])) continue;
            return k;
        }
        return -1;
    }

    private static boolean isLatin(char c) {
        return CharClass.of(c) == CharClass.LATIN;
    }

    /** Whether {@code l[a..b)} has a char of class {@code c1} or {@code c2} ({@link CharClass}). */
    private static boolean hasClass(String l, int a, int b, int c1, int c2) {
        for (int k = a; k < b; k++) {
            int c = CharClass.of(Normalizer.fold(l.charAt(k)));
            if (c == c1 || c == c2) return true;
        }
        return false;
    }

    /**
     * Appends the second-pass features of line {@code i} to {@code out[0..n)} and returns the new count:
     * the first pass's probabilities of this line and its neighbours ({@code probs[3 * j + k]}), and the
     * page-level share of each first-pass label. Call right after {@link #features} for the same line, and
     * after {@link #prepareStack} for the page.
     */
    public int stackFeatures(float[] probs, int i, Scratch s, int[] out, int n) {
        Emitter e = s.emitter(out, mask);
        e.n = n;
        int lines = s.n;
        int own = argmax(probs, i);
        boolean selfBlank = (s.flags[i] & F_BLANK) != 0;
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
        // windows (excluding the line itself): ±5 for body and spun, ±10 and ±25 for body
        for (int w : WINDOWS) {
            int lo = Math.max(0, i - w), hi = Math.min(lines - 1, i + w);
            int cw = s.preN[hi + 1] - s.preN[lo] - (selfBlank ? 0 : 1);
            if (cw <= 0) continue;
            double bw = s.preB[hi + 1] - s.preB[lo] - (selfBlank ? 0 : probs[3 * i]);
            float mb = (float) (bw / cw);
            if (w == 5) {
                double sw = s.preS[hi + 1] - s.preS[lo] - (selfBlank ? 0 : probs[3 * i + 2]);
                e.add(NS_STACK, 30, decile(mb));
                e.add(NS_STACK, 31, decile((float) (sw / cw)));
                e.add(NS_STACK, 32, decile(mb), own);
            } else {
                e.add(NS_STACK, 50 + w, decile(mb), own);
            }
        }
        // body lines above and below: body is one block, broken by short lines of its own
        boolean selfHalf = !selfBlank && probs[3 * i] > 0.5f;
        int above = s.preHalf[i];
        int below = s.preHalf[lines] - s.preHalf[i] - (selfHalf ? 1 : 0);
        e.add(NS_STACK, 60, bucket(above), bucket(below));
        e.add(NS_STACK, 61, Math.min(above, 3) * 4 + Math.min(below, 3), own);
        // distance to the nearest confident body line above and below
        int du = s.prevConf[i] < 0 ? 40 : Math.min(i - s.prevConf[i], 40);
        int dd = s.nextConf[i] < 0 ? 40 : Math.min(s.nextConf[i] - i, 40);
        e.add(NS_STACK, 62, bucket(du), bucket(dd));
        e.add(NS_STACK, 63, bucket(du) * 16 + bucket(dd), lenClass(s, i));
        // same-label runs above and below (bounded)
        int up = 0, down = 0;
        for (int j = i - 1; j >= 0 && up < 8 && i - j < 64; j--) { if ((s.flags[j] & F_BLANK) != 0) continue; if (argmax(probs, j) != own) break; up++; }
        for (int j = i + 1; j < lines && down < 8 && j - i < 64; j++) { if ((s.flags[j] & F_BLANK) != 0) continue; if (argmax(probs, j) != own) break; down++; }
        e.add(NS_STACK, 33, own, bucket(up + down));
        // page-level shares
        int nb = s.preN[lines];
        if (nb > 0) {
            double pb = s.preB[lines], ps = s.preS[lines];
            e.add(NS_STACK, 40, decile((float) (pb / nb)));
            e.add(NS_STACK, 41, Math.min(10, (int) (ps * 20 / nb)));
            e.add(NS_STACK, 42, own, Math.min(10, (int) (ps * 20 / nb)));
        }
        if (config.has(FeatureConfig.BODY_VOCAB)) {
            int lc = lenClass(s, i);
            e.add(NS_STACK, 70, s.bodyShare[i]);
            e.add(NS_STACK, 71, s.bodyShare[i], own);
            e.add(NS_STACK, 72, s.bodyShare[i], lc);
            e.add(NS_STACK, 73, s.bodyShare2[i], lc);
        }
        if (config.has(FeatureConfig.SPAM_VOCAB)) {
            int hits = Math.min(3, s.spamHits[i]);
            e.add(NS_STACK, 80, hits);
            e.add(NS_STACK, 81, hits, own);
            e.add(NS_STACK, 82, hits * 2 + s.spamStart[i], lenClass(s, i));
        }
        return e.n;
    }

    private static final int[] WINDOWS = {5, 10, 25};

    private static int argmax(float[] p, int i) {
        float a = p[3 * i], b = p[3 * i + 1], c = p[3 * i + 2];
        return a >= b ? (a >= c ? 0 : 2) : (b >= c ? 1 : 2);
    }

    private static int decile(float p) {
        return Math.max(0, Math.min(9, (int) (p * 10)));
    }

    /** Collects distinct indices into the output array. Not allocation-free only in name: it is a stack value. */
    static final class Emitter {
        int[] out;
        final Scratch s;
        int mask;
        int n;

        Emitter(Scratch s) {
            this.s = s;
        }

        /** When non-null, receives the namespace of each feature written to {@code out}. */
        int[] nsOut;
        int ns;

        void add(int ns, long a) { this.ns = ns; put(Hashing.index(mask, ns, a)); }
        void add(int ns, long a, long b) { this.ns = ns; put(Hashing.index(mask, ns, a, b)); }
        void add(int ns, long a, long b, long c) { this.ns = ns; put(Hashing.index(mask, ns, a, b, c)); }

        /** Writes {@code idx} (in {@code 0..mask}) unless this line has already written it. */
        void put(int idx) {
            if (n >= out.length) return;
            if (!s.firstTime(idx)) return;
            if (nsOut != null && n < nsOut.length) nsOut[n] = ns;
            out[n++] = idx;
        }
    }

    /** A char as the lexical features see it: a digit as {@code 0} under {@link FeatureConfig#DIGIT_SHAPES}. */
    private char lexicalChar(char ch) {
        return digitShapes ? Hashing.digitShape(ch) : ch;
    }

    private void ngrams(char[] c, int n, Emitter e) {
        boolean tri = config.has(FeatureConfig.CHAR_TRIGRAMS);
        char p1 = '^', p2 = '^';
        int s1 = CharClass.SPACE, s2 = CharClass.SPACE;
        for (int k = 0; k <= n; k++) {
            char ch = k < n ? lexicalChar(c[k]) : '$';
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
        int rare = 0, rare2 = 0, dictMulti = 0, hanChars = 0, loose = 0;
        for (int t = 0; t < nt; t++) {
            int a = s.tokS[t];
            if (CharClass.of(c[a]) == CharClass.HAN) {
                hanChars += s.tokE[t] - a;
                if (s.tokE[t] - a == 1 && !FUNCTION_CHARS[c[a]]) loose++;
            }
            long h = Hashing.chars(c, s.tokS[t], s.tokE[t], digitShapes);
            if (lexical) {
                e.add(NS_W1, h);
                e.add(NS_W2, prev, h);
            }
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
        if (lexical) e.add(NS_W2, prev, 2);
        if (synonyms != null) substitutions(c, n, nt, s, e);
        e.add(NS_WFREQ, 1, bucket(rare));
        e.add(NS_WFREQ, 2, bucket(rare2));
        for (int t = 1; t <= 6 && rare >= t; t++) e.add(NS_WFREQ, 10, t);
        for (int t = 1; t <= 6 && rare + rare2 >= t; t++) e.add(NS_WFREQ, 11, t);
        if (dictMulti > 0) e.add(NS_WFREQ, 3, rare * 20 / dictMulti);
        e.add(NS_WFREQ, 4, bucket(nt));
        if (config.has(FeatureConfig.LOOSE_CHARS) && hanChars >= 12) {
            // word salad leaves characters that no dictionary word claims: share of Han chars in single-char
            // tokens other than function characters, a thermometer from 15 % in 5 % steps, by line length
            int pct = loose * 100 / hanChars, lb = hanChars >= 40 ? 1 : 0;
            for (int t = 15; t <= 60 && pct >= t; t += 5) e.add(NS_WFREQ, 12, t, lb);
        }
    }

    /** Single characters that stand alone in clean prose (particles, pronouns, prepositions, measure words, dates). */
    private static final boolean[] FUNCTION_CHARS = new boolean[65536];

    static {
        for (char ch : ("的了是在和有也就都而及与着或等被把对从向为以于之其所但并且这那我你他她它们个一不人上中大到说要会能去来"
                + "很还又再更最已将让使给跟由因如若则即乃吗呢吧啊呀哦嘛么年月日时分").toCharArray()) FUNCTION_CHARS[ch] = true;
    }

    /**
     * The Cilin substitution test: for each word with same-length synonyms, how much more probable the
     * clean-prose LM finds the best synonym in the same context (in 1/8 bits).
     */
    private void substitutions(char[] c, int n, int nt, Scratch s, Emitter e) {
        int max = 0, over4 = 0, over8 = 0, tested = 0;
        for (int t = 0; t < nt; t++) {
            int delta = synonyms.gain(c, n, s.tokS[t], s.tokE[t]);
            if (delta == Integer.MIN_VALUE) continue;
            tested++;
            if (delta > max) max = delta;
            if (delta >= 32) over4++;
            if (delta >= 64) over8++;
        }
        if (tested == 0) { e.add(NS_SYN, 0); return; }
        for (int th = 16; th <= 96 && max >= th; th += 16) e.add(NS_SYN, 1, th);
        for (int k = 1; k <= 4 && over4 >= k; k++) e.add(NS_SYN, 2, k);
        for (int k = 1; k <= 4 && over8 >= k; k++) e.add(NS_SYN, 3, k);
        e.add(NS_SYN, 4, Math.min(10, over4 * 20 / tested));
    }

    /**
     * Spam-lexicon hits: Han n-grams (2–4 chars) and whole Latin/digit runs whose hashes are in the lexicon,
     * with where they sit (line start, next to decorations) and how much of the line they cover.
     */
    private void lexicon(char[] c, int n, int i, Scratch s, Emitter e) {
        int hits = 0, atStart = 0, decorated = 0, covered = 0, coveredTo = 0;
        int k = 0;
        while (k < n) {
            int cls = CharClass.of(c[k]);
            if (cls == CharClass.LATIN || cls == CharClass.DIGIT) {
                int j = CharClass.alnumRunEnd(c, k, n);
                if (j - k >= 2 && terms.contains(Hashing.chars(c, k, j))) {
                    hits++;
                    if (k < 3) atStart++;
                    if (isDecoration(c, n, k, j)) decorated++;
                    covered += j - Math.max(k, coveredTo);
                    coveredTo = j;
                }
                k = j;
                continue;
            }
            if (cls == CharClass.HAN) {
                for (int len = 4; len >= 2; len--) {
                    int j = k + len;
                    if (j > n || !CharClass.allHan(c, k, j)) continue;
                    if (terms.contains(Hashing.chars(c, k, j))) {
                        hits++;
                        if (k < 3) atStart++;
                        if (isDecoration(c, n, k, j)) decorated++;
                        covered += Math.max(0, j - Math.max(k, coveredTo));
                        coveredTo = Math.max(coveredTo, j);
                        break;
                    }
                }
            }
            k++;
        }
        int len = Math.max(1, s.len[i]);
        int lc = lenClass(s, i);
        for (int t = 1; t <= 6 && hits >= t; t++) { e.add(NS_LEX, 1, t); e.add(NS_LEX, 2, t, lc); }
        if (hits > 0 && (s.flags[i] & F_PROSE) != 0) e.add(NS_LEX, 6, Math.min(hits, 3));
        if (atStart > 0) e.add(NS_LEX, 3, lc);
        if (decorated > 0) e.add(NS_LEX, 4, Math.min(decorated, 3));
        int pct = covered * 100 / len;
        for (int t = 5; t <= 60 && pct >= t; t += 5) e.add(NS_LEX, 5, t);
        if (hits == 0) e.add(NS_LEX, 0, lc);
    }

    /**
     * Spinner words ({@link FeatureConfig#SPIN_WORDS}): every 2-4 char Han stretch of the line whose salted hash is in
     * the term set counts, overlapping ones too. Only two or more make features: one odd word is often the prose's own
     * (an idiom, a literary word); on dev, one-word features found more spun lines but called as many more body lines
     * spun (models/README.md, session 29).
     */
    private void spinnerWords(char[] c, int n, int i, Scratch s, Emitter e) {
        int hits = 0;
        for (int k = 0; k < n; k++) {
            if (CharClass.of(c[k]) != CharClass.HAN) continue;
            for (int len = 2; len <= 4 && k + len <= n && CharClass.of(c[k + len - 1]) == CharClass.HAN; len++) {
                if (terms.contains(Hashing.spinnerWord(Hashing.chars(c, k, k + len)))) hits++;
            }
        }
        if (hits < MIN_SPIN_WORDS) return;
        for (int t = MIN_SPIN_WORDS; t <= 3 && hits >= t; t++) e.add(NS_SYN, 20, t);
        e.add(NS_SYN, 21, Math.min(hits, 3), lenClass(s, i));
    }

    /** The fewest spinner words that make features ({@link #spinnerWords}). */
    static final int MIN_SPIN_WORDS = 2;

    private static boolean isDecoration(char[] c, int n, int a, int b) {
        char before = a > 0 ? c[a - 1] : ' ', after = b < n ? c[b] : ' ';
        return before == '【' || before == '(' || before == '[' || before == '「' || after == '】' || after == ')'
                || after == ']' || after == ':' || after == '.' || after == '」';
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
        e.add(NS_BRAND, 8, s.glue[i], Math.min(4, bucket(len) / 2));
        // Latin+digit codes glued into Chinese text (点招j9官网, 锦亨tt99): the shape of an injected brand
        for (int t = 1; t <= 3 && s.mixedGlued[i] >= t; t++) e.add(NS_BRAND, 9, t, (f & F_PROSE) != 0 ? 1 : 0);
        if (s.han[i] >= 8 && s.hanAdjRuns[i] > 0) e.add(NS_BRAND, 6, bucket(s.hanAdjRuns[i]), (f & F_PROSE) != 0 ? 1 : 0);
        if (s.pinyin[i] > 0) e.add(NS_BRAND, 7, ratio10(s.pinyin[i] * 4, Math.max(1, s.han[i])));
        int py = s.pinyinRuns[i];
        if (py != 0 && config.has(FeatureConfig.PINYIN_RUNS)) {
            // pinyin in any form (PinyinRuns): bracketed with tones or 【】, or glued in place of a character
            int glued = py & 0xFFFF, bracketed = py >>> 16, prose = (f & F_PROSE) != 0 ? 1 : 0;
            for (int t = 1; t <= 4 && glued >= t; t++) e.add(NS_BRAND, 10, t, prose);
            for (int t = 1; t <= 4 && bracketed >= t; t++) e.add(NS_BRAND, 11, t);
            e.add(NS_BRAND, 12, ratio10((glued + bracketed) * 4, Math.max(1, s.han[i])));
        }
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
        int peak = s.lmPeak[i];
        for (int t = 24 * 8; t <= 60 * 8; t += 4 * 8) {
            if (peak < t) break;
            e.add(NS_LM, 26, t);
            e.add(NS_LM, 27, t, lb);
        }
        int cut = config.has(FeatureConfig.DELETION) ? s.cut[i] : 0;
        for (int t = 4 * 8; t <= 40 * 8 && cut >= t; t += 4 * 8) {
            e.add(NS_LM, 29, t);
            e.add(NS_LM, 30, t, s.cutPos[i] * 8 + lb);
        }
        if (config.has(FeatureConfig.INSERTION) && s.insKind[i] != 0) {
            int kind = s.insKind[i], ins = s.ins[i];
            int prose = (s.flags[i] & F_PROSE) != 0 ? 1 : 0;
            for (int t = 0; t <= 40 * 8 && ins >= t; t += 4 * 8) {
                e.add(NS_INS, 1, t, kind);
                e.add(NS_INS, 2, t, kind * 2 + prose);
            }
            int rep = Math.min(3, s.insRep[i]), page = Math.min(4, bucket(s.insPage[i]));
            e.add(NS_INS, 3, kind, rep);
            e.add(NS_INS, 4, kind, page);
            e.add(NS_INS, 5, kind * 4 + rep, Math.min(4, ins / (8 * 8)));
            e.add(NS_INS, 6, kind * 8 + page, Math.min(4, ins / (8 * 8)));
            e.add(NS_INS, 7, rep * 8 + page, prose);
        }
        int excess = peak - 3 * mean;
        for (int t = 8 * 8; t <= 40 * 8 && excess >= t; t += 4 * 8) e.add(NS_LM, 28, t, lb);
        if (config.has(FeatureConfig.PAGE_LM) && s.pageLm >= 0) pageLmFeatures(mean, cut, lb, s, e);
        if (trigrams) trigramFeatures(i, lb, s, e);
        for (int t = 5; t <= 60; t += 5) {
            if (highPct >= t) { e.add(NS_LM, 22, t); e.add(NS_LM, 23, t, lb); }
            if (veryPct >= t) e.add(NS_LM, 24, t);
            if (rarePct >= t) e.add(NS_LM, 25, t);
        }
    }

    /**
     * The line against its page (see {@link FeatureConfig#PAGE_LM}): the page's median surprisal in half bits, and
     * thermometer codes of how far the line's mean surprisal (half-bit steps from 2 bits below to 6 above) and its
     * deletion saving (4-bit steps) stand above the page's medians.
     */
    private void pageLmFeatures(int mean, int cut, int lb, Scratch s, Emitter e) {
        e.add(NS_LM, 40, Math.min(24, s.pageLm / 4));
        int delta = mean - s.pageLm;
        for (int t = -2 * 8; t <= 6 * 8 && delta >= t; t += 4) {
            e.add(NS_LM, 41, t);
            e.add(NS_LM, 42, t, lb);
        }
        if (s.pageLmLow >= 0 && config.has(FeatureConfig.PAGE_LM_LOW)) {
            int low = mean - s.pageLmLow;
            for (int t = 0; t <= 8 * 8 && low >= t; t += 4) {
                e.add(NS_LM, 44, t);
                e.add(NS_LM, 45, t, lb);
            }
        }
        if (s.pageCut >= 0) {
            int dc = cut - s.pageCut;
            for (int t = 0; t <= 32 * 8 && dc >= t; t += 4 * 8) e.add(NS_LM, 43, t);
        }
    }

    /**
     * The line's share of unseen Han trigrams ({@link FeatureConfig#LM_TRIGRAMS}) against its page (with
     * {@link FeatureConfig#PAGE_LM}): the page's median share in 10 % steps, and thermometer codes of how far the
     * line stands above it, from 10 points below to 40 above, alone, by length and by the page's median. Only
     * against the page: the share on its own also marks every line of a page written in another register than the
     * LM's news prose (a Taiwanese blog, a comment thread), which cost more clean lines than it caught spam
     * (models/README.md, session 22).
     */
    private void trigramFeatures(int i, int lb, Scratch s, Emitter e) {
        int u = s.triUnseen[i];
        if (u < 0) { e.add(NS_LM, 50, lb); return; }
        if (!config.has(FeatureConfig.PAGE_LM) || s.pageTri < 0) return;
        e.add(NS_LM, 53, s.pageTri / 10);
        int d = u - s.pageTri;
        int far = Math.min(5, s.pageTri / 15); // a page far from the LM's prose: a rise there means less
        for (int t = -10; t <= 40 && d >= t; t += 5) {
            e.add(NS_LM, 54, t);
            e.add(NS_LM, 55, t, lb);
            e.add(NS_LM, 56, t, far);
        }
    }

    static int lenClass(Scratch s, int j) {
        if (j < 0 || j >= s.n) return -1;
        int len = s.len[j];
        if (len == 0) return 0;
        if (len < 8) return 1;
        if (len < 20) return 2;
        if (len < 50) return 3;
        return 4;
    }

    /**
     * How much the LM dislikes the seams around the title fragment {@code c[a..b)} more than the text joined without
     * it (1/8 bits, at least 0): a seam counts only against a Han neighbour, so a fragment at a clause edge is
     * judged by its other side.
     */
    private int titleSeam(char[] c, int np, int a, int b) {
        boolean hasLeft = a > 0 && CharClass.of(c[a - 1]) == CharClass.HAN;
        boolean hasRight = b < np && CharClass.of(c[b]) == CharClass.HAN;
        int left = hasLeft ? lm.bigramQ(c[a - 1], c[a]) : 0;
        int right = hasRight ? lm.bigramQ(c[b - 1], c[b]) : 0;
        int join = hasLeft && hasRight ? lm.bigramQ(c[a - 1], c[b]) : 0;
        return Math.max(0, left + right - join);
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
        if (config.has(FeatureConfig.TITLE_CONTEXT)) dateNeighbours(i, lc, s, e);
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
        if (config.has(FeatureConfig.TEMPLATES) && s.headShape[i] != 0) {
            // rows of one template: how many other lines start / end in the same shape (FeatureConfig.TEMPLATES)
            int hr = Math.min(6, bucket(s.headRep[i])), tr = Math.min(6, bucket(s.tailRep[i]));
            int hs = (int) (s.headShape[i] & 1), ts = (int) (s.tailShape[i] & 1);
            e.add(NS_REPEAT, 10, hr, hs);
            e.add(NS_REPEAT, 11, tr, ts);
            e.add(NS_REPEAT, 12, hr * 8 + tr, hs * 2 + ts);
            e.add(NS_REPEAT, 13, tr * 2 + ts, lc);
        }
        // title
        if (s.title >= 0) {
            if (i == s.title) {
                e.add(NS_TITLE, 1);
            } else {
                e.add(NS_TITLE, 2, i < s.title ? 0 : 1);
                titleOverlap(c, np, i, s.titleKeys, s.titleLen, 0, s, e);
            }
        } else {
            e.add(NS_TITLE, 0);
        }
        if (s.lead >= 0 && i != s.lead) titleOverlap(c, np, i, s.leadKeys, s.leadLen, 10, s, e);
        if (config.has(FeatureConfig.ARTICLE_VOCAB)) articleOverlap(c, np, i, lc, s, e);
        // the article runs from its headline to its last prose line, short lines (agendas, tables, code) included
        if (config.has(FeatureConfig.TITLE_CONTEXT) && s.title >= 0 && s.lastProse > s.title) {
            int span = i < s.title ? 0 : i == s.title ? 1 : i <= s.lastProse ? 2 : 3;
            e.add(NS_TITLE, 4, span, lc);
        }
        // first and last tokens of the line (bylines, sources, prompts)
        int a = 0;
        while (a < np && c[a] == ' ') a++;
        int b = np;
        while (b > a && c[b - 1] == ' ') b--;
        if (lexical && b - a >= 2) {
            e.add(NS_FIRST, lexicalChar(c[a]), lexicalChar(c[a + 1]));
            e.add(NS_LAST, lexicalChar(c[b - 2]), lexicalChar(c[b - 1]));
        }
    }

    /** Lines up and down that {@link #dateNeighbours} looks at. */
    private static final int DATE_REACH = 3;

    /** The nearest date/time line within {@link #DATE_REACH} lines above and below, by this line's length class. */
    private static void dateNeighbours(int i, int lc, Scratch s, Emitter e) {
        int up = 0, down = 0;
        for (int d = 1; d <= DATE_REACH && up == 0; d++) if (i - d >= 0 && (s.flags[i - d] & (F_DATE | F_TIME)) != 0) up = d;
        for (int d = 1; d <= DATE_REACH && down == 0; d++) if (i + d < s.n && (s.flags[i + d] & (F_DATE | F_TIME)) != 0) down = d;
        e.add(NS_NB, 10, up, down);
        e.add(NS_NB, 11, (up * 4 + down) * 8 + lc, s.flags[i] & F_FINAL);
    }

    /**
     * How much of line {@code i} speaks the article's words: of its Han pairs (first {@link #VOCAB_CHARS} chars),
     * the share used by at least one other prose line of the page, and by at least two.
     */
    private static void articleOverlap(char[] c, int np, int i, int lc, Scratch s, Emitter e) {
        int own = (s.flags[i] & F_PROSE) != 0 && i < s.proseKeysUpTo ? 1 : 0;
        int[] shared = s.shared;
        sharedPairs(c, 0, Math.min(np, VOCAB_CHARS), s.proseKeys, own, shared);
        int pairs = shared[0];
        if (pairs == 0) { e.add(NS_REGION, 20, lc); return; }
        int share = shared[1] * 10 / pairs, share2 = shared[2] * 10 / pairs;
        e.add(NS_REGION, 21, share);
        e.add(NS_REGION, 22, share, lc);
        e.add(NS_REGION, 23, share2, lc);
        e.add(NS_REGION, 24, bucket(shared[1]), lc);
    }

    /**
     * Counts the Han pairs of the folded chars {@code c[from..to)} into {@code out}: {@code out[0]} all of them,
     * {@code out[1]} those that at least one line of {@code keys} ({@link KeySet#addInLine}) other than this one
     * uses, {@code out[2]} those that two do; {@code own} is 1 when this line's own pairs are counted in {@code keys}.
     */
    private static void sharedPairs(char[] c, int from, int to, KeySet keys, int own, int[] out) {
        int pairs = 0, once = 0, twice = 0;
        char prev = 0;
        for (int k = from; k < to; k++) {
            char ch = c[k];
            if (CharClass.of(ch) != CharClass.HAN) { prev = 0; continue; }
            if (prev != 0) {
                pairs++;
                int slot = keys.slot((prev << 16) | ch);
                int others = slot < 0 ? 0 : keys.lines(slot) - own;
                if (others >= 1) once++;
                if (others >= 2) twice++;
            }
            prev = ch;
        }
        out[0] = pairs;
        out[1] = once;
        out[2] = twice;
    }

    private void titleOverlap(char[] c, int np, int i, KeySet keys, int keyLen, int sub, Scratch s, Emitter e) {
        if (keyLen == 0) return;
        int hits = 0, runs = 0, runStart = -1, bestSeam = 0, strongSeams = 0, cuts = 0, longCuts = 0;
        boolean inRun = false, words = shredCuts && sub == 0 && s.titleChars > 0;
        for (int k = 1; k <= np; k++) {
            boolean hit = false;
            if (k < np) {
                char a = c[k - 1], b = c[k];
                hit = CharClass.of(a) == CharClass.HAN && CharClass.of(b) == CharClass.HAN && keys.slot((a << 16) | b) >= 0;
            }
            if (hit) {
                hits++;
                if (!inRun) { runs++; runStart = k - 1; }
            } else if (inRun) {
                if (titleSeams) {
                    int seam = titleSeam(c, np, runStart, k);
                    if (seam > bestSeam) bestSeam = seam;
                    if (seam >= 8 * 8) strongSeams++;
                }
                if (words && cutsTitleWords(c, runStart, k, s)) {
                    cuts++;
                    if (k - runStart >= 3) longCuts++;
                }
            }
            inRun = hit;
        }
        if (words) {
            int lc = lenClass(s, i);
            for (int t = 1; t <= 4 && cuts >= t; t++) e.add(NS_TITLE, 40, t);
            for (int t = 1; t <= 3 && longCuts >= t; t++) e.add(NS_TITLE, 41, t);
            e.add(NS_TITLE, 42, Math.min(cuts, 4), lc);
            e.add(NS_TITLE, 43, Math.min(cuts, 4), Math.min(bucket(runs), 4));
        }
        if (titleSeams && runs > 0) {
            for (int t = 4 * 8; t <= 32 * 8 && bestSeam >= t; t += 4 * 8) e.add(NS_TITLE, sub + 7, t);
            e.add(NS_TITLE, sub + 8, Math.min(strongSeams, 4), Math.min(bucket(runs), 4));
        }
        e.add(NS_TITLE, sub + 3, bucket(runs));
        e.add(NS_TITLE, sub + 4, Math.min(10, hits * 10 / keyLen));
        int lc = lenClass(s, i);
        e.add(NS_TITLE, sub + 5, bucket(runs), lc);
        if (s.len[i] > 0) e.add(NS_TITLE, sub + 6, Math.min(10, runs * 100 / s.len[i]));
    }
}
