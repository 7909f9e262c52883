package org.linesift.cli;

import org.linesift.eval.SpanEvaluation;
import org.linesift.model.Model;
import org.linesift.model.ModelFile;
import org.linesift.train.GoldPage;
import org.linesift.train.Synth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code score-spans}: span precision and recall against synth's ground truth. */
@Command(name = "score-spans", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Scores where LineSift says the spam sits: applies each in-place synth operator (brand, shred, "
                + "pinyin, mojibake, synonym) to body lines of the given pages and compares the spans found with "
                + "what the operator changed, char by char.")
public final class ScoreSpansCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DevPagesOptions input;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the operators (default: 1).")
    long seed;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "500", description = "Body lines per operator (default: 500).")
    int lines;

    @Option(names = "--table", paramLabel = "FILE", description = "原词→替换词 spinner tables for the synonym operator (repeatable).")
    List<Path> tables = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (lines < 1) throw new UserError("--lines must be at least 1");
        PrintWriter err = spec.commandLine().getErr();
        List<GoldPage> pages = input.pages(err);
        Model m;
        if (input.model == null) {
            try (InputStream in = ScoreSpansCommand.class.getResourceAsStream(ModelFile.BUNDLED)) {
                if (in == null) throw new UserError("no bundled model in this jar; pass --model FILE");
                m = ModelFile.read(in.readAllBytes(), "bundled model");
            }
        } else {
            if (!Files.exists(input.model)) throw new NoSuchFileException(input.model.toString());
            m = ModelFile.read(input.model);
        }
        Synth.Options o = new Synth.Options();
        o.seed = seed;
        o.tables = tables;
        Synth synth = new Synth(o);
        var results = SpanEvaluation.run(m, synth, pages, seed, lines);
        PrintWriter out = spec.commandLine().getOut();
        out.print(SpanEvaluation.toText(results));
        out.flush();
        return Main.OK;
    }
}
