package org.linesift.spark;

import org.linesift.ModelFormatException;
import org.linesift.eval.Score;
import org.linesift.train.Corpus;
import org.linesift.train.CorpusFormatException;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code linesift-spark score}: {@code linesift score}, with the pages classified by the cluster. */
@Command(name = "score",
        description = {"Score a model against labelled corpus files (the corpus format of README.md), the pages spread over the cluster.",
                "Prints what 'linesift score' prints, with the same counts; 'speed' is per core (summed over tasks),",
                "and standard error gets the wall-clock rate. The corpus files are read by the driver (local paths);",
                "NAME.ops next to a corpus is read automatically."},
        mixinStandardHelpOptions = true, version = Main.VERSION)
final class ScoreJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "PATH", description = "Model file (a Hadoop path, as --input), broadcast to the executors (default: the bundled models).")
    String model;

    @Option(names = "--json", description = "Print the score as one JSON object.")
    boolean json;

    @Option(names = "--lenient", description = "Skip malformed corpus lines (and say how many) instead of stopping.")
    boolean lenient;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Spread the pages over N tasks (default: 4 per core of the cluster, more for corpora over a few MB).")
    int partitions;

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Labelled corpus files.")
    List<Path> gold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (partitions < 0) throw new UserError("--partitions must not be negative, got " + partitions);
        byte[] modelBytes = Jobs.readModel(Jobs.hadoopConf(), model);
        List<GoldPage> pages = new ArrayList<>();
        for (Path f : gold) pages.addAll(read(f, err));
        long lines = 0, labelled = 0;
        for (GoldPage p : pages) {
            lines += p.lines().size();
            for (GoldLine l : p.lines()) if (l.label() != null) labelled++;
        }
        if (labelled == 0) throw new UserError(String.join(", ", gold.stream().map(Path::toString).toList()) + ": no labelled lines");
        try (Jobs.Session session = Jobs.session()) {
            long t0 = System.nanoTime();
            Score score;
            try {
                score = LineSiftSpark.score(session.spark, pages, modelBytes, partitions);
            } catch (ModelFormatException e) {
                throw Jobs.badModel(model, e);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (json) out.println(score.toJson());
            else out.print(score.toText());
            out.flush();
            err.printf(Locale.ROOT, "%s: classified %d lines of %d pages in %.2f s wall (%.0f lines/s)%n",
                    Main.NAME, lines, pages.size(), seconds, lines / seconds);
        }
        return Main.OK;
    }

    private List<GoldPage> read(Path f, PrintWriter err) throws java.io.IOException {
        if (!lenient) return Corpus.read(f);
        List<CorpusFormatException> bad = new ArrayList<>();
        List<GoldPage> pages = Corpus.read(f, bad::add);
        if (!bad.isEmpty()) {
            err.println(Main.NAME + ": warning: skipped " + bad.size() + " bad line" + (bad.size() == 1 ? "" : "s")
                    + " in " + f + " (first: " + Main.oneLine(bad.get(0).getMessage()) + ")");
        }
        return pages;
    }
}
