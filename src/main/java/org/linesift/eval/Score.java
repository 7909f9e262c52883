package org.linesift.eval;

import org.linesift.Label;
import org.linesift.train.GoldLine;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates gold against predicted labels and reports per-class precision, recall, F1 and support,
 * macro-F1, accuracy, the gold × predicted confusion matrix, throughput, spun recall per spam operator, and how
 * many pages the {@link org.linesift.PageResult#verdict() page verdict} flags, among pages with and without gold
 * spun lines.
 *
 * <p>Lines whose gold label is unknown ({@code null}, corpus {@code unk}/{@code ?}) are skipped: they are
 * context for the classifier, not test items.
 *
 * <p><b>Undefined metrics.</b> Precision of a class that was never predicted, recall of a class with no gold
 * lines, and anything computed from no lines at all is {@link Double#NaN}. F1 is {@code 2·tp / (2·tp + fp + fn)},
 * which is defined (possibly 0) whenever the class occurs in gold or in the predictions, and NaN otherwise.
 * Macro-F1 is the mean F1 over body, nav and spun, leaving out a class whose F1 is NaN (a class that neither
 * occurs nor is predicted). {@link #toJson()} writes every NaN as {@code null}; {@link #toText()} as {@code -}.
 *
 * <p>Not thread-safe; merge per-thread scores with {@link #addAll(Score)}.
 */
public final class Score {
    private static final Label[] LABELS = Label.values();

    private final long[][] confusion = new long[LABELS.length][LABELS.length];
    private final Map<String, long[]> spunByOp = new TreeMap<>(); // op -> {caught, total}
    private final long[][] pages = new long[2][2]; // [gold has spun lines][flagged] -> pages
    private long classifiedLines;
    private long elapsedNanos;

    /** Counts one line. A {@code null} gold label (unlabelled line) is ignored. {@code op} may be null. */
    public void add(Label gold, Label predicted, String op) {
        if (gold == null) return;
        if (predicted == null) throw new IllegalArgumentException("predicted label is null");
        confusion[gold.ordinal()][predicted.ordinal()]++;
        if (gold == Label.SPUN && op != null && !op.isEmpty() && !op.equals("-")) {
            long[] c = spunByOp.computeIfAbsent(op, k -> new long[2]);
            if (predicted == Label.SPUN) c[0]++;
            c[1]++;
        }
    }

    /** Counts one corpus line against its prediction. */
    public void add(GoldLine gold, Label predicted) {
        add(gold.label(), predicted, gold.op());
    }

    /**
     * Counts one page: whether any of its gold lines is spun, and whether the classifier flagged it (a verdict
     * other than {@link org.linesift.Verdict#CLEAN}).
     */
    public void addPage(boolean goldSpun, boolean flagged) {
        pages[goldSpun ? 1 : 0][flagged ? 1 : 0]++;
    }

    /** Pages counted by {@link #addPage} with ({@code goldSpun}) or without gold spun lines. */
    public long pages(boolean goldSpun) {
        return pages[goldSpun ? 1 : 0][0] + pages[goldSpun ? 1 : 0][1];
    }

    /** Of those, the pages the classifier flagged. */
    public long flaggedPages(boolean goldSpun) {
        return pages[goldSpun ? 1 : 0][1];
    }

    /**
     * Records that {@code lines} lines (all lines given to the classifier, labelled or not) took
     * {@code elapsedNanos} to classify. Used for {@link #linesPerSecond()} only.
     */
    public void addTiming(long lines, long elapsedNanos) {
        this.classifiedLines += lines;
        this.elapsedNanos += elapsedNanos;
    }

    /** Adds all counts and timings of another score to this one. */
    public void addAll(Score other) {
        for (int g = 0; g < LABELS.length; g++)
            for (int p = 0; p < LABELS.length; p++) confusion[g][p] += other.confusion[g][p];
        other.spunByOp.forEach((op, c) -> {
            long[] mine = spunByOp.computeIfAbsent(op, k -> new long[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
        for (int g = 0; g < 2; g++) for (int f = 0; f < 2; f++) pages[g][f] += other.pages[g][f];
        classifiedLines += other.classifiedLines;
        elapsedNanos += other.elapsedNanos;
    }

    /** The number of scored lines (gold label known). */
    public long lines() {
        long n = 0;
        for (long[] row : confusion) for (long c : row) n += c;
        return n;
    }

    /** Lines with gold label {@code gold} that were predicted {@code predicted}. */
    public long confusion(Label gold, Label predicted) {
        return confusion[gold.ordinal()][predicted.ordinal()];
    }

    /** The number of gold lines of a class. */
    public long support(Label l) {
        long n = 0;
        for (long c : confusion[l.ordinal()]) n += c;
        return n;
    }

    /** The number of lines predicted as a class (among scored lines). */
    public long predicted(Label l) {
        long n = 0;
        for (long[] row : confusion) n += row[l.ordinal()];
        return n;
    }

    public double precision(Label l) {
        return ratio(confusion(l, l), predicted(l));
    }

    public double recall(Label l) {
        return ratio(confusion(l, l), support(l));
    }

    public double f1(Label l) {
        long tp = confusion(l, l);
        long fp = predicted(l) - tp;
        long fn = support(l) - tp;
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    /** Mean F1 over body, nav and spun, leaving out classes whose F1 is undefined (NaN when all are). */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (Label l : LABELS) {
            double f = f1(l);
            if (!Double.isNaN(f)) { sum += f; n++; }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    public double accuracy() {
        long correct = 0;
        for (Label l : LABELS) correct += confusion(l, l);
        return ratio(correct, lines());
    }

    /** Classified lines per second, or NaN when no timing was recorded. */
    public double linesPerSecond() {
        if (elapsedNanos <= 0) return Double.NaN;
        return classifiedLines * 1e9 / elapsedNanos;
    }

    /** Whether any gold spun line carried a known operator. */
    public boolean hasOperators() {
        return !spunByOp.isEmpty();
    }

    /** Spun recall per spam operator, sorted by operator name. Empty when no operators are known. */
    public Map<String, Double> spunRecallByOperator() {
        Map<String, Double> out = new TreeMap<>();
        spunByOp.forEach((op, c) -> out.put(op, ratio(c[0], c[1])));
        return Collections.unmodifiableMap(out);
    }

    /** The number of gold spun lines made by an operator. */
    public long spunSupport(String op) {
        long[] c = spunByOp.get(op);
        return c == null ? 0 : c[1];
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    /** A readable multi-line report. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %9s%n", "class", "precision", "recall", "f1", "support"));
        for (Label l : LABELS) {
            sb.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %9d%n",
                    l.id(), fmt(precision(l)), fmt(recall(l)), fmt(f1(l)), support(l)));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "macro-F1  %s%n", fmt(macroF1())));
        sb.append(String.format(Locale.ROOT, "accuracy  %s   (%d lines)%n", fmt(accuracy()), lines()));
        sb.append('\n');
        sb.append("confusion (rows: gold, columns: predicted)\n");
        sb.append(String.format(Locale.ROOT, "%-8s", "gold"));
        for (Label p : LABELS) sb.append(String.format(Locale.ROOT, " %8s", p.id()));
        sb.append('\n');
        for (Label g : LABELS) {
            sb.append(String.format(Locale.ROOT, "%-8s", g.id()));
            for (Label p : LABELS) sb.append(String.format(Locale.ROOT, " %8d", confusion(g, p)));
            sb.append('\n');
        }
        sb.append('\n');
        double lps = linesPerSecond();
        sb.append("speed     ").append(Double.isNaN(lps) ? "-" : String.format(Locale.ROOT, "%.0f lines/s", lps)).append('\n');
        if (pages(true) + pages(false) > 0) {
            sb.append('\n');
            sb.append(String.format(Locale.ROOT, "%-24s %9s %9s %9s%n", "pages (verdict)", "pages", "flagged", "share"));
            for (boolean spun : new boolean[] {true, false}) {
                sb.append(String.format(Locale.ROOT, "%-24s %9d %9d %9s%n", spun ? "with gold spun lines" : "without",
                        pages(spun), flaggedPages(spun), fmt(ratio(flaggedPages(spun), pages(spun)))));
            }
        }
        if (hasOperators()) {
            sb.append('\n');
            sb.append(String.format(Locale.ROOT, "%-16s %9s %9s%n", "spun operator", "recall", "support"));
            spunByOp.forEach((op, c) -> sb.append(String.format(Locale.ROOT, "%-16s %9s %9d%n", op, fmt(ratio(c[0], c[1])), c[1])));
        }
        return sb.toString();
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.4f", d);
    }

    /**
     * The report as one JSON object: {@code lines}, {@code accuracy}, {@code macro_f1},
     * {@code classes.{body,nav,spun}.{precision,recall,f1,support}}, {@code confusion.{gold}.{predicted}},
     * {@code lines_per_second}, {@code pages.{spammed,clean}.{pages,flagged}} (pages with and without gold spun
     * lines, and how many of them the verdict flags) and, when operators are known, {@code spun_recall_by_operator}.
     * Undefined values are {@code null}.
     */
    public String toJson() {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.field("lines", lines());
        w.field("accuracy", accuracy());
        w.field("macro_f1", macroF1());
        w.name("classes").beginObject();
        for (Label l : LABELS) {
            w.name(l.id()).beginObject()
                    .field("precision", precision(l))
                    .field("recall", recall(l))
                    .field("f1", f1(l))
                    .field("support", support(l))
                    .endObject();
        }
        w.endObject();
        w.name("confusion").beginObject();
        for (Label g : LABELS) {
            w.name(g.id()).beginObject();
            for (Label p : LABELS) w.field(p.id(), confusion(g, p));
            w.endObject();
        }
        w.endObject();
        w.field("lines_per_second", linesPerSecond());
        w.name("pages").beginObject();
        for (boolean spun : new boolean[] {true, false}) {
            w.name(spun ? "spammed" : "clean").beginObject()
                    .field("pages", pages(spun))
                    .field("flagged", flaggedPages(spun))
                    .endObject();
        }
        w.endObject();
        if (hasOperators()) {
            w.name("spun_recall_by_operator").beginObject();
            spunByOp.forEach((op, c) -> w.field(op, ratio(c[0], c[1])));
            w.endObject();
        }
        w.endObject();
        return w.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
