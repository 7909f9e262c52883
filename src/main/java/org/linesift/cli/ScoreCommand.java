package org.linesift.cli;

import org.linesift.LineSift;
import org.linesift.eval.ErrorsTsv;
import org.linesift.eval.Misclassification;
import org.linesift.eval.Score;
import org.linesift.eval.Scorer;
import org.linesift.eval.ShortPages;
import org.linesift.eval.TraditionalScript;
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
import java.util.concurrent.Callable;

/** {@code linesift score}: scores a model against labelled corpus files. */
@Command(name = "score",
        description = {"Score a model against labelled corpus files (see the corpus format in README.md).",
                "A NAME.ops file next to a corpus is read automatically for per-operator spun recall."},
        mixinStandardHelpOptions = true, version = Main.VERSION)
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the bundled model).")
    Path model;

    @Option(names = "--json", description = "Print the score as one JSON object.")
    boolean json;

    @Option(names = "--ops", paramLabel = "FILE", description = "Operator file for the (single) GOLD file, instead of GOLD.ops.")
    Path ops;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write misclassified lines to FILE as TSV.")
    Path errors;

    @Option(names = "--all-lines", description = "With --errors: write every labelled line, right or wrong (the model's predictions, to choose rules on top of it).")
    boolean allLines;

    @Option(names = "--traditional", description = "Score the pages rewritten in traditional characters, as a Taiwanese or Hong Kong site writes them (HanLP's conversion; labels, operators and mojibake lines stay).")
    boolean traditional;

    @Option(names = "--lenient", description = "Skip malformed corpus lines (and say how many) instead of stopping.")
    boolean lenient;

    @Option(names = "--short", description = "Score the pages cut short: 12 lines from 3 above the article's first line (its first body line), as a crawler gets a page whose extraction kept little.")
    boolean shortPages;

    @Option(names = "--no-known-brands", description = "Without the built-in list of well-known gambling brands: a brand makes a line spun only on the model's and the page's evidence, as an unlisted brand does.")
    boolean noKnownBrands;

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Labelled corpus files.")
    List<Path> gold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (allLines && errors == null) throw new UserError("--all-lines needs --errors FILE");
        List<GoldPage> pages = CliSupport.readCorpora(gold, lenient, ops, err);
        CliSupport.requireLabelled(pages, String.join(", ", gold.stream().map(Path::toString).toList()));
        if (traditional) pages = TraditionalScript.rewrite(pages);
        if (shortPages) {
            pages = ShortPages.cut(pages);
            if (pages.isEmpty()) throw new UserError("--short: no page has an article (a body line) to cut the page around");
        }
        LineSift sift = CliSupport.loadModel(model, noKnownBrands);
        List<Misclassification> wrong = errors == null ? null : new ArrayList<>();
        Score score = Scorer.score(sift, pages, wrong == null ? null : wrong::add, allLines);
        if (errors != null) {
            ErrorsTsv.write(errors, wrong);
            err.println("linesift: wrote " + wrong.size() + (allLines ? " labelled" : " misclassified") + " lines to " + errors);
        }
        if (json) out.println(score.toJson());
        else out.print(score.toText());
        out.flush();
        return Main.OK;
    }
}
