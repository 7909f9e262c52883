package org.linesift.page;

import org.linesift.Label;
import org.linesift.feature.PageFeaturizer;
import org.linesift.model.LinearModel;
import org.linesift.model.Model;
import org.linesift.text.Addresses;
import org.linesift.text.BracketedTags;
import org.linesift.text.Escaped;
import org.linesift.text.Garbled;
import org.linesift.text.Hidden;
import org.linesift.text.KnownBrands;
import org.linesift.text.PinyinRuns;
import org.linesift.text.Segmenter;
import org.linesift.text.Stuffed;
import org.linesift.text.TradePhrases;
import org.linesift.feature.FeatureConfig;

import java.util.Arrays;

/**
 * The whole per-page pipeline over one immutable model: analyse the page, featurise and score each line,
 * then the page pass; a line whose very form is spam ({@link #spunByForm}) is spun whatever the model says, and a
 * line that names a well-known gambling brand ({@link KnownBrands}) is spun with {@link #SURE_SPUN}.
 * Thread-safe: per-thread scratch buffers are kept in thread-locals.
 */
public final class PageClassifier {
    /** Most feature ids kept per thread between the passes (16 MB). */
    private static final int MAX_CACHE = 1 << 22;
    /** The spun probability given to a line whose form is spam ({@link #spunByForm}). */
    static final float RULE_SPUN = 0.95f;
    /** Spun lines a page needs to keep any of them when none is {@link #SURE_SPUN}. */
    static final int MIN_SPUN_LINES = 4;
    /** The spun probability of a line that keeps its page's spun lines on its own. */
    static final float SURE_SPUN = 0.8f;
    /**
     * The spun probability from which a line gives its brand-shaped injected spans to the page's spam vocabulary
     * ({@link PageFeaturizer#findSpamTerms}): the lines the model calls spun more likely than not. Measured on dev
     * with the known-brands rule off, so on brands no training source holds: with 0.8, the threshold until session
     * 25, the model and this rule find 0.52 of the brand lines, with 0.5 they find 0.62; neither adds a false spun
     * line there, on 11,319 lines of news prose or on the train pages (models/README.md, session 25).
     */
    static final float TERM_SOURCE = 0.5f;
    /**
     * The spun probability given to a line that contains a term of the page's spam vocabulary
     * ({@link PageFeaturizer#findSpamTerms}: the injected spans of the lines spun with {@link #TERM_SOURCE} or
     * more): spun, but no surer than that. The page's spun lines still need {@link #MIN_SPUN_LINES} or a sure one
     * to stay ({@link #dropUnsureSpam}).
     */
    static final float TERM_SPUN = 0.6f;
    /**
     * The region pass ({@link #bodyRegions}): the cost, in nats, of a switch between the article and boilerplate
     * in the page's sequence of body and nav lines, and the least body probability with which a nav line inside
     * the article's region becomes body. Tuned on held-out train pages (models/README.md, session 14).
     */
    static final float REGION_SWITCH = 6f, REGION_MIN_BODY = 0.3f;

    private final Model model;
    private final PageFeaturizer featurizer;
    /** Whether a line naming a well-known gambling brand ({@link KnownBrands}) is spun by that alone. */
    private final boolean knownBrands;
    private final ThreadLocal<Buffers> buffers;

    private static final class Buffers {
        final PageFeaturizer.Scratch scratch = new PageFeaturizer.Scratch();
        final int[] feats;
        float[] first = new float[0];
        /** First-pass features of every line of the page, reused by the second pass (bounded). */
        int[] cache = new int[1 << 16];
        int[] cacheStart = new int[0];
        /** The region pass's back-pointers: bit k of entry i is the state before line i given state k at i. */
        byte[] back = new byte[0];
        /** {@link Twins}: for each line that is a spinner's copy, the copy as written (else -1); the lines sorted by length. */
        int[] twin = new int[0];
        long[] twinKeys = new long[0], twinCores = new long[0];
        /** {@link Twins}' scratch: each line's first twin, or a mark for a template row. */
        int[] twinFirst = new int[0];
        /** {@link TitleCopies}: which lines are a copy of another with a trade phrase appended. */
        boolean[] copy = new boolean[0];
        /** The number of lines of the last page (or part) in {@link #twin}. */
        int twinCount;
        final ContextPass.Buffers context = new ContextPass.Buffers();

        Buffers(int maxFeatures) {
            feats = new int[maxFeatures];
        }
    }

    public PageClassifier(Model model) {
        this(model, true);
    }

