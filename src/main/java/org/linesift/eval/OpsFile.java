package org.linesift.eval;

import org.linesift.train.CorpusFormatException;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attaches operators from an explicit ops file (one line per corpus line, as in {@code NAME.ops}) to pages
 * already read from that corpus, overriding any operators read from the sibling file.
 */
public final class OpsFile {
    private OpsFile() {}

    /**
     * @param corpus       the corpus file the pages were read from
     * @param pages        the pages {@code Corpus.read} returned for it
     * @param ops          the ops file
     * @param skippedLines 1-based corpus line numbers that lenient reading skipped (empty in strict mode)
     */
    public static List<GoldPage> apply(Path corpus, List<GoldPage> pages, Path ops, Set<Long> skippedLines)
            throws IOException {
        if (!Files.isRegularFile(ops)) throw new NoSuchFileException(ops.toString(), null, "no such file");
        List<String> raw = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        List<String> opLines = Files.readAllLines(ops, StandardCharsets.UTF_8);
        if (opLines.size() != raw.size()) {
            throw new CorpusFormatException(ops.toString(), Math.min(opLines.size(), raw.size()) + 1,
                    "ops file has " + opLines.size() + " lines but the corpus has " + raw.size());
        }
        List<String> lineOps = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (i == 0 && !s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
            if (s.startsWith("#") || s.isBlank() || skippedLines.contains((long) i + 1)) continue;
            String op = opLines.get(i).trim();
            lineOps.add(op.isEmpty() ? null : op);
        }
        int total = 0;
        for (GoldPage p : pages) total += p.lines().size();
        if (total != lineOps.size()) {
            throw new IllegalStateException("corpus " + corpus + " has " + lineOps.size()
                    + " text lines but " + total + " were read");
        }
        List<GoldPage> out = new ArrayList<>(pages.size());
        int k = 0;
        for (GoldPage p : pages) {
            List<GoldLine> lines = new ArrayList<>(p.lines().size());
            for (GoldLine l : p.lines()) lines.add(new GoldLine(l.label(), l.text(), lineOps.get(k++), l.markup()));
            out.add(new GoldPage(p.id(), lines));
        }
        return out;
    }
}
