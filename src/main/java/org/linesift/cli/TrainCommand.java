package org.linesift.cli;

import org.linesift.LineSift;
import org.linesift.eval.Score;
import org.linesift.eval.Scorer;
import org.linesift.train.Corpus;
import org.linesift.train.GoldPage;
import org.linesift.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linesift train}: trains a model from labelled corpus files. */
@Command(name = "train",
        description = {"Train a model from labelled corpus files and write it to --out.",
                "Progress goes to standard error; with --dev the dev score goes to standard output."},
        mixinStandardHelpOptions = true, version = Main.VERSION)
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dev", paramLabel = "FILE", description = "Labelled corpus to score the new model on.")
    Path dev;

    @Option(names = "--force", description = "Overwrite --out if it exists.")
    boolean force;

    @Option(names = "--lenient", description = "Skip malformed corpus lines (and say how many) instead of stopping.")
    boolean lenient;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Labelled corpus files to train on.")
    List<Path> corpora;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(out)) throw new UserError(out + ": is a directory");
        if (Files.exists(out) && !force) throw new UserError(out + ": already exists (use --force to overwrite)");
        List<GoldPage> pages = CliSupport.readCorpora(corpora, lenient, null, err);
        CliSupport.requireLabelled(pages, String.join(", ", corpora.stream().map(Path::toString).toList()));
        List<GoldPage> devPages = null;
        if (dev != null) {
            devPages = CliSupport.readCorpora(List.of(dev), lenient, null, err);
            CliSupport.requireLabelled(devPages, dev.toString());
        }
        Trainer.Options options = new Trainer.Options();
        options.seed = seed;
        byte[] model = Trainer.train(pages, options, line -> {
            err.println(line);
            err.flush();
        });
        Corpus.writeAtomically(out, model);
        err.println("linesift: wrote " + out + " (" + model.length + " bytes)");
        if (devPages != null) {
            LineSift sift = LineSift.load(out);
            Score score = Scorer.score(sift, devPages);
            stdout.println("dev score (" + dev + "):");
            stdout.print(score.toText());
            stdout.flush();
        }
        return Main.OK;
    }
}
