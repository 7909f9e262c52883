package org.linesift.cli;

import org.linesift.LineSift;
import org.linesift.eval.VariantEvaluation;
import org.linesift.train.GoldPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code score-variants}: spun recall on each form of pinyin and each wrong-charset reading. */
@Command(name = "score-variants", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Scores how a model catches obfuscation in forms it may not have been trained on: rewrites 30%% "
                + "of the body lines of each page in one variant at a time (pinyin in each style, text read with "
                + "each of several wrong charsets), classifies the pages and prints each variant's spun recall and "
                + "the share of untouched body lines called spun.")
public final class ScoreVariantsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DevPagesOptions input;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the rewriting (default: 1).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<GoldPage> pages = input.pages(err);
        LineSift sift = CliSupport.loadModel(input.model);
        PrintWriter out = spec.commandLine().getOut();
        out.print(VariantEvaluation.toText(VariantEvaluation.run(sift, pages, seed)));
        out.flush();
        return Main.OK;
    }
}
