package org.linesift.eval;

import org.linesift.Label;
import org.linesift.LineSift;
import org.linesift.PageResult;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;
import org.linesift.text.CharClass;
import org.linesift.train.Pinyin;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * How well a model catches the forms of an obfuscation that it may not have been trained on: pinyin in each of
 * {@link Pinyin.Style}'s styles, Chinese text read with each of several wrong charsets, text left in an escape
 * code (whole lines, or a stretch of 4–8 chars inside one), and a stretch of 4–8 Han chars hidden from keyword
 * filters by a zero-width space or an asterisk between each. For each variant, a
 * share of the body lines (of 10+ chars) of every page is rewritten in that variant and the page is classified
 * as a whole; the result is the share of rewritten lines labelled spun, and the share of the untouched body lines
 * labelled spun (false alarms) on the same pages.
 */
public final class VariantEvaluation {
    private VariantEvaluation() {}

    /** Share of body lines rewritten per page. */
    static final double SHARE = 0.3;

    /** Wrong readings, as "written→read". */
    static final String[][] MISREADINGS = {
            {"UTF-8", "GBK"}, {"UTF-8", "Big5"}, {"UTF-8", "Shift_JIS"}, {"UTF-8", "EUC-KR"}, {"UTF-8", "windows-1252"},
            {"UTF-8", "windows-1251"}, {"UTF-8", "KOI8-R"}, {"GBK", "Big5"}, {"GBK", "EUC-KR"}, {"GBK", "windows-1252"},
            {"GBK", "UTF-8"}, {"Big5", "GBK"}};

    /** Counts for one variant. */
    public static final class Counts {
        public long rewritten, caught, clean, falseSpun;

        public double recall() { return rewritten == 0 ? Double.NaN : caught / (double) rewritten; }
        public double falseRate() { return clean == 0 ? Double.NaN : falseSpun / (double) clean; }
    }

    /** Every variant, in a fixed order: {@code pinyin STYLE}, {@code mojibake A→B}, {@code escaped …}, {@code hidden …}. */
    public static Map<String, BiFunction<String, Random, String>> variants() {
        Map<String, BiFunction<String, Random, String>> v = new LinkedHashMap<>();
        for (Pinyin.Style st : Pinyin.Style.values()) {
            v.put("pinyin " + st.name().toLowerCase(Locale.ROOT), (s, r) -> Pinyin.annotate(s, r, st, 0.15 + 0.35 * r.nextDouble()));
        }
        for (String[] m : MISREADINGS) {
            Charset a = Charset.forName(m[0]), b = Charset.forName(m[1]);
            v.put("mojibake " + m[0] + "→" + m[1], (s, r) -> new String(s.getBytes(a), b));
        }
        v.put("escaped entities", (s, r) -> entities(s));
        v.put("escaped percent", (s, r) -> URLEncoder.encode(s, StandardCharsets.UTF_8));
        v.put("escaped backslash-u", (s, r) -> uEscapes(s));
        v.put("escaped span (entities)", (s, r) -> stretch(s, r, VariantEvaluation::entities));
        v.put("hidden zero-width space", (s, r) -> stretch(s, r, t -> String.join("\u200b", t.split(""))));
        v.put("hidden asterisk", (s, r) -> stretch(s, r, t -> String.join("*", t.split(""))));
        return v;
    }

    private static String entities(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x80 ? Character.toString(c) : "&#" + c + ";"));
        return b.toString();
    }

    private static String uEscapes(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c < 0x80 ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
        return b.toString();
    }

    /** {@code s} with one stretch of 4–8 Han chars (a random one) rewritten by {@code how}; {@code s} if it has none. */
    private static String stretch(String s, Random r, java.util.function.UnaryOperator<String> how) {
        List<int[]> runs = new ArrayList<>();
        for (int k = 0; k < s.length(); ) {
            int j = k;
            while (j < s.length() && CharClass.of(s.charAt(j)) == CharClass.HAN) j++;
            if (j - k >= 4) runs.add(new int[] {k, j});
            k = Math.max(j, k + 1);
        }
        if (runs.isEmpty()) return s;
        int[] run = runs.get(r.nextInt(runs.size()));
        int len = Math.min(run[1] - run[0], 4 + r.nextInt(5));
        int a = run[0] + r.nextInt(run[1] - run[0] - len + 1);
        return s.substring(0, a) + how.apply(s.substring(a, a + len)) + s.substring(a + len);
    }

    /** Runs every variant over {@code pages} (their own labels; only body lines are rewritten). */
    public static Map<String, Counts> run(LineSift sift, List<GoldPage> pages, long seed) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (Map.Entry<String, BiFunction<String, Random, String>> v : variants().entrySet()) {
            Counts c = new Counts();
            Random r = new Random(seed * 31 + v.getKey().hashCode());
            for (GoldPage p : pages) {
                List<GoldLine> lines = p.lines();
                List<String> texts = new ArrayList<>(lines.size());
                boolean[] rewritten = new boolean[lines.size()];
                for (int i = 0; i < lines.size(); i++) {
                    GoldLine g = lines.get(i);
                    String t = g.text();
                    if (g.label() == Label.BODY && t.length() >= 10 && r.nextDouble() < SHARE) {
                        String x = v.getValue().apply(t, r);
                        if (!x.equals(t)) { t = x; rewritten[i] = true; }
                    }
                    texts.add(t);
                }
                PageResult res = sift.classify(texts);
                for (int i = 0; i < lines.size(); i++) {
                    boolean spun = res.get(i).label() == Label.SPUN;
                    if (rewritten[i]) { c.rewritten++; if (spun) c.caught++; }
                    else if (lines.get(i).label() == Label.BODY) { c.clean++; if (spun) c.falseSpun++; }
                }
            }
            out.put(v.getKey(), c);
        }
        return out;
    }

    /** A table: variant, spun recall of the rewritten lines, their number, clean body lines called spun. */
    public static String toText(Map<String, Counts> results) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s %8s %8s %14s%n", "variant", "recall", "lines", "clean->spun"));
        for (Map.Entry<String, Counts> e : results.entrySet()) {
            Counts c = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-28s %8.4f %8d %14.4f%n", e.getKey(), c.recall(), c.rewritten, c.falseRate()));
        }
        return sb.toString();
    }
}
