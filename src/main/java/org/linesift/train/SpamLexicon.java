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
import java.util.function.Consumer;
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
     * Mines the lexicon. A term of digits only (2026, 08) is never a spam term, whatever the mode: a date or a count
     * is not spam, and spam farms that date their documents this year would otherwise teach the model that this
     * year's news is spam. Classic mining counts every spam line as often as it occurs. Strict mining guards against
     * the artefacts of the spam sources, which never generalise to unseen spam:
     * <ul>
     * <li>a spam line that occurs more than once (after cleaning) counts once, since a farm that repeats the same
     * filler lines in every document would otherwise make its filler's ordinary words (物流, 配送) spam terms;</li>
     * <li>a Latin or digit term must occur in at least two of the spam files, since one source's markup (github,
     * commit, URL-encoded bytes like e6) and English (name, run) say nothing about spam.</li>
     * </ul>
     * (A contrast with the training pages' own lines was tried, to drop site chrome such as 首页 and 登录; it made
     * the lexicon depend on the synthetic pages of each seed, so that seeds could no longer be averaged.)
     * {@code progress} gets one summary line.
     */
    public static TermSet mine(List<Path> spam, List<Path> prose, boolean strict, Consumer<String> progress) throws IOException {
        Map<Long, int[]> spamCount = new HashMap<>(); // term -> {spam lines, spam files, kind}
        long[] spamLines = {0};
        Map<Long, Integer> lineTerms = new HashMap<>(); // a line's terms and their kinds
        Set<Long> seen = new HashSet<>();
        Set<String> lines = strict ? new HashSet<>() : null;
        Set<Long> inThisFile = new HashSet<>();
        for (Path file : TextSources.expand(spam)) {
            inThisFile.clear();
            TextSources.forEachParagraph(List.of(file), line -> {
                if (lines != null && !lines.add(line)) return;
                spamLines[0]++;
                lineTerms.clear();
                terms(line, lineTerms::put);
                lineTerms.forEach((h, kind) -> {
                    int[] c = spamCount.computeIfAbsent(h, k -> new int[] {0, 0, kind});
                    c[0]++;
                    if (inThisFile.add(h)) c[1]++;
                });
            });
        }
        Map<Long, int[]> proseCount = new HashMap<>();
        for (Map.Entry<Long, int[]> e : spamCount.entrySet()) if (e.getValue()[0] >= MIN_SPAM_LINES) proseCount.put(e.getKey(), new int[1]);
        long[] proseLines = {0};
        TextSources.forEachParagraph(prose, line -> {
            proseLines[0]++;
            seen.clear();
            terms(line, h -> { if (proseCount.containsKey(h)) seen.add(h); });
            for (Long h : seen) proseCount.get(h)[0]++;
        });
        double nSpam = Math.max(1, spamLines[0]), nProse = Math.max(1, proseLines[0]);
        long[] keep = proseCount.entrySet().stream().filter(e -> {
            int[] s = spamCount.get(e.getKey());
            if (s[0] / nSpam / ((e.getValue()[0] + 1.0) / nProse) < MIN_RATIO) return false;
            return s[2] != DIGITS && (!strict || s[2] != ALNUM || s[1] >= 2);
        }).mapToLong(Map.Entry::getKey).toArray();
        TermSet set = TermSet.of(keep);
        progress.accept(String.format("spam lexicon: %,d terms from %,d%s spam lines against %,d prose lines", set.size(), spamLines[0],
                strict ? " distinct" : "", proseLines[0]));
        return set;
    }

    /** Term kinds: Han n-gram, Latin/digit run, digit-only run. */
    static final int HAN = 0, ALNUM = 1, DIGITS = 2;

    /** Receives a term's hash and kind. */
    interface TermSink {
        void accept(long hash, int kind);
    }

    /** Emits the hash of every candidate term of a line (normalised as at inference). */
    static void terms(String line, LongConsumer sink) {
        terms(line, (h, kind) -> sink.accept(h));
    }

    /** Emits the hash and kind of every candidate term of a line (normalised as at inference). */
    static void terms(String line, TermSink sink) {
        char[] c = Normalizer.normalize(line).toCharArray();
        int n = c.length;
        int k = 0;
        while (k < n) {
            int cls = CharClass.of(c[k]);
            if (cls == CharClass.LATIN || cls == CharClass.DIGIT) {
                int j = CharClass.alnumRunEnd(c, k, n);
                if (j - k >= 2 && j - k <= 16) sink.accept(Hashing.chars(c, k, j), allDigits(c, k, j) ? DIGITS : ALNUM);
                k = j;
                continue;
            }
            if (cls == CharClass.HAN) {
                for (int len = 2; len <= 4 && k + len <= n; len++) {
                    boolean han = true;
                    for (int t = k; t < k + len; t++) if (CharClass.of(c[t]) != CharClass.HAN) { han = false; break; }
                    if (!han) break;
                    sink.accept(Hashing.chars(c, k, k + len), HAN);
                }
            }
            k++;
        }
    }

    private static boolean allDigits(char[] c, int from, int to) {
        for (int t = from; t < to; t++) if (CharClass.of(c[t]) != CharClass.DIGIT) return false;
        return true;
    }
}