    /**
     * @param knownBrands whether a line naming a well-known gambling brand ({@link KnownBrands}) is spun by that
     *                    alone; without it, brands are found only by the model and the page's own spam vocabulary,
     *                    as brands that no list holds are
     */
    public PageClassifier(Model model, boolean knownBrands) {
        String problem = contextPassProblem(model);
        if (problem != null) throw new IllegalArgumentException(problem);
        this.model = model;
        this.knownBrands = knownBrands;
        FeatureConfig cfg = model.config();
        this.featurizer = new PageFeaturizer(cfg, model.lm(), cfg.has(FeatureConfig.WORDS) ? Segmenter.get() : null, model.terms());
        int max = featurizer.maxFeatures() + 64;
        this.buffers = ThreadLocal.withInitial(() -> new Buffers(max));
    }

    /**
     * Why this LineSift cannot run {@code model}'s context pass (its trees read another number of values a line than
     * {@link ContextPass} computes: a model from another LineSift), or {@code null} when it can or there is none.
     */
    public static String contextPassProblem(Model model) {
        if (model.contextTrees() == null || model.contextTrees().features() == ContextPass.FEATURES) return null;
        return "the context pass reads " + model.contextTrees().features() + " numbers a line, but this LineSift computes "
                + ContextPass.FEATURES + "; use the LineSift that trained the model";
    }

    public PageFeaturizer featurizer() {
        return featurizer;
    }

    /**
     * The spam vocabulary of the page this thread classified last ({@link PageFeaturizer#spamTerms}): the brands
     * the model was sure of in one line, which mark the other lines they are in.
     */
    public java.util.List<String> lastSpamTerms() {
        return featurizer.spamTerms(buffers.get().scratch);
    }

    /**
     * The spinner twins of the page (or, for a page read in parts, the part) this thread classified last: for each
     * line that is a spinner's copy of another line of the page (see {@code Twins}), the index of the copy as
     * written, else -1. A new array.
     */
    public int[] lastTwins() {
        Buffers b = buffers.get();
        return Arrays.copyOf(b.twin, b.twinCount);
    }

    /**
     * For each line of the page (or, for a page read in parts, the part) this thread classified last, whether the
     * context pass ({@link ContextPass}) moved it between body and nav. A new array.
     */
    public boolean[] lastContextMoves() {
        ContextPass.Buffers c = buffers.get().context;
        boolean[] out = new boolean[c.movedCount];
        for (int i = 0; i < out.length; i++) out[i] = c.moved(i);
        return out;
    }

    /**
     * Labels {@code lines} (no nulls). Writes probabilities into {@code probs[3 * i + k]} and label indices
     * into {@code labels[i]}. Blank lines are NAV with probability 1.
     *
     * @return the index of the line taken as the page title, or -1
     */
    public int classify(String[] lines, float[] probs, int[] labels) {
        return classify(lines, probs, labels, null);
    }

    /**
     * Like {@link #classify(String[], float[], int[])}; when {@code contrib} is non-null (length
     * {@code lines.length * PageFeaturizer.NAMESPACES}), it also receives, for each line and feature namespace,
     * how much that namespace's features pushed the chosen label above the runner-up (in logits).
     */
    public int classify(String[] lines, float[] probs, int[] labels, float[] contrib) {
        return classify(lines, null, probs, labels, contrib);
    }

