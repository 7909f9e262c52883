package org.linesift.model;

import org.linesift.feature.CharLm;
import org.linesift.feature.TermSet;

import java.util.Arrays;
import java.util.List;

/**
 * Averages models that differ only in their weights: the same feature configuration, language model and spam
 * lexicon, trained on different draws of synthetic training data (synth seeds). Each class score is linear in
 * the weights, so the averaged line model scores a line with the mean of the models' logits, and likewise the
 * page model. Averaging a few seeds takes out much of the luck of one draw of synthetic spam at no cost at
 * inference (models/README.md has the scores).
 */
public final class ModelAverage {
    private ModelAverage() {}

    /** Thrown by {@link #of} when a model differs from the first in more than its weights. */
    public static final class Mismatch extends IllegalArgumentException {
        private final int index;
        private final String what;

        Mismatch(int index, String what) {
            super("model " + index + " differs from model 0 in its " + what + "; " + ONLY_SAME);
            this.index = index;
            this.what = what;
        }

        /** The position of the model that differs (from 0). */
        public int index() { return index; }

        /** What differs: "feature configuration", "number of passes", "labels", "language model", "spam lexicon". */
        public String what() { return what; }
    }

    /** Why averaging needs models trained alike; the end of every {@link Mismatch} message. */
    public static final String ONLY_SAME = "only models trained with the same settings and texts can be averaged";

    /**
     * The mean of {@code models} (at least one).
     *
     * @throws Mismatch for the first model that differs from the first one in anything but its weights
     */
    public static Model of(List<Model> models, String note) {
        if (models.isEmpty()) throw new IllegalArgumentException("no models to average");
        Model first = models.get(0);
        for (int i = 1; i < models.size(); i++) {
            String why = difference(first, models.get(i));
            if (why != null) throw new Mismatch(i, why);
        }
        LinearModel line = mean(models, true);
        LinearModel page = first.pageModel() == null ? null : mean(models, false);
        return new Model(first.config(), first.lm(), first.terms(), line, page, note);
    }

    /** What besides the weights differs between {@code a} and {@code b} ("language model", ...), or {@code null}. */
    public static String difference(Model a, Model b) {
        if (!a.config().equals(b.config())) return "feature configuration";
        if ((a.pageModel() == null) != (b.pageModel() == null)) return "number of passes";
        if (a.lineModel().classes() != b.lineModel().classes()) return "labels";
        if (!sameLm(a.lm(), b.lm())) return "language model";
        if (!sameTerms(a.terms(), b.terms())) return "spam lexicon";
        return null;
    }

    private static boolean sameLm(CharLm a, CharLm b) {
        if (a == null || b == null) return a == b;
        return Arrays.equals(a.unigramTable(), b.unigramTable()) && Arrays.equals(a.backoffTable(), b.backoffTable())
                && Arrays.equals(a.bigramKeys(), b.bigramKeys()) && Arrays.equals(a.bigramValues(), b.bigramValues())
                && Arrays.equals(a.trigramFilter(), b.trigramFilter());
    }

    private static boolean sameTerms(TermSet a, TermSet b) {
        if (a == null || b == null) return a == b;
        return Arrays.equals(a.hashes(), b.hashes());
    }

    private static LinearModel mean(List<Model> models, boolean line) {
        LinearModel f = pick(models.get(0), line);
        double[] w = new double[f.dimension() * f.classes()]; // weights() of a model read from a file is a new array
        double[] bias = new double[f.bias().length];
        for (Model m : models) {
            LinearModel l = pick(m, line);
            float[] lw = l.weights(), lb = l.bias();
            for (int i = 0; i < w.length; i++) w[i] += lw[i];
            for (int i = 0; i < bias.length; i++) bias[i] += lb[i];
        }
        int n = models.size();
        float[] fw = new float[w.length];
        float[] fb = new float[bias.length];
        for (int i = 0; i < w.length; i++) fw[i] = (float) (w[i] / n);
        for (int i = 0; i < bias.length; i++) fb[i] = (float) (bias[i] / n);
        return new LinearModel(f.dimension(), f.classes(), fw, fb);
    }

    private static LinearModel pick(Model m, boolean line) {
        return line ? m.lineModel() : m.pageModel();
    }
}
