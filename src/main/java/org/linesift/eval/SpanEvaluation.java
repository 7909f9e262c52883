package org.linesift.eval;

import org.linesift.Label;
import org.linesift.Span;
import org.linesift.feature.FeatureConfig;
import org.linesift.model.Model;
import org.linesift.spam.SpanFinder;
import org.linesift.text.Segmenter;
import org.linesift.text.SynonymTable;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;
import org.linesift.train.Synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Scores span finding against synth's ground truth. For body lines of the given pages, each in-place operator
 * (brand, shred, pinyin, mojibake, synonym) is applied on its own; the truth is the chars of the spun line that
 * are not part of its longest common subsequence with the original (what the operator inserted or changed).
 * The spans of the operator's kind found in the spun line are then compared char by char.
 */
public final class SpanEvaluation {
    /** Operators whose changes stay within one line, with the span kind that should find them. */
    static final Map<String, Span.Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("brand", Span.Kind.BRAND);
        KINDS.put("shred", Span.Kind.TITLE_FRAGMENT);
        KINDS.put("pinyin", Span.Kind.PINYIN);
        KINDS.put("mojibake", Span.Kind.MOJIBAKE);
        KINDS.put("synonym", Span.Kind.SUBSTITUTION);
    }

    /** Char-level counts for one operator. */
    public static final class Counts {
        public long lines, truthChars, predictedChars, overlap, linesWithSpan;
        /** Chars in spans of any kind, and how many of them the operator changed. */
        public long anyChars, anyOverlap;

        public double precision() { return predictedChars == 0 ? Double.NaN : overlap / (double) predictedChars; }
        /** Char precision of every span found on the lines, whatever its kind (spans of other kinds are false). */
        public double anyKindPrecision() { return anyChars == 0 ? Double.NaN : anyOverlap / (double) anyChars; }
        public double recall() { return truthChars == 0 ? Double.NaN : overlap / (double) truthChars; }
    }

    private SpanEvaluation() {}

    /**
     * Runs the evaluation on at most {@code maxLines} body lines (of at least 20 chars) per operator.
     */
    public static Map<String, Counts> run(Model model, Synth synth, List<GoldPage> pages, long seed, int maxLines) {
        FeatureConfig cfg = model.config();
        SpanFinder finder = new SpanFinder(model.lm(), model.terms(),
                cfg.has(FeatureConfig.SYNONYMS) ? SynonymTable.get() : null,
                cfg.has(FeatureConfig.WORDS) ? Segmenter.get() : null);
        Map<String, Counts> out = new LinkedHashMap<>();
        for (Map.Entry<String, Span.Kind> op : KINDS.entrySet()) {
            Counts c = new Counts();
            Random r = new Random(seed * 31 + op.getKey().hashCode());
            for (GoldPage p : pages) {
                if (c.lines >= maxLines) break;
                String title = null;
                for (GoldLine l : p.lines()) if (l.label() == Label.BODY) { title = l.text(); break; }
                if (title == null) continue;
                for (GoldLine l : p.lines()) {
                    if (c.lines >= maxLines) break;
                    String line = l.text();
                    if (l.label() != Label.BODY || line.equals(title) || line.length() < 20) continue;
                    String spun = synth.applyLineOp(op.getKey(), line, title, r);
                    if (spun == null || spun.equals(line)) continue;
                    boolean[] truth = changed(line, spun);
                    boolean[] pred = new boolean[spun.length()], anyKind = new boolean[spun.length()];
                    boolean any = false;
                    for (Span s : finder.find(spun, title)) {
                        for (int k = s.start(); k < s.end(); k++) anyKind[k] = true;
                        if (s.kind() != op.getValue()) continue;
                        any = true;
                        for (int k = s.start(); k < s.end(); k++) pred[k] = true;
                    }
                    c.lines++;
                    if (any) c.linesWithSpan++;
                    for (int k = 0; k < spun.length(); k++) {
                        if (truth[k]) c.truthChars++;
                        if (pred[k]) c.predictedChars++;
                        if (truth[k] && pred[k]) c.overlap++;
                        if (anyKind[k]) c.anyChars++;
                        if (anyKind[k] && truth[k]) c.anyOverlap++;
                    }
                }
            }
            out.put(op.getKey(), c);
        }
        return out;
    }

    /** Marks the chars of {@code spun} outside a longest common subsequence with {@code original}. */
    static boolean[] changed(String original, String spun) {
        int n = Math.min(original.length(), 2000), m = Math.min(spun.length(), 2000);
        int[][] dp = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                dp[i][j] = original.charAt(i) == spun.charAt(j) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
            }
        }
        boolean[] changed = new boolean[spun.length()];
        for (int j = m; j < spun.length(); j++) changed[j] = true;
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (original.charAt(i) == spun.charAt(j)) { i++; j++; }
            else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
            else changed[j++] = true;
        }
        while (j < m) changed[j++] = true;
        return changed;
    }

    /** A table of the results. */
    public static String toText(Map<String, Counts> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %-15s %8s %10s %10s %14s %14s%n", "operator", "span kind", "lines", "precision", "recall", "lines w/ span", "P (all kinds)"));
        for (Map.Entry<String, Counts> e : results.entrySet()) {
            Counts c = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-10s %-15s %8d %10s %10s %14s %14s%n", e.getKey(), KINDS.get(e.getKey()).id(), c.lines,
                    fmt(c.precision()), fmt(c.recall()), c.lines == 0 ? "-" : fmt(c.linesWithSpan / (double) c.lines), fmt(c.anyKindPrecision())));
        }
        return sb.toString();
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
