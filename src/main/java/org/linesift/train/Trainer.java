package org.linesift.train;

import org.linesift.Label;
import org.linesift.feature.CharLm;
import org.linesift.feature.FeatureConfig;
import org.linesift.feature.PageFeaturizer;
import org.linesift.feature.TermSet;
import org.linesift.model.LinearModel;
import org.linesift.model.Model;
import org.linesift.model.ModelFile;
import org.linesift.page.PageClassifier;
import org.linesift.text.Segmenter;
import smile.classification.Maxent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains a LineSift model from labelled pages with Smile's multinomial maximum-entropy trainer (L-BFGS).
 *
 * <p>Two passes: the line model sees each line's own features and its page context; the page model
 * additionally sees the line model's probabilities for the line's neighbours. The page model is trained on
 * out-of-fold line-model probabilities (pages split into folds), so it learns from the errors the line model
 * makes on unseen pages.
 */
public final class Trainer {
    private Trainer() {}

    /** Training settings. Defaults are those of the bundled model. */
    public static final class Options {
        /** Seed for fold assignment and any sampling. */
        public long seed = 1;
        /** log2 of the hashed feature space. */
        public int hashBits = 18;
        /** L2 penalty (Smile's lambda). */
        public double lambda = 25;
        /** L2 penalty of the page model; {@code NaN} means the same as {@link #lambda}. */
        public double pageLambda = Double.NaN;
        /** L-BFGS iterations per model. */
        public int maxIter = 200;
        /** Folds for the out-of-fold first-pass probabilities; 0 or 1 trains a one-pass model. */
        public int folds = 4;
        /** Clean prose for the character language model; empty means no LM features. */
        public List<Path> lmText = new ArrayList<>();
        /** Spam text for the mined spam lexicon (needs {@link #lmText} as the clean contrast); empty means none. */
        public List<Path> spamText = new ArrayList<>();
        /**
         * Whether the spam lexicon is mined strictly ({@link SpamLexicon#mine}): distinct spam lines, Latin terms from
         * two spam sources, no numbers.
         */
        public boolean strictSpamLexicon = false;
        /** Each spun training line counts this many times (spam is rare and varied; body and nav are not). */
        public int spunWeight = 1;
        /**
         * Add a copy of every labelled line with its character and word n-grams left out, so that the shape,
         * language-model and context features learn to stand on their own (the n-grams of the training pages
         * are otherwise memorised, and new pages have other words).
         */
        public boolean unlexicalCopies = false;
        /** The LM deletion test for injected spans (on by default). */
        public boolean deletionTest = true;
        /** The LM insertion test for spans at clause boundaries (on by default). */
        public boolean insertionTest = true;
        /** Page-relative LM features ({@link FeatureConfig#PAGE_LM}); off by default (see models/README.md). */
        public boolean pageLm;
        /** Date neighbours and title-fragment seams ({@link FeatureConfig#TITLE_CONTEXT}); off by default. */
        public boolean titleContext;
        /** Seams of lead-line fragments ({@link FeatureConfig#LEAD_SEAMS}); off by default, needs {@link #titleContext}. */
        public boolean leadSeams;
        /** The article-vocabulary overlap ({@link FeatureConfig#ARTICLE_VOCAB}); off by default. */
        public boolean articleVocab;
        /** The first-pass body vocabulary in the page pass ({@link FeatureConfig#BODY_VOCAB}); off by default. */
        public boolean bodyVocab;
        /** The first-pass spam vocabulary in the page pass ({@link FeatureConfig#SPAM_VOCAB}); off by default. */
        public boolean spamVocab;
        /** Line templates ({@link FeatureConfig#TEMPLATES}); off by default. */
        public boolean templates;
        /** Shredded-title cuts ({@link FeatureConfig#SHRED_CUTS}); off by default. */
        public boolean shredCuts;
        /** 伪原创 tables whose odd output words become spinner words ({@link FeatureConfig#SPIN_WORDS}); empty: none. */
        public List<Path> spinTables = new ArrayList<>();
        /** A table's output word is a spinner word when the LM's prose has it at most this often. */
        public int spinMaxCount = 5;
        /** The page LM's lower quartile as a second reference ({@link FeatureConfig#PAGE_LM_LOW}); off by default. */
        public boolean pageLmLow;
        /** Digits as shapes in the lexical features ({@link FeatureConfig#DIGIT_SHAPES}); off by default. */
        public boolean digitShapes;
        /** The LM prose's char trigrams as features ({@link FeatureConfig#LM_TRIGRAMS}); off by default. */
        public boolean lmTrigrams;
        /** Pinyin in any form ({@link FeatureConfig#PINYIN_RUNS}; on by default). */
        public boolean pinyinRuns = true;
        /**
         * The word-salad share of loose characters ({@link FeatureConfig#LOOSE_CHARS}); off by default: 4-fold CV on
         * the train pages 0.7695 with it against 0.7708 without (session 6, models/README.md).
         */
        public boolean looseChars;
        /** Character trigram features (on by default). */
        public boolean charTrigrams = true;
        /**
         * Added to the body logit of the final pass after training: a prior correction, chosen by cross-validation,
         * for a model that learned its confidence on memorised training pages and under-calls body on new ones.
         */
        public double bodyBias = 0;
        /** A note stored in the model (data, command). */
        public String note = "";
    }

