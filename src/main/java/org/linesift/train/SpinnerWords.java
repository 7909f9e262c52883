package org.linesift.train;

import org.linesift.feature.FeatureConfig;
import org.linesift.feature.Hashing;
import org.linesift.text.CharClass;
import org.linesift.text.Normalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The spinner words of {@link FeatureConfig#SPIN_WORDS}: the words a 伪原创 table writes in place of others
 * ({@code 学校→黉舍}: the right-hand side) that the clean prose almost never uses. Most of a table's output words
 * are ordinary ({@code 问题→成绩}); the odd ones ({@code 黉舍}, {@code 甚么}, {@code 生齿}) are the spinner's
 * fingerprint, and spinners share them, so the list also marks lines spun with a table it did not come from.
 * Only their salted hashes ({@link Hashing#spinnerWord}) go into the model.
 */
public final class SpinnerWords {
    private SpinnerWords() {}

    /** Shortest and longest output word kept, in chars. */
    static final int MIN_CHARS = 2, MAX_CHARS = 4;

    /**
     * The salted hashes of the output words of {@code tables} (lines {@code source→output}; other lines are
     * skipped) that are 2-4 Han chars and occur at most {@code maxCount} times in {@code prose}.
     */
    public static long[] mine(List<Path> tables, List<Path> prose, int maxCount, Consumer<String> progress) throws IOException {
        Map<String, int[]> count = new HashMap<>();
        for (Path table : tables) {
            for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
                int arrow = line.indexOf('→');
                if (arrow < 0) continue;
                String w = Normalizer.normalize(line.substring(arrow + 1).strip());
                if (w.length() >= MIN_CHARS && w.length() <= MAX_CHARS && allHan(w)) count.putIfAbsent(w, new int[1]);
            }
        }
        TextSources.forEachParagraph(prose, paragraph -> {
            String t = Normalizer.normalize(paragraph);
            for (int k = 0; k < t.length(); k++) {
                if (CharClass.of(t.charAt(k)) != CharClass.HAN) continue;
                for (int len = MIN_CHARS; len <= MAX_CHARS && k + len <= t.length() && CharClass.of(t.charAt(k + len - 1)) == CharClass.HAN; len++) {
                    int[] c = count.get(t.substring(k, k + len));
                    if (c != null) c[0]++;
                }
            }
        });
        long[] out = count.entrySet().stream().filter(e -> e.getValue()[0] <= maxCount)
                .mapToLong(e -> Hashing.spinnerWord(Hashing.chars(e.getKey(), 0, e.getKey().length()))).toArray();
        progress.accept(String.format("spinner words: %,d of %,d table output words occur at most %d times in the prose",
                out.length, count.size(), maxCount));
        return out;
    }

    private static boolean allHan(String w) {
        for (int i = 0; i < w.length(); i++) if (CharClass.of(w.charAt(i)) != CharClass.HAN) return false;
        return true;
    }
}