    /**
     * Like {@link #classify(String[], float[], int[], float[])} for a page cut from HTML: {@code markup[i]} holds
     * line {@code i}'s markup tokens, which a model trained with {@link FeatureConfig#MARKUP} reads; {@code null}
     * for a text page.
     */
    public int classify(String[] lines, String[] markup, float[] probs, int[] labels, float[] contrib) {
        long chars = 0;
        for (String l : lines) chars += l.length();
        if (chars > MAX_PAGE_CHARS) return classifyInParts(lines, markup, probs, labels, contrib, MAX_PAGE_CHARS);
        lines = withoutAddresses(lines);
        Buffers b = buffers.get();
        b.twinCount = 0;
        int n = lines.length;
        if (n == 0) return -1;
        PageFeaturizer.Scratch s = b.scratch;
        featurizer.analyse(lines, markup, s);
        LinearModel first = model.lineModel();
        LinearModel second = model.pageModel();
        float[] p1 = second == null ? probs : ensure(b, n);
        boolean caching = second != null && contrib == null;
        int[] ns = contrib == null ? null : new int[b.feats.length];
        if (caching && b.cacheStart.length < n + 1) b.cacheStart = new int[Math.max(n + 1, b.cacheStart.length * 2)];
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (caching) b.cacheStart[i] = used;
            if (lines[i].isBlank()) {
                p1[3 * i] = 0; p1[3 * i + 1] = 1; p1[3 * i + 2] = 0;
                continue;
            }
            s.recordNamespaces(second == null ? ns : null);
            int k = featurizer.features(lines, i, s, b.feats);
            first.probabilities(b.feats, k, p1, 3 * i);
            if (contrib != null && second == null) attribute(first, b.feats, ns, k, p1, i, contrib);
            if (caching) {
                if (used + k > b.cache.length && used + k <= MAX_CACHE) {
                    b.cache = java.util.Arrays.copyOf(b.cache, Math.min(MAX_CACHE, Math.max(used + k, b.cache.length * 2)));
                }
                if (used + k <= b.cache.length) {
                    System.arraycopy(b.feats, 0, b.cache, used, k);
                    used += k;
                } else {
                    caching = false; // a huge page: recompute in the second pass instead of holding it all
                }
            }
        }
        if (caching) b.cacheStart[n] = used;
        if (second != null) {
            featurizer.prepareStack(lines, p1, s);
            for (int i = 0; i < n; i++) {
                if (lines[i].isBlank()) {
                    probs[3 * i] = 0; probs[3 * i + 1] = 1; probs[3 * i + 2] = 0;
                    continue;
                }
                int k;
                if (caching) {
                    k = b.cacheStart[i + 1] - b.cacheStart[i];
                    System.arraycopy(b.cache, b.cacheStart[i], b.feats, 0, k);
                    featurizer.reseed(b.feats, k, s);
                } else {
                    s.recordNamespaces(ns);
                    k = featurizer.features(lines, i, s, b.feats);
                }
                k = featurizer.stackFeatures(p1, i, s, b.feats, k);
                second.probabilities(b.feats, k, probs, 3 * i);
                if (contrib != null) attribute(second, b.feats, ns, k, probs, i, contrib);
            }
        }
        s.recordNamespaces(null);
        // the page's own brands: a term injected in a line the model calls spun marks every other line it is in
        featurizer.findSpamTerms(lines, probs, TERM_SOURCE, s);
        for (int i = 0; i < n; i++) {
            if (probs[3 * i + 2] < TERM_SPUN && featurizer.hasSpamTerm(i, s)) spunByRule(probs, i, TERM_SPUN);
        }
        if (b.twin.length < n) {
            b.twin = new int[Math.max(n, 2 * b.twin.length)];
            b.twinKeys = new long[b.twin.length];
            b.twinCores = new long[b.twin.length];
            b.twinFirst = new int[b.twin.length];
        }
        Arrays.fill(b.twin, 0, n, -1);
        b.twinCount = n;
        if (Twins.find(lines, n, model.lm(), b.twin, b.twinKeys, b.twinCores, b.twinFirst) > 0) {
            for (int i = 0; i < n; i++) if (b.twin[i] >= 0 && probs[3 * i + 2] < SURE_SPUN) spunByRule(probs, i, SURE_SPUN);
        }
        if (b.copy.length < n) b.copy = new boolean[b.twin.length];
        Arrays.fill(b.copy, 0, n, false);
        if (TitleCopies.find(lines, n, b.copy, b.twinKeys) > 0) {
            for (int i = 0; i < n; i++) if (b.copy[i] && probs[3 * i + 2] < SURE_SPUN) spunByRule(probs, i, SURE_SPUN);
        }
        for (int i = 0; i < n; i++) {
            if (probs[3 * i + 2] < RULE_SPUN && spunByForm(lines[i], i, s)) spunByRule(probs, i, RULE_SPUN);
            else if (probs[3 * i + 2] < SURE_SPUN && (knownBrands && KnownBrands.test(lines[i]) || TradePhrases.repeated(lines[i]) >= 0
                    || BracketedTags.repeated(lines[i]) >= 0)) {
                spunByRule(probs, i, SURE_SPUN);
            }
            labels[i] = argmax(probs, i);
        }
        dropUnsureSpam(probs, labels, n);
        if (b.back.length < n) b.back = new byte[Math.max(n, 2 * b.back.length)];
        bodyRegions(lines, probs, labels, n, b.back);
        MarkupGroups.apply(markup, labels, n);
        ContextPass.apply(model.contextTrees(), lines, probs, labels, n, b.context);
        return featurizer.title(s);
    }

    /**
     * The lines as the model reads them: without the web and mail addresses of institutions ({@link Addresses}:
     * {@code www.qingxi.gov.cn} is no evidence of spam, while any domain in a sentence looks like an injected one to
     * a model trained on injections), except where that would leave a line blank. The same array when no line holds
     * one.
     */
    static String[] withoutAddresses(String[] lines) {
        String[] out = lines;
        for (int i = 0; i < lines.length; i++) {
            String w = Addresses.without(lines[i]);
            if (w == lines[i] || w.isBlank()) continue;
            if (out == lines) out = lines.clone();
            out[i] = w;
        }
        return out;
    }

    /**
     * Whether line {@code i}'s form alone makes it spam: garbled by a decoding error ({@link Garbled}), left in an
     * escape code ({@link Escaped}), words hidden by invisible characters or separators ({@link Hidden}), written
     * in pinyin ({@link PinyinRuns#obfuscated}), or a list of phrases stuffed with one keyword ({@link Stuffed}).
     */
    private boolean spunByForm(String line, int i, PageFeaturizer.Scratch s) {
        return featurizer.pinyinObfuscated(i, s) || Garbled.test(line) || Escaped.test(line) || Hidden.test(line)
                || Stuffed.test(line);
    }

    /** The most chars a page is read as one: the featurizer folds a page into one char array. */
    static final long MAX_PAGE_CHARS = Integer.MAX_VALUE - 16;

    /**
     * A page of more than {@code maxChars} chars in all (only a list of lines can hold one): classified as
     * consecutive parts of at most {@code maxChars} chars each (or one line), each part as a page of its own.
     * The title is the first one a part finds.
     */
    int classifyInParts(String[] lines, String[] markup, float[] probs, int[] labels, float[] contrib, long maxChars) {
        int n = lines.length, title = -1;
        for (int a = 0; a < n; ) {
            int b = a + 1;
            long chars = lines[a].length();
            while (b < n && chars + lines[b].length() <= maxChars) chars += lines[b++].length();
            int m = b - a;
            float[] p = new float[3 * m];
            int[] l = new int[m];
            float[] c = contrib == null ? null : new float[m * PageFeaturizer.NAMESPACES];
            int t = classify(Arrays.copyOfRange(lines, a, b), markup == null ? null : Arrays.copyOfRange(markup, a, b), p, l, c);
            System.arraycopy(p, 0, probs, 3 * a, 3 * m);
            System.arraycopy(l, 0, labels, a, m);
            if (c != null) System.arraycopy(c, 0, contrib, a * PageFeaturizer.NAMESPACES, c.length);
            if (title < 0 && t >= 0) title = a + t;
            a = b;
        }
        return title;
    }

    /**
     * A page keeps its spun labels only with the evidence of spam: {@link #MIN_SPUN_LINES} spun lines, or one
     * with a spun probability of {@link #SURE_SPUN} or more. Otherwise each of them takes the more likely of body
     * and nav (its probabilities stay as the model gave them). On held-out train pages, one or two unsure spun
     * lines were more often a misread clean page than spam (models/README.md, session 11).
     */
    static void dropUnsureSpam(float[] probs, int[] labels, int n) {
        int spunLabel = Label.SPUN.ordinal();
        int spun = 0;
        float surest = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] != spunLabel) continue;
            spun++;
            surest = Math.max(surest, probs[3 * i + 2]);
        }
        if (spun == 0 || spun >= MIN_SPUN_LINES || surest >= SURE_SPUN) return;
        for (int i = 0; i < n; i++) {
            if (labels[i] == spunLabel) labels[i] = (probs[3 * i] >= probs[3 * i + 1] ? Label.BODY : Label.NAV).ordinal();
        }
    }

    /**
     * The region pass: an article is one stretch of the page, so a short line the model calls nav between body
     * lines (a table cell, an agenda's time, a list item) is more likely the article's. The most likely sequence
     * of regions over the page's body and nav lines (Viterbi, two states, each line's evidence the log of its
     * body or nav probability, renormalised over the two, and {@link #REGION_SWITCH} per switch) marks the
     * article's stretches; a nav line inside one becomes body if its body probability is at least
     * {@link #REGION_MIN_BODY}. The page opens and closes in boilerplate (a switch to start or end in the
     * article). Only nav→body: a headline above its byline is a short stretch of article that a
     * smoother would swallow the other way. Blank and spun lines are not part of the sequence (spun is spun
     * wherever it stands). Probabilities stay as the model gave them.
     *
     * @param back scratch of at least {@code n} entries
     */
    static void bodyRegions(String[] lines, float[] probs, int[] labels, int n, byte[] back) {
        int body = Label.BODY.ordinal(), nav = Label.NAV.ordinal();
        double inBody = 0, inNav = 0;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (labels[i] != body && labels[i] != nav || lines[i].isBlank()) continue;
            double pb = Math.max(probs[3 * i], 1e-6f), pn = Math.max(probs[3 * i + 1], 1e-6f);
            double eb = Math.log(pb / (pb + pn)), en = Math.log(pn / (pb + pn));
            if (last < 0) { // the page opens in boilerplate: an article that starts it pays one switch
                inBody = eb - REGION_SWITCH;
                inNav = en;
                back[i] = 0;
            } else {
                double bStay = inBody, bSwitch = inNav - REGION_SWITCH, nStay = inNav, nSwitch = inBody - REGION_SWITCH;
                // bit 0: the state before a body line (1 = nav); bit 1: the state before a nav line (1 = nav)
                back[i] = (byte) ((bStay >= bSwitch ? 0 : 1) | (nStay >= nSwitch ? 2 : 0));
                inBody = Math.max(bStay, bSwitch) + eb;
                inNav = Math.max(nStay, nSwitch) + en;
            }
            last = i;
        }
        if (last < 0) return;
        boolean inArticle = inBody - REGION_SWITCH >= inNav; // and closes in boilerplate
        for (int i = last; i >= 0; i--) {
            if (labels[i] != body && labels[i] != nav || lines[i].isBlank()) continue;
            if (inArticle && labels[i] == nav && probs[3 * i] >= REGION_MIN_BODY) labels[i] = body;
            inArticle = (back[i] & (inArticle ? 1 : 2)) == 0;
        }
    }

    /**
     * The region pass ({@link #bodyRegions(String[], float[], int[], int, byte[])}) over labels that {@code probs}
     * (three per line) and earlier rules gave: for labels combined from two models' passes.
     */
    public static void bodyRegions(String[] lines, float[] probs, int[] labels) {
        bodyRegions(lines, probs, labels, lines.length, new byte[lines.length]);
    }

    /**
     * The markup-group pass ({@link MarkupGroups}) over labels combined from two models' passes, after
     * {@link #bodyRegions(String[], float[], int[])}; {@code markup} null for a text page.
     */
    public static void markupGroups(String[] markup, int[] labels) {
        MarkupGroups.apply(markup, labels, labels.length);
    }

    /**
     * For explanations: per line, how many other lines share its markup when most of them are body (the markup-group
     * pass's vote over {@code labels}), else 0; all 0 for a text page ({@code markup} null).
     */
    public static int[] markupLookAlikes(String[] markup, int[] labels) {
        return MarkupGroups.bodyLookAlikes(markup, labels, labels.length);
    }

    /**
     * A line garbled by a decoding error ({@link Garbled}) or written with pinyin for its characters
     * ({@link PinyinRuns#obfuscated}) is spun wherever it stands: its spun probability is raised to
     * {@link #RULE_SPUN} ({@code spun}; {@link #TERM_SPUN} for a term of the page's spam vocabulary) and the other
     * two keep their ratio.
     */
    private static void spunByRule(float[] p, int i, float spun) {
        float rest = p[3 * i] + p[3 * i + 1];
        if (rest > 0) {
            float scale = (1 - spun) / rest;
            p[3 * i] *= scale;
            p[3 * i + 1] *= scale;
        } else {
            p[3 * i + 1] = 1 - spun;
        }
        p[3 * i + 2] = spun;
    }

    /** Adds, per namespace, the weight margin of the chosen label over the runner-up for line {@code i}. */
    private static void attribute(LinearModel m, int[] feats, int[] ns, int k, float[] p, int i, float[] contrib) {
        int best = argmax(p, i);
        int second = -1;
        for (int c = 0; c < 3; c++) if (c != best && (second < 0 || p[3 * i + c] > p[3 * i + second])) second = c;
        int base = i * PageFeaturizer.NAMESPACES;
        for (int j = 0; j < k; j++) {
            int f = feats[j];
            if (f < 0 || f >= m.dimension()) continue;
            int space = ns[j];
            if (space < 0 || space >= PageFeaturizer.NAMESPACES) continue;
            contrib[base + space] += m.weight(f, best) - m.weight(f, second);
        }
    }

    private static float[] ensure(Buffers b, int n) {
        if (b.first.length < 3 * n) b.first = new float[Math.max(3 * n, b.first.length * 2)];
        return b.first;
    }

    static int argmax(float[] p, int i) {
        float a = p[3 * i], b = p[3 * i + 1], c = p[3 * i + 2];
        return a >= b ? (a >= c ? 0 : 2) : (b >= c ? 1 : 2);
    }
}
