package org.linesift.cli;

import org.linesift.model.Model;
import org.linesift.model.ModelAverage;
import org.linesift.model.ModelFile;
import org.linesift.train.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linesift average}: the mean of models trained with the same settings on different synth seeds. */
@Command(name = "average",
        description = {"Average models that differ only in their weights (the same training settings and texts, different",
                "synth seeds) into one model of the same size and speed: its scores are the mean of theirs."},
        mixinStandardHelpOptions = true, version = Main.VERSION)
final class AverageCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the averaged model.")
    Path out;

    @Option(names = "--force", description = "Overwrite --out if it exists.")
    boolean force;

    @Option(names = "--note", paramLabel = "TEXT", description = "Note stored in the model (default: the command line).")
    String note;

    @Parameters(paramLabel = "MODEL", arity = "1..*", description = "Model files to average.")
    List<Path> models;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CliSupport.refuseExisting(out, force);
        List<Model> read = new ArrayList<>();
        for (Path p : models) read.add(ModelFile.read(p));
        String n = note != null ? note : "linesift average " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        Model avg;
        try {
            avg = ModelAverage.of(read, n);
        } catch (ModelAverage.Mismatch e) {
            throw new UserError(models.get(e.index()) + ": differs from " + models.get(0) + " in its " + e.what() + "; " + ModelAverage.ONLY_SAME);
        }
        byte[] bytes = ModelFile.write(avg);
        Corpus.writeAtomically(out, bytes);
        PrintWriter err = spec.commandLine().getErr();
        err.println("linesift: wrote " + out + " (" + bytes.length + " bytes), the mean of " + models.size() + " models");
        if (read.stream().anyMatch(m -> m.contextTrees() != null)) {
            err.println("linesift: the models' context passes are not averaged (trees have no mean): the mean has none; add one with linesift context-pass");
        }
        err.flush();
        return Main.OK;
    }
}
