package org.linesift.train;

import org.linesift.feature.Hashing;
import org.linesift.feature.TermSet;
import org.linesift.text.CharClass;
import org.linesift.text.Normalizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Mines a spam lexicon by contrast: terms (Han 2–4-grams and whole Latin/digit runs) that occur in many lines
 * of spam text and are far rarer, per line, in clean prose. Only the terms' hashes go into the model.
 *
 * <p>This learns the vocabulary of spam (官网, 注册送, 返水, app下载, domain shapes) from real spam, rather
 * than a fixed brand list, so that brands never seen in training still hit through their generic parts.
 */
public final class SpamLexicon {
    private SpamLexicon() {}

    /** Minimum number of spam lines a term must occur in. */
    static final int MIN_SPAM_LINES = 3;
    /** Minimum ratio of per-line rates, spam over (smoothed) prose. */
    static final double MIN_RATIO = 30;

    /**
     * Mines the lexicon. Without {@code distinct}, every spam line counts as often as it occurs; with it, a spam line
     * that occurs more than once (after cleaning) counts once, since templated spam (a farm that repeats the same
     * filler lines in every document) would otherwise make its filler's ordinary words look like spam terms.
     * {@code progress} gets one summary line.
     */
    public static TermSet mine(List<Path> spam, List<Path> prose, boolean distinct, java.util.function.Consumer<String> progress) throws IOException {
        Map<Long, int[]> spamCount = new HashMap<>();
        long[] spamLines = {0};
        Set<Long> seen = new HashSet<>();
        Set<String> lines = distinct ? new HashSet<>() : null;
        TextSources.forEachParagraph(spam, line -> {
            if (lines != null && !lines.add(line)) return;
            spamLines[0]++;
            seen.clear();
            terms(line, seen::add);
            for (Long h : seen) spamCount.computeIfAbsent(h, k -> new int[1])[0]++;
        });
        Map<Long, int[]> proseCount = new HashMap<>();
        for (Map.Entry<Long, int[]> e : spamCount.entrySet()) if (e.getValue()[0] >= MIN_SPAM_LINES) proseCount.put(e.getKey(), new int[1]);
        long[] proseLines = {0};
        TextSources.forEachParagraph(prose, line -> {
            proseLines[0]++;
            seen.clear();
            terms(line, h -> { if (proseCount.containsKey(h)) seen.add(h); });
            for (Long h : seen) proseCount.get(h)[0]++;
        });
        long[] keep = proseCount.entrySet().stream().filter(e -> {
            double ps = spamCount.get(e.getKey())[0] / (double) Math.max(1, spamLines[0]);
            double pp = (e.getValue()[0] + 1.0) / Math.max(1, proseLines[0]);
            return ps / pp >= MIN_RATIO;
        }).mapToLong(Map.Entry::getKey).toArray();
        TermSet set = TermSet.of(keep);
        progress.accept(String.format("spam lexicon: %,d terms from %,d%s spam lines against %,d prose lines", set.size(), spamLines[0],
                distinct ? " distinct" : "", proseLines[0]));
        return set;
    }

    /** Emits the hash of every candidate term of a line (normalised as at inference). */
    static void terms(String line, LongConsumer sink) {
        char[] c = Normalizer.normalize(line).toCharArray();
        int n = c.length;
        int k = 0;
        while (k < n) {
            int cls = CharClass.of(c[k]);
            if (cls == CharClass.LATIN || cls == CharClass.DIGIT) {
                int j = CharClass.alnumRunEnd(c, k, n);
                if (j - k >= 2 && j - k <= 16) sink.accept(Hashing.chars(c, k, j));
                k = j;
                continue;
            }
            if (cls == CharClass.HAN) {
                for (int len = 2; len <= 4 && k + len <= n; len++) {
                    boolean han = true;
                    for (int t = k; t < k + len; t++) if (CharClass.of(c[t]) != CharClass.HAN) { han = false; break; }
                    if (!han) break;
                    sink.accept(Hashing.chars(c, k, k + len));
                }
            }
            k++;
        }
    }
}
