package org.linesift.eval;

import org.linesift.Label;
import org.linesift.train.Corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Misclassified lines as TSV for error analysis, one row per line after a header row:
 * {@code page line gold pred p_body p_nav p_spun op prev_text text next_text}. {@code line} is 1-based within
 * the page; probabilities have four decimals; {@code op} is {@code -} when unknown; tabs and line breaks in
 * texts become spaces.
 */
public final class ErrorsTsv {
    public static final String HEADER =
            "page\tline\tgold\tpred\tp_body\tp_nav\tp_spun\top\tprev_text\ttext\tnext_text";

    private ErrorsTsv() {}

    /** The whole TSV text, header included. */
    public static String toTsv(List<Misclassification> errors) {
        StringBuilder sb = new StringBuilder(HEADER.length() + 1 + errors.size() * 160);
        sb.append(HEADER).append('\n');
        for (Misclassification m : errors) appendRow(sb, m);
        return sb.toString();
    }

    /** Appends one row, newline included. */
    public static void appendRow(StringBuilder sb, Misclassification m) {
        sb.append(clean(m.pageId())).append('\t')
                .append(m.line()).append('\t')
                .append(m.gold().labelId()).append('\t')
                .append(m.predicted().label().id()).append('\t')
                .append(p4(m.predicted().probability(Label.BODY))).append('\t')
                .append(p4(m.predicted().probability(Label.NAV))).append('\t')
                .append(p4(m.predicted().probability(Label.SPUN))).append('\t')
                .append(m.gold().op() == null ? "-" : clean(m.gold().op())).append('\t')
                .append(clean(m.prevText())).append('\t')
                .append(clean(m.gold().text())).append('\t')
                .append(clean(m.nextText())).append('\n');
    }

    /** Writes the TSV to {@code file} via a temporary file and a rename. */
    public static void write(Path file, List<Misclassification> errors) throws IOException {
        Corpus.writeAtomically(file, toTsv(errors));
    }

    /** A probability with exactly four decimals, rounded half up ({@code String.format("%.4f")} without its cost). */
    public static String p4(double p) {
        return appendP4(new StringBuilder(8), p).toString();
    }

    /**
     * Appends {@code p} with exactly four decimals, rounded half up, as {@code String.format(Locale.ROOT, "%.4f")}
     * does for values of moderate size; that formatter took a third of {@code classify --format tsv}'s time.
     */
    public static StringBuilder appendP4(StringBuilder sb, double p) {
        return appendFixed(sb, p, 4);
    }

    /** Appends {@code p} with exactly {@code decimals} (1 to 6) decimals, rounded half up. */
    public static StringBuilder appendFixed(StringBuilder sb, double p, int decimals) {
        if (!(Math.abs(p) < 1e12)) return sb.append(String.format(Locale.ROOT, "%." + decimals + "f", p)); // NaN, infinities, huge
        long scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        long v = Math.round(Math.abs(p) * scale);
        if (p < 0 && v != 0) sb.append('-');
        sb.append(v / scale).append('.');
        long frac = v % scale;
        for (long d = scale / 10; d > 1 && frac < d; d /= 10) sb.append('0');
        return sb.append(frac);
    }

    /** Replaces tabs and line breaks with spaces so a text fits in one TSV cell. */
    public static String clean(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
