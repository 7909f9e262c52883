package org.linesift.cli;

import org.linesift.train.GoldPage;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The model and labelled pages of the evaluation commands that rewrite pages ({@code score-spans}, {@code score-variants}). */
final class DevPagesOptions {
    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the bundled model).")
    Path model;

    @Option(names = "--split", paramLabel = "NAME", split = ",", description = "Splits taken from an INDEX.tsv argument (default: dev).")
    List<String> splits = new ArrayList<>(List.of("dev"));

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Labelled pages: corpus files, *.lines.tsv, a directory of them, or pages/INDEX.tsv.")
    List<Path> corpora;

    /** The pages of {@link #corpora} (of {@link #splits} for an INDEX.tsv). */
    List<GoldPage> pages(PrintWriter err) throws IOException {
        SynthCommand reader = new SynthCommand();
        reader.splits = splits;
        List<GoldPage> pages = new ArrayList<>();
        for (Path c : corpora) pages.addAll(reader.readInput(c, err));
        return pages;
    }
}