    /** Trains and returns the model file bytes. {@code progress} receives human-readable lines. */
    public static byte[] train(List<GoldPage> pages, Options o, Consumer<String> progress) {
        try {
            return ModelFile.write(trainModel(pages, o, progress));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Trains a model. */
    public static Model trainModel(List<GoldPage> pages, Options o, Consumer<String> progress) throws IOException {
        if (System.getProperty("smile.data.partition.size") == null) {
            System.setProperty("smile.data.partition.size", "25000");
        }
        long t0 = System.nanoTime();
        CharLm lm = null;
        int flags = FeatureConfig.WORDS | FeatureConfig.CONTEXT | (o.charTrigrams ? FeatureConfig.CHAR_TRIGRAMS : 0)
                | (o.pinyinRuns ? FeatureConfig.PINYIN_RUNS : 0) | (o.looseChars ? FeatureConfig.LOOSE_CHARS : 0)
                | (o.articleVocab ? FeatureConfig.ARTICLE_VOCAB : 0) | (o.bodyVocab ? FeatureConfig.BODY_VOCAB : 0) | (o.spamVocab ? FeatureConfig.SPAM_VOCAB : 0)
                | (o.pageLmLow ? FeatureConfig.PAGE_LM_LOW : 0) | (o.digitShapes ? FeatureConfig.DIGIT_SHAPES : 0)
                | (o.templates ? FeatureConfig.TEMPLATES : 0) | (o.shredCuts ? FeatureConfig.SHRED_CUTS : 0);
        if (!o.lmText.isEmpty()) {
            CharLm.Builder b = new CharLm.Builder();
            if (o.lmTrigrams) b.trigrams(24);
            TextSources.forEachParagraph(o.lmText, b::add);
            if (b.size() > 0) {
                lm = b.build(0.75);
                flags |= FeatureConfig.LM | FeatureConfig.SYNONYMS | (o.deletionTest ? FeatureConfig.DELETION : 0)
                        | (o.insertionTest ? FeatureConfig.INSERTION : 0) | (o.pageLm ? FeatureConfig.PAGE_LM : 0)
                        | (o.titleContext ? FeatureConfig.TITLE_CONTEXT : 0)
                        | (o.titleContext && o.leadSeams ? FeatureConfig.LEAD_SEAMS : 0)
                        | (o.lmTrigrams ? FeatureConfig.LM_TRIGRAMS : 0);
                progress.accept(String.format("language model: %,d chars of prose", b.size()));
            }
        }
        for (GoldPage p : pages) {
            if (p.markup() != null) { flags |= FeatureConfig.MARKUP; break; } // pages cut from HTML: an HTML-mode model
        }
        TermSet terms = null;
        if (!o.spamText.isEmpty() && !o.lmText.isEmpty()) {
            terms = SpamLexicon.mine(o.spamText, o.lmText, o.strictSpamLexicon, progress);
            flags |= FeatureConfig.LEXICON;
            if (!o.spinTables.isEmpty()) {
                long[] spin = SpinnerWords.mine(o.spinTables, o.lmText, o.spinMaxCount, progress);
                long[] all = java.util.Arrays.copyOf(terms.hashes(), terms.size() + spin.length);
                System.arraycopy(spin, 0, all, terms.size(), spin.length);
                terms = TermSet.of(all);
                flags |= FeatureConfig.SPIN_WORDS;
            }
        }
        FeatureConfig cfg = new FeatureConfig(FeatureConfig.CURRENT_VERSION, o.hashBits, 1024, flags);
        PageFeaturizer fz = new PageFeaturizer(cfg, lm, cfg.has(FeatureConfig.WORDS) ? Segmenter.get() : null, terms);

        // featurise once: x[line] for every labelled, non-blank line, grouped by page
        int nPages = pages.size();
        int[][][] xs = new int[nPages][][];
        int[][][] xsU = o.unlexicalCopies ? new int[nPages][][] : null;
        PageFeaturizer fzU = o.unlexicalCopies ? new PageFeaturizer(cfg, lm, cfg.has(FeatureConfig.WORDS) ? Segmenter.get() : null, terms, false) : null;
        PageFeaturizer.Scratch sU = new PageFeaturizer.Scratch();
        int[][] ys = new int[nPages][];
        int[][] idx = new int[nPages][];
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        int[] buf = new int[fz.maxFeatures()];
        int total = 0;
        int[] perClass = new int[3];
        for (int p = 0; p < nPages; p++) {
            String[] lines = pages.get(p).texts().toArray(new String[0]);
            String[] markup = pages.get(p).markup();
            fz.analyse(lines, markup, s);
            List<GoldLine> gl = pages.get(p).lines();
            int m = 0;
            for (int i = 0; i < lines.length; i++) if (gl.get(i).label() != null && !lines[i].isBlank()) m++;
            xs[p] = new int[m][];
            if (xsU != null) {
                xsU[p] = new int[m][];
                fzU.analyse(lines, markup, sU);
            }
            ys[p] = new int[m];
            idx[p] = new int[m];
            int j = 0;
            for (int i = 0; i < lines.length; i++) {
                Label l = gl.get(i).label();
                if (l == null || lines[i].isBlank()) continue;
                int k = fz.features(lines, i, s, buf);
                xs[p][j] = Arrays.copyOf(buf, k);
                if (xsU != null) xsU[p][j] = Arrays.copyOf(buf, fzU.features(lines, i, sU, buf));
                ys[p][j] = l.ordinal();
                idx[p][j] = i;
                perClass[l.ordinal()]++;
                j++;
            }
            total += m;
        }
        progress.accept(String.format("featurised %,d pages, %,d labelled lines (body %,d, nav %,d, spun %,d) in %.1f s",
                nPages, total, perClass[0], perClass[1], perClass[2], (System.nanoTime() - t0) / 1e9));
        if (total == 0) throw new IllegalArgumentException("no labelled lines to train on");
        for (int c = 0; c < 3; c++) {
            if (perClass[c] == 0) throw new IllegalArgumentException("no training lines labelled " + Label.ofIndex(c).id() + "; every label needs examples");
        }

        int dim = cfg.dimension();
        LinearModel line = fit(dim, xs, xsU, ys, null, o, o.lambda, progress, "line model");
        Model oneStage = new Model(cfg, lm, terms, line, null, o.note);
        if (o.folds < 2 || new java.util.HashSet<>(pages.stream().map(pg -> baseId(pg.id())).toList()).size() < o.folds) {
            progress.accept(String.format("done in %.1f s", (System.nanoTime() - t0) / 1e9));
            return withBodyBias(oneStage, o.bodyBias);
        }

        // out-of-fold first-pass probabilities. Folds group pages by their base id, so that the copies of one page
        // that synth makes ("ID#1", "ID#2", ...) always fall into the same fold: otherwise the first pass would
        // have seen the page it predicts, and the page pass would learn to trust it too much.
        int[] fold = foldOfPage(pages, o.folds, o.seed);
        float[][] oof = new float[nPages][];
        for (int f = 0; f < o.folds; f++) {
            boolean[] use = new boolean[nPages];
            for (int p = 0; p < nPages; p++) use[p] = fold[p] != f;
            LinearModel lf = fit(dim, xs, xsU, ys, use, o, o.lambda, progress, "fold " + (f + 1) + "/" + o.folds);
            PageClassifier pc = new PageClassifier(new Model(cfg, lm, terms, lf, null, ""));
            for (int p = 0; p < nPages; p++) {
                if (fold[p] != f) continue;
                String[] lines = pages.get(p).texts().toArray(new String[0]);
                float[] pr = new float[3 * lines.length];
                pc.classify(lines, pages.get(p).markup(), pr, new int[lines.length], null);
                oof[p] = pr;
            }
        }
        // second-pass features
        int[][][] xs2 = new int[nPages][][];
        int[][][] xs2U = xsU == null ? null : new int[nPages][][];
        int[] buf2 = new int[fz.maxFeatures() + 64];
        for (int p = 0; p < nPages; p++) {
            String[] lines = pages.get(p).texts().toArray(new String[0]);
            String[] markup = pages.get(p).markup();
            fz.analyse(lines, markup, s);
            fz.prepareStack(lines, oof[p], s);
            if (xs2U != null) {
                fzU.analyse(lines, markup, sU);
                fzU.prepareStack(lines, oof[p], sU);
                xs2U[p] = new int[xs[p].length][];
            }
            xs2[p] = new int[xs[p].length][];
            for (int j = 0; j < xs[p].length; j++) {
                int i = idx[p][j];
                int k = fz.features(lines, i, s, buf2);
                k = fz.stackFeatures(oof[p], i, s, buf2, k);
                xs2[p][j] = Arrays.copyOf(buf2, k);
                if (xs2U != null) {
                    k = fzU.features(lines, i, sU, buf2);
                    k = fzU.stackFeatures(oof[p], i, sU, buf2, k);
                    xs2U[p][j] = Arrays.copyOf(buf2, k);
                }
            }
        }
        LinearModel page = fit(dim, xs2, xs2U, ys, null, o, Double.isNaN(o.pageLambda) ? o.lambda : o.pageLambda, progress, "page model");
        progress.accept(String.format("done in %.1f s", (System.nanoTime() - t0) / 1e9));
        return withBodyBias(new Model(cfg, lm, terms, line, page, o.note), o.bodyBias);
    }

    /** The model with {@code delta} added to the body bias of its final pass (the same model when zero). */
    static Model withBodyBias(Model m, double delta) {
        if (delta == 0) return m;
        LinearModel last = m.pageModel() != null ? m.pageModel() : m.lineModel();
        float[] bias = last.bias().clone();
        bias[0] += (float) delta;
        LinearModel shifted = new LinearModel(last.dimension(), last.classes(), last.weights(), bias);
        return m.pageModel() != null
                ? new Model(m.config(), m.lm(), m.terms(), m.lineModel(), shifted, m.note())
                : new Model(m.config(), m.lm(), m.terms(), shifted, null, m.note());
    }

    /**
     * Splits pages into {@code k} folds for cross-validation, keeping a page and its synth copies together;
     * deterministic for a seed.
     */
    public static List<List<GoldPage>> foldsByPage(List<GoldPage> pages, int k, long seed) {
        int[] fold = foldOfPage(pages, k, seed);
        List<List<GoldPage>> out = new ArrayList<>();
        for (int f = 0; f < k; f++) out.add(new ArrayList<>());
        for (int p = 0; p < pages.size(); p++) out.get(fold[p]).add(pages.get(p));
        return out;
    }

    /** The fold of each page: base ids ({@link #baseId}) shuffled with the seed and dealt round-robin. */
    static int[] foldOfPage(List<GoldPage> pages, int k, long seed) {
        java.util.Map<String, Integer> groups = new java.util.LinkedHashMap<>();
        int[] group = new int[pages.size()];
        for (int p = 0; p < pages.size(); p++) group[p] = groups.computeIfAbsent(baseId(pages.get(p).id()), key -> groups.size());
        int n = groups.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i]; order[i] = order[j]; order[j] = t;
        }
        int[] groupFold = new int[n];
        for (int i = 0; i < n; i++) groupFold[order[i]] = i % k;
        int[] fold = new int[pages.size()];
        for (int p = 0; p < pages.size(); p++) fold[p] = groupFold[group[p]];
        return fold;
    }

