package org.linesift.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.linesift.ModelFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

/** {@code linesift-spark classify}: pages in, one row per line out. */
@Command(name = "classify",
        description = {"Label every line of many pages, one output row per non-blank line.",
                "Columns: id, line, label, p_body, p_nav, p_spun, text, spans, verdict, spam_score.",
                "--format text: PATH is a file, a directory (read recursively) or a glob; each file is one page, its id the file's path;",
                "  files named *.html or *.htm are read as HTML, the others as UTF-8 text.",
                "--format jsonl: one JSON object per line, {\"id\": ..., \"text\": ...} or {\"id\": ..., \"html\": ...}.",
                "--format parquet: the columns id, and text or html (string or binary).",
                "The output is a directory of part files, as Spark writes it; an existing one is kept unless --force."},
        mixinStandardHelpOptions = true, version = Main.VERSION)
final class ClassifyJob implements Callable<Integer> {
    enum Format { text, jsonl, parquet }

    enum OutFormat { parquet, jsonl }

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Pages: a file, directory or glob (any Hadoop file system).")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output directory.")
    String out;

    @Option(names = "--out-format", paramLabel = "FORMAT", defaultValue = "parquet", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutFormat outFormat;

    @Option(names = "--model", paramLabel = "PATH", description = "Model file (a Hadoop path, as --input), broadcast to the executors (default: the bundled models, in the job jar).")
    String model;

    @Option(names = "--force", description = "Replace an existing --out directory (its old contents are deleted).")
    boolean force;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Spread the pages over N partitions first (default: as read).")
    int partitions;

    @Option(names = "--max-page-lines", paramLabel = "N", defaultValue = "10000",
            description = "Classify a longer text page in consecutive windows of N lines (default: ${DEFAULT-VALUE}).")
    int maxPageLines;

    @Override
    public Integer call() throws Exception {
        if (partitions < 0) throw new UserError("--partitions must be at least 1, got " + partitions);
        if (maxPageLines < 1) throw new UserError("--max-page-lines must be at least 1, got " + maxPageLines);
        Configuration hc = Jobs.hadoopConf();
        byte[] modelBytes = Jobs.readModel(hc, model);
        Jobs.requireInput(hc, input);
        Jobs.refuseExisting(hc, out, force);
        Jobs.refuseOverlap(hc, input, out);
        try (Jobs.Session session = Jobs.session()) {
            Dataset<Row> pages = read(session.spark);
            if (partitions > 0) pages = pages.repartition(partitions);
            Dataset<Row> lines;
            try {
                lines = LineSiftSpark.classify(pages, modelBytes, maxPageLines);
            } catch (IllegalArgumentException e) {
                throw new UserError(input + ": " + e.getMessage());
            } catch (ModelFormatException e) {
                throw Jobs.badModel(model, e);
            }
            long t0 = System.nanoTime();
            DataFrameWriter<Row> w = lines.write().mode(force ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
            if (outFormat == OutFormat.parquet) w.parquet(out);
            else w.json(out);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long written = outFormat == OutFormat.parquet ? session.spark.read().parquet(out).count() : session.spark.read().text(out).count();
            spec.commandLine().getErr().printf(Locale.ROOT, "%s: wrote %d lines to %s in %.1f s (%.0f lines/s)%n",
                    Main.NAME, written, out, seconds, written / seconds);
        }
        return Main.OK;
    }

    private Dataset<Row> read(SparkSession spark) {
        switch (format) {
            case jsonl:
                return spark.read().option("mode", "FAILFAST").json(input);
            case parquet:
                return spark.read().parquet(input);
            default:
                Column isHtml = lower(col("path")).rlike("\\.html?$");
                return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
                        .select(col("path").as("id"), when(not(isHtml), col("content")).as("text"), when(isHtml, col("content")).as("html"));
        }
    }
}
