package org.linesift.cli;

import org.linesift.LineSift;
import org.linesift.eval.ErrorsTsv;
import org.linesift.eval.Misclassification;
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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code linesift train}: trains a model from labelled corpus files. */
@Command(name = "train",
        description = {"Train a model from labelled corpus files and write it to --out.",
                "Progress goes to standard error; with --dev the dev score goes to standard output."},
        mixinStandardHelpOptions = true, version = Main.VERSION)
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (required unless --cv).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dev", paramLabel = "FILE", description = "Labelled corpus to score the new model on.")
    Path dev;

    @Option(names = "--force", description = "Overwrite --out if it exists.")
    boolean force;

    @Option(names = "--lenient", description = "Skip malformed corpus lines (and say how many) instead of stopping.")
    boolean lenient;

    @Option(names = "--lm-text", paramLabel = "FILE",
            description = "Clean prose for the character language-model features (repeatable; default: none).")
    List<Path> lmText = new ArrayList<>();

    @Option(names = "--cv", paramLabel = "K", description = "Instead of writing a model, cross-validate: train on K-1 folds of the pages (a page and its synth copies stay together), score the held-out fold, and print each fold's and the mean scores.")
    Integer cv;

    @Option(names = "--cv-skip", paramLabel = "PREFIX", description = "With --cv: train on, but do not score, held-out pages whose id starts with PREFIX (e.g. synth- to score real pages only). Repeatable.")
    List<String> cvSkip = new ArrayList<>();

    @Option(names = "--cv-test", paramLabel = "FILE", description = "With --cv: score each held-out fold on the pages of FILE with the same ids (a page's copies id#1, id#2... count as id) instead of on the training pages themselves; e.g. the same pages synthesised without an option that changes them, so that both runs score the same lines.")
    Path cvTest;

    @Option(names = "--cv-predictions", paramLabel = "FILE", description = "With --cv: also write every held-out labelled line with its predicted label and probabilities (the columns of score --errors), so that rules on top of the model, such as the page verdict, can be chosen on held-out pages.")
    Path cvPredictions;

    @Option(names = "--cv-models", paramLabel = "DIR", description = "With --cv: also write each fold's model and held-out pages, DIR/fold-K.lsm and DIR/fold-K.tsv (with .ops), so that rules applied after the model can be tried on held-out pages later (linesift score --model DIR/fold-K.lsm DIR/fold-K.tsv) without training again.")
    Path cvModels;

    @Option(names = "--cv-always", paramLabel = "PREFIX", description = "With --cv: pages whose id starts with PREFIX are trained on in every fold and never held out, so the other pages keep the folds they have without them (e.g. to measure what extra, machine-labelled pages add). Repeatable.")
    List<String> cvAlways = new ArrayList<>();

    @Option(names = "--page-lambda", paramLabel = "X", description = "L2 penalty of the page (second-pass) model (default: --lambda).")
    Double pageLambda;

    @Option(names = "--unlexical-copies", description = "Also train on a copy of every line without its character and word n-grams, so that shape, LM and context features learn to label lines with unseen words.")
    boolean unlexicalCopies;

    @Option(names = "--no-insertion-test", description = "Leave out the LM insertion test for spans at clause boundaries (for ablation).")
    boolean noInsertionTest;

    @Option(names = "--page-lm", description = "Add page-relative LM features: each line's surprisal and deletion saving against its page's medians (in the default recipe: models/build-default.sh).")
    boolean pageLm;

    @Option(names = "--title-context", description = "Add the nearest date line above and below, and the LM seams of title fragments (in the default recipe: models/build-default.sh).")
    boolean titleContext;

    @Option(names = "--lead-seams", description = "Add the LM seams of fragments of the lead line (the first prose line below the title) in other lines; needs --title-context (in the default recipe: models/build-default.sh).")
    boolean leadSeams;

    @Option(names = "--article-vocab", description = "Add the share of each line's character pairs that the page's other prose lines use (in the default recipe: models/build-default.sh).")
    boolean articleVocab;

    @Option(names = "--body-vocab", description = "Add, in the page pass, the share of each line's character pairs that the lines the first pass calls body use (in the default recipe: models/build-default.sh).")
    boolean bodyVocab;

    @Option(names = "--spam-vocab", description = "Add, in the page pass, how many of the brands the first pass found injected in other lines of the page each line contains (a spam kit scatters a few brands in many dresses).")
    boolean spamVocab;

    @Option(names = "--page-lm-low", description = "With --page-lm: add the line's surprisal against the page's lower quartile as well as its median (a page with many spam lines has a spam median).")
    boolean pageLmLow;

    @Option(names = "--digit-shapes", description = "Read every digit as 0 in the character, character n-gram and word features, so that which year or number a page prints is no evidence either way (2019年 and 2026年 are one word).")
    boolean digitShapes;

    @Option(names = "--lm-trigrams", description = "With --lm-text: also record the prose's char trigrams (a 2 MB filter in the model file) and add how far the share of each line's Han trigrams the prose never has stands above the page's median (needs --page-lm; word salad, spun substitutes).")
    boolean lmTrigrams;

    @Option(names = "--templates", description = "Add how many other lines of the page start, and end, in the same shape (the rows of a list or a table).")
    boolean templates;

    @Option(names = "--shred-cuts", description = "Add how many of a line's runs of title words begin or end inside a word of the title (a shredded title is cut at any char; prose repeats whole words).")
    boolean shredCuts;

    @Option(names = "--no-pinyin-runs", description = "Leave out the features of pinyin glued into the text or bracketed with tones (org.linesift.text.PinyinRuns); they are on by default.")
    boolean noPinyinRuns;

    @Option(names = "--loose-chars", description = "Add the word-salad feature (the share of characters no dictionary word claims; tried, not in the default recipe: models/README.md).")
    boolean looseChars;

    @Option(names = "--body-bias", paramLabel = "X", description = "Add X to the body logit of the final pass (a prior correction; choose it with --cv). Default: 0.")
    Double bodyBias;

    @Option(names = "--spun-weight", paramLabel = "N", description = "Count each spun training line N times (default: 1).")
    Integer spunWeight;

    @Option(names = "--spam-text", paramLabel = "FILE",
            description = "Real spam text (repeatable); with --lm-text, a spam lexicon is mined by contrast and used as features.")
    List<Path> spamText = new ArrayList<>();

    @Option(names = "--spin-table", paramLabel = "FILE",
            description = "A 伪原创 table, lines source→output (repeatable; needs --spam-text and --lm-text): its output words that the --lm-text prose has at most --spin-max-count times become spinner-word features.")
    List<Path> spinTables = new ArrayList<>();

    @Option(names = "--spin-max-count", paramLabel = "N", description = "With --spin-table: the most times the prose may have an output word for it to count (default: 5).")
    Integer spinMaxCount;

    @Option(names = "--strict-spam-lexicon", description = "Mine the spam lexicon strictly: each distinct line of --spam-text counts once (spam farms repeat their filler), a Latin term must occur in two --spam-text files (default: every spam line counts; numbers are never terms either way).")
    boolean strictSpamLexicon;

    @Option(names = "--folds", paramLabel = "N", description = "Folds for the out-of-fold first pass; 0 or 1 trains a one-pass model (default: 4).")
    Integer folds;

    @Option(names = "--lambda", paramLabel = "X", description = "L2 penalty (default: 25, as for the bundled model).")
    Double lambda;

    @Option(names = "--hash-bits", paramLabel = "N", description = "log2 of the hashed feature space (default: 18).")
    Integer hashBits;

    @Option(names = "--max-iter", paramLabel = "N", description = "L-BFGS iterations per model (default: 200).")
    Integer maxIter;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note stored in the model (default: the train command line).")
    String note;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Labelled corpus files to train on.")
    List<Path> corpora;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (hashBits != null && (hashBits < 8 || hashBits > 24)) throw new UserError("--hash-bits must be in 8..24, got " + hashBits);
        if (folds != null && folds < 0) throw new UserError("--folds must be 0 or more, got " + folds);
        if (lambda != null && !(lambda >= 0)) throw new UserError("--lambda must be 0 or more, got " + lambda);
        if (maxIter != null && maxIter < 1) throw new UserError("--max-iter must be 1 or more, got " + maxIter);
        if (cv != null && (cv < 2 || cv > 20)) throw new UserError("--cv must be in 2..20, got " + cv);
        if (out == null && cv == null) throw new UserError("missing --out FILE (or --cv K to cross-validate)");
        if (cvTest != null && cv == null) throw new UserError("--cv-test needs --cv");
        if (cvPredictions != null && cv == null) throw new UserError("--cv-predictions needs --cv");
        if (cvModels != null && cv == null) throw new UserError("--cv-models needs --cv");
        if (strictSpamLexicon && spamText.isEmpty()) throw new UserError("--strict-spam-lexicon needs --spam-text");
        if (!spinTables.isEmpty() && (spamText.isEmpty() || lmText.isEmpty())) throw new UserError("--spin-table needs --spam-text and --lm-text");
        if (spinMaxCount != null && spinTables.isEmpty()) throw new UserError("--spin-max-count needs --spin-table");
        if (spinMaxCount != null && spinMaxCount < 0) throw new UserError("--spin-max-count must be 0 or more, got " + spinMaxCount);
        if (cvModels != null && Files.exists(cvModels) && !Files.isDirectory(cvModels)) throw new UserError(cvModels + ": not a directory");
        if (leadSeams && !titleContext) throw new UserError("--lead-seams needs --title-context");
        if (out != null && Files.isDirectory(out)) throw new UserError(out + ": is a directory");
        if (out != null) CliSupport.refuseExisting(out, force);
        if (cvPredictions != null) CliSupport.refuseExisting(cvPredictions, force);
        if (cvModels != null) CliSupport.refuseExisting(cvModels.resolve("fold-1.lsm"), force);
        List<GoldPage> pages = CliSupport.readCorpora(corpora, lenient, null, err);
        CliSupport.requireLabelled(pages, String.join(", ", corpora.stream().map(Path::toString).toList()));
        List<GoldPage> devPages = null;
        if (dev != null) {
            devPages = CliSupport.readCorpora(List.of(dev), lenient, null, err);
            CliSupport.requireLabelled(devPages, dev.toString());
        }
        Trainer.Options options = new Trainer.Options();
        options.seed = seed;
        for (Path f : lmText) if (!Files.isRegularFile(f)) throw new NoSuchFileException(f.toString());
        options.lmText = new ArrayList<>(lmText);
        for (Path f : spamText) if (!Files.isRegularFile(f)) throw new NoSuchFileException(f.toString());
        options.spamText = new ArrayList<>(spamText);
        options.strictSpamLexicon = strictSpamLexicon;
        for (Path f : spinTables) if (!Files.isRegularFile(f)) throw new NoSuchFileException(f.toString());
        options.spinTables = new ArrayList<>(spinTables);
        if (spinMaxCount != null) options.spinMaxCount = spinMaxCount;
        options.unlexicalCopies = unlexicalCopies;
        options.insertionTest = !noInsertionTest;
        options.pageLm = pageLm;
        options.titleContext = titleContext;
        options.leadSeams = leadSeams;
        options.articleVocab = articleVocab;
        options.bodyVocab = bodyVocab;
        options.spamVocab = spamVocab;
        options.templates = templates;
        options.shredCuts = shredCuts;
        options.pageLmLow = pageLmLow;
        options.digitShapes = digitShapes;
        options.lmTrigrams = lmTrigrams;
        options.pinyinRuns = !noPinyinRuns;
        options.looseChars = looseChars;
        if (bodyBias != null) {
            if (!Double.isFinite(bodyBias) || Math.abs(bodyBias) > 10) throw new UserError("--body-bias must be in -10..10, got " + bodyBias);
            options.bodyBias = bodyBias;
        }
        if (pageLambda != null) {
            if (!(pageLambda > 0) || pageLambda.isInfinite()) throw new UserError("--page-lambda must be a positive number, got " + pageLambda);
            options.pageLambda = pageLambda;
        }
        if (spunWeight != null) {
            if (spunWeight < 1 || spunWeight > 100) throw new UserError("--spun-weight must be in 1..100, got " + spunWeight);
            options.spunWeight = spunWeight;
        }
        if (folds != null) options.folds = folds;
        if (lambda != null) options.lambda = lambda;
        if (hashBits != null) options.hashBits = hashBits;
        if (maxIter != null) options.maxIter = maxIter;
        options.note = note != null ? note
                : "linesift train " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        if (cv != null) {
            List<GoldPage> test = null;
            if (cvTest != null) {
                test = CliSupport.readCorpora(List.of(cvTest), lenient, null, err);
                CliSupport.requireLabelled(test, cvTest.toString());
            }
            crossValidate(pages, test, options, cv, cvSkip, cvAlways, cvPredictions, cvModels, stdout, err);
            return Main.OK;
        }
        byte[] model;
        try {
            model = Trainer.train(pages, options, line -> {
                err.println(line);
                err.flush();
            });
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot train: " + e.getMessage());
        }
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

    private static void crossValidate(List<GoldPage> pages, List<GoldPage> test, Trainer.Options options, int k, List<String> skip,
                                      List<String> always, Path predictions, Path models, PrintWriter stdout, PrintWriter err) throws Exception {
        List<Misclassification> heldOut = new ArrayList<>();
        List<GoldPage> everyFold = new ArrayList<>();
        List<GoldPage> split = new ArrayList<>();
        for (GoldPage p : pages) (always.stream().anyMatch(p.id()::startsWith) ? everyFold : split).add(p);
        if (split.isEmpty()) throw new UserError("every page matches --cv-always: nothing to hold out");
        List<List<GoldPage>> folds = Trainer.foldsByPage(split, k, options.seed);
        double[] macro = new double[k];
        double[][] f1 = new double[k][3];
        for (int f = 0; f < k; f++) {
            List<GoldPage> train = new ArrayList<>(everyFold);
            for (int g = 0; g < k; g++) if (g != f) train.addAll(folds.get(g));
            int fold = f + 1;
            byte[] model;
            try {
                model = Trainer.train(train, options, line -> { err.println("fold " + fold + ": " + line); err.flush(); });
            } catch (IllegalArgumentException e) {
                throw new UserError("cannot train fold " + fold + ": " + e.getMessage());
            }
            List<GoldPage> held = new ArrayList<>();
            if (test == null) {
                for (GoldPage p : folds.get(f)) if (skip.stream().noneMatch(p.id()::startsWith)) held.add(p);
            } else {
                Set<String> ids = new HashSet<>();
                for (GoldPage p : folds.get(f)) ids.add(Trainer.baseId(p.id()));
                for (GoldPage p : test) if (ids.contains(Trainer.baseId(p.id())) && skip.stream().noneMatch(p.id()::startsWith)) held.add(p);
            }
            if (held.isEmpty()) throw new UserError("fold " + fold + ": " + (test == null ? "every held-out page matches --cv-skip"
                    : "no page of --cv-test has the id of a held-out page (or each matches --cv-skip)"));
            if (models != null) {
                Corpus.writeAtomically(models.resolve("fold-" + fold + ".lsm"), model);
                Corpus.write(models.resolve("fold-" + fold + ".tsv"), held, true);
            }
            Score score = Scorer.score(LineSift.load(model), held, predictions == null ? null : heldOut::add, predictions != null);
            macro[f] = score.macroF1();
            for (org.linesift.Label l : org.linesift.Label.values()) f1[f][l.ordinal()] = score.f1(l);
            stdout.printf(java.util.Locale.ROOT, "fold %d: %d pages, macro-F1 %.4f (body %.4f, nav %.4f, spun %.4f)%n",
                    fold, held.size(), macro[f], f1[f][0], f1[f][1], f1[f][2]);
            stdout.flush();
        }
        double mean = 0, sd = 0;
        for (double m : macro) mean += m / k;
        for (double m : macro) sd += (m - mean) * (m - mean) / Math.max(1, k - 1);
        stdout.printf(java.util.Locale.ROOT, "cross-validated macro-F1 %.4f ± %.4f (mean ± sd over %d folds)%n", mean, Math.sqrt(sd), k);
        if (predictions != null) {
            ErrorsTsv.write(predictions, heldOut);
            err.println("linesift: wrote " + predictions + " (" + heldOut.size() + " held-out lines)");
        }
    }
}
