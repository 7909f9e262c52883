package org.linesift.cli;

import org.linesift.model.Model;
import org.linesift.model.ModelFile;
import org.linesift.model.TreeEnsemble;
import org.linesift.train.Booster;
import org.linesift.train.Corpus;
import org.linesift.train.ContextTraining;
import org.linesift.train.GoldPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code linesift context-pass}: trains the context pass's trees on cross-validation folds and adds them to a model. */
@Command(name = "context-pass", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = {"Trains the context pass (boosted trees that choose body or nav for each line from what the",
                "passes before them decided for the whole page) on the held-out pages of a cross-validation run",
                "(train --cv K --cv-models DIR: each fold-K.lsm labels its own fold-K.tsv, pages it never saw), and",
                "writes MODEL with those trees as --out."})
final class ContextPassCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model to add the trees to (its own context pass, if any, is replaced).")
    Path model;

    @Option(names = "--folds", paramLabel = "DIR", required = true, description = "A train --cv-models directory: fold-1.lsm, fold-1.tsv, fold-2.lsm ...")
    Path folds;

    @Option(names = "--pages", paramLabel = "CORPUS", description = {"Read each fold's held-out pages from CORPUS instead: the pages of CORPUS whose ids fold-K.tsv lists.",
            "Give the training data the cross-validation was run on, when fold-K.tsv holds the pages without the blocks (tables, lists, code) that training put into their articles (models/cross-validate.sh scores them so)."})
    Path pagesFile;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model with the trees.")
    Path out;

    @Option(names = "--force", description = "Overwrite --out if it exists.")
    boolean force;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "75", description = "Boosting rounds (default: 75).")
    int trees;

    @Option(names = "--leaves", paramLabel = "N", defaultValue = "31", description = "Most leaves a tree (default: 31).")
    int leaves;

    @Option(names = "--rate", paramLabel = "X", defaultValue = "0.2", description = "Learning rate (default: 0.2).")
    double rate;

    @Option(names = "--subsample", paramLabel = "X", defaultValue = "0.5", description = "Share of the rows each tree is grown on, drawn anew for each tree (default: 0.5).")
    double subsample;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the row draws and of the short pages (default: 1).")
    long seed;

    @Option(names = "--cv", description = "Also train with each fold left out and score its lines (body/nav F1 before and after the trees, pooled).")
    boolean cv;

    @Option(names = "--note", paramLabel = "TEXT", description = "Note stored in the model (default: MODEL's note and this command line).")
    String note;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (trees < 1 || trees > TreeEnsemble.MAX_TREES) throw new UserError("--trees must be 1 to " + TreeEnsemble.MAX_TREES);
        if (leaves < 2 || leaves > TreeEnsemble.MAX_NODES / 2) throw new UserError("--leaves must be 2 to " + TreeEnsemble.MAX_NODES / 2);
        if (!(rate > 0 && rate <= 1)) throw new UserError("--rate must be above 0 and at most 1");
        if (!(subsample > 0 && subsample <= 1)) throw new UserError("--subsample must be above 0 and at most 1");
        CliSupport.refuseExisting(out, force);
        if (!Files.isRegularFile(folds.resolve("fold-1.lsm"))) throw new UserError(folds + ": no fold-1.lsm (not a train --cv-models directory)");
        Model base = ModelFile.read(model);
        PrintWriter err = spec.commandLine().getErr();
        ContextTraining data = new ContextTraining();
        java.util.Map<String, GoldPage> byId = null;
        if (pagesFile != null) {
            byId = new java.util.HashMap<>();
            for (GoldPage p : Corpus.read(pagesFile)) byId.putIfAbsent(p.id(), p);
        }
        int k = 1;
        for (; Files.isRegularFile(folds.resolve("fold-" + k + ".lsm")); k++) {
            Path pages = folds.resolve("fold-" + k + ".tsv");
            if (!Files.isRegularFile(pages)) throw new UserError(pages + ": missing (each fold-K.lsm needs its held-out pages)");
            List<GoldPage> held = Corpus.read(pages);
            if (byId != null) {
                List<GoldPage> swapped = new java.util.ArrayList<>(held.size());
                for (GoldPage p : held) {
                    GoldPage q = byId.get(p.id());
                    if (q == null) throw new UserError(pagesFile + ": has no page " + p.id() + " of " + pages);
                    swapped.add(q);
                }
                held = swapped;
            }
            int before = data.rows();
            data.add(ModelFile.read(folds.resolve("fold-" + k + ".lsm")), held, seed + k);
            err.printf(Locale.ROOT, "linesift: fold %d: %d pages (and as many cut short), %d body or nav lines%n", k, held.size(), data.rows() - before);
            err.flush();
        }
        if (data.rows() == 0) throw new UserError(folds + ": the held-out pages have no body or nav lines to train on");
        Booster.Options o = new Booster.Options();
        o.trees = trees;
        o.maxLeaves = leaves;
        o.learningRate = rate;
        o.subsample = subsample;
        o.seed = seed;
        if (cv) {
            int[] c = data.crossValidate(o);
            err.printf(Locale.ROOT, "linesift: each fold left out, pooled: body F1 %.4f -> %.4f, nav F1 %.4f -> %.4f, accuracy %.4f -> %.4f%n",
                    f1(c[0], c[1], c[2]), f1(c[4], c[5], c[6]), f1(c[3], c[2], c[1]), f1(c[7], c[6], c[5]),
                    (c[0] + c[3]) / (double) data.rows(), (c[4] + c[7]) / (double) data.rows());
            err.flush();
        }
        long t0 = System.nanoTime();
        TreeEnsemble fitted = data.fit(o);
        int[] acc = data.accuracy(fitted);
        String n = note != null ? note : base.note() + "; linesift "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        byte[] bytes = ModelFile.write(base.withContextTrees(fitted, n));
        Corpus.writeAtomically(out, bytes);
        err.printf(Locale.ROOT, "linesift: %d trees on %d rows (%d body) from %d folds in %.1f s; in-sample body/nav accuracy %.4f -> %.4f%n",
                fitted.trees(), data.rows(), data.bodyRows(), k - 1, (System.nanoTime() - t0) / 1e9,
                acc[0] / (double) data.rows(), acc[1] / (double) data.rows());
        err.println("linesift: wrote " + out + " (" + bytes.length + " bytes)");
        err.flush();
        return Main.OK;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