    /**
     * A page id without the {@code #N} copy suffix and the {@code short-} prefix that synth adds (the id that groups a
     * page's copies, and its short copy ({@link Synth#SHORT_PREFIX}), in one fold).
     */
    public static String baseId(String id) {
        if (id.startsWith(Synth.SHORT_PREFIX) && id.length() > Synth.SHORT_PREFIX.length()) id = id.substring(Synth.SHORT_PREFIX.length());
        int h = id.lastIndexOf('#');
        if (h <= 0 || h == id.length() - 1) return id;
        for (int i = h + 1; i < id.length(); i++) if (!Character.isDigit(id.charAt(i))) return id;
        return id.substring(0, h);
    }

    /** Fits one model on the pages marked in {@code use} (all when null), plus the {@code extra} copies if any. */
    private static LinearModel fit(int dim, int[][][] xs, int[][][] extra, int[][] ys, boolean[] use, Options o, double lambda,
                                   Consumer<String> progress, String what) {
        long t0 = System.nanoTime();
        int n = 0;
        int sw = Math.max(1, o.spunWeight);
        for (int p = 0; p < xs.length; p++) {
            if (use != null && !use[p]) continue;
            for (int i = 0; i < xs[p].length; i++) n += (ys[p][i] == Label.SPUN.ordinal() ? sw : 1) * (extra == null ? 1 : 2);
        }
        int[][] x = new int[n][];
        int[] y = new int[n];
        int j = 0;
        for (int p = 0; p < xs.length; p++) {
            if (use != null && !use[p]) continue;
            for (int i = 0; i < xs[p].length; i++) {
                int reps = ys[p][i] == Label.SPUN.ordinal() ? sw : 1;
                for (int r = 0; r < reps; r++) {
                    x[j] = xs[p][i];
                    y[j] = ys[p][i];
                    j++;
                    if (extra != null) {
                        x[j] = extra[p][i];
                        y[j] = ys[p][i];
                        j++;
                    }
                }
            }
        }
        Maxent.Multinomial m = Maxent.multinomial(dim, x, y, lambda, 1e-5, o.maxIter);
        double[][] w = m.coefficients(); // (k-1) x (dim+1), last column is the intercept; class k-1 is zero
        int k = 3;
        if (w.length != k - 1 || w[0].length != dim + 1) {
            throw new IllegalStateException("unexpected Smile coefficient shape " + w.length + "x" + w[0].length);
        }
        float[] weights = new float[dim * k];
        float[] bias = new float[k];
        for (int c = 0; c < k - 1; c++) {
            for (int f = 0; f < dim; f++) weights[f * k + c] = (float) w[c][f];
            bias[c] = (float) w[c][dim];
        }
        progress.accept(String.format("%s: %,d lines, log-likelihood %.1f, %.1f s", what, n, m.loglikelihood(),
                (System.nanoTime() - t0) / 1e9));
        return new LinearModel(dim, k, weights, bias);
    }
}
