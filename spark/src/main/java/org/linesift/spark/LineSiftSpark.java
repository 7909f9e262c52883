package org.linesift.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.linesift.ModelFormatException;
import org.linesift.eval.Score;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static scala.jdk.javaapi.CollectionConverters.asScala;

/**
 * LineSift over a Spark {@code Dataset}: the same labels as {@link org.linesift.LineSift} on one machine.
 *
 * <pre>{@code
 * Dataset<Row> pages = spark.read().json("crawl/*.jsonl");          // columns id, and text or html
 * Dataset<Row> lines = LineSiftSpark.classify(pages);               // one row per non-blank line
 * lines.filter("label = 'body'").write().parquet("crawl-body");
 * }</pre>
 *
 * <p>Pages are the unit of work: a page is classified whole, in the partition it is in, so throughput grows with
 * the number of partitions that run at once. Each executor JVM loads the model once and shares it between its
 * tasks (see the package documentation).
 */
public final class LineSiftSpark {
    private LineSiftSpark() {}

    /** The longest text page classified in one piece, as {@code linesift classify --max-page-lines}'s default. */
    public static final int DEFAULT_MAX_PAGE_LINES = 10_000;

    /** A span of a spun line: UTF-16 offsets {@code [start, end)} in {@code text}, its kind ({@code brand}, ...) and text. */
    public static final StructType SPAN = new StructType(new StructField[]{
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false)});

    /**
     * The rows {@link #classify} returns, one per non-blank line: the page id, the line number (1-based line of the
     * text, or ordinal of the line extracted from HTML), the label ({@code body}, {@code nav}, {@code spun}), the three
     * probabilities, the line's text, the spans of a spun line, and the page's verdict ({@code clean},
     * {@code spammed}, {@code spam-site}) and spam score (share of its non-blank lines that are spun).
     */
    public static final StructType LINES = new StructType(new StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("label", DataTypes.StringType, false),
            DataTypes.createStructField("p_body", DataTypes.DoubleType, false),
            DataTypes.createStructField("p_nav", DataTypes.DoubleType, false),
            DataTypes.createStructField("p_spun", DataTypes.DoubleType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("spans", DataTypes.createArrayType(SPAN, false), false),
            DataTypes.createStructField("verdict", DataTypes.StringType, false),
            DataTypes.createStructField("spam_score", DataTypes.DoubleType, false)});

    /** Labelled pages as they travel to the scoring tasks: one row per page, one array entry per line. */
    static final StructType GOLD_PAGES = new StructType(new StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("labels", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("texts", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("ops", DataTypes.createArrayType(DataTypes.StringType, true), false),
            DataTypes.createStructField("markup", DataTypes.createArrayType(DataTypes.StringType, true), true)});

    /** Classifies pages with the bundled model. See {@link #classify(Dataset, byte[], int)}. */
    public static Dataset<Row> classify(Dataset<Row> pages) {
        try {
            return classify(pages, null, DEFAULT_MAX_PAGE_LINES);
        } catch (ModelFormatException e) {
            throw new IllegalStateException("no model bytes were given", e);
        }
    }

    /** Classifies pages with a model given as the bytes of a model file. See {@link #classify(Dataset, byte[], int)}. */
    public static Dataset<Row> classify(Dataset<Row> pages, byte[] model) throws ModelFormatException {
        return classify(pages, model, DEFAULT_MAX_PAGE_LINES);
    }

    /**
     * Classifies every line of every page.
     *
     * @param pages        one row per page: a column {@code id} (cast to string) and a column {@code text} or
     *                     {@code html} or both, each a string or binary (bytes: text is read as UTF-8, HTML in the
     *                     encoding it declares or is detected in). A row whose {@code html} is set is read as HTML,
     *                     else as text. Other columns are ignored.
     * @param model        the bytes of a model file ({@code linesift train}), broadcast to the executors; {@code null}
     *                     for the bundled models, which label HTML pages with the bundled HTML model too
     * @param maxPageLines a longer text page is classified in consecutive windows of this many lines
     * @return one row per non-blank line, with the columns of {@link #LINES}; lazy, like any Dataset
     * @throws IllegalArgumentException if {@code pages} lacks the columns, or they have other types
     * @throws ModelFormatException     if {@code model} is not a valid model (checked on the driver)
     */
    public static Dataset<Row> classify(Dataset<Row> pages, byte[] model, int maxPageLines) throws ModelFormatException {
        if (maxPageLines < 1) throw new IllegalArgumentException("maxPageLines must be at least 1, got " + maxPageLines);
        StructType schema = pages.schema();
        if (!Arrays.asList(schema.fieldNames()).contains("id")) {
            throw new IllegalArgumentException("the pages have no column 'id' (columns: " + String.join(", ", schema.fieldNames()) + ")");
        }
        Column text = pageColumn(schema, "text");
        Column html = pageColumn(schema, "html");
        if (text == null && html == null) {
            throw new IllegalArgumentException("the pages have neither a column 'text' nor 'html' (columns: "
                    + String.join(", ", schema.fieldNames()) + ")");
        }
        Dataset<Row> in = pages.select(col("id").cast(DataTypes.StringType).as("id"),
                (text == null ? lit(null).cast(DataTypes.StringType) : text).as("text"),
                (html == null ? lit(null).cast(DataTypes.StringType) : html).as("html"));
        Models models = Models.of(pages.sparkSession(), model);
        return in.mapPartitions(new ClassifyPages(models, maxPageLines), Encoders.row(LINES));
    }

    /** The column {@code name} if the schema has it as a string or binary, null if it has no such column. */
    private static Column pageColumn(StructType schema, String name) {
        if (!Arrays.asList(schema.fieldNames()).contains(name)) return null;
        DataType type = schema.apply(name).dataType();
        if (!type.equals(DataTypes.StringType) && !type.equals(DataTypes.BinaryType)) {
            throw new IllegalArgumentException("the pages' column '" + name + "' must be a string or binary, not " + type.simpleString());
        }
        return col(name);
    }

    /** Scores the bundled model on labelled pages. See {@link #score(SparkSession, List, byte[], int)}. */
    public static Score score(SparkSession spark, List<GoldPage> pages) {
        try {
            return score(spark, pages, null, 0);
        } catch (ModelFormatException e) {
            throw new IllegalStateException("no model bytes were given", e);
        }
    }

    /**
     * Scores a model on labelled pages (as {@link org.linesift.train.Corpus#read} reads them), spread over
     * partitions: each task classifies its pages with the library's {@link org.linesift.eval.Scorer} and the driver
     * adds up the tasks' confusion matrices, so the counts are those of {@code linesift score} on the same pages.
     * {@link Score#linesPerSecond()} is then lines per second of classification summed over the tasks (per core),
     * not of the wall clock. The pages travel from the driver inside the tasks.
     *
     * @param model      the bytes of a model file, or {@code null} for the bundled models
     * @param partitions how many tasks; 0 for automatic: 4 per core of the cluster, more for large corpora
     *                   (about 1 MB of text per task at most)
     */
    public static Score score(SparkSession spark, List<GoldPage> pages, byte[] model, int partitions) throws ModelFormatException {
        if (partitions < 0) throw new IllegalArgumentException("partitions must be 0 (automatic) or more, got " + partitions);
        List<Row> rows = new ArrayList<>(pages.size());
        long chars = 0;
        for (GoldPage p : pages) {
            rows.add(goldRow(p));
            for (GoldLine l : p.lines()) chars += l.text().length();
        }
        Models models = Models.of(spark, model);
        Score total = new Score();
        if (rows.isEmpty()) return total;
        int n = partitions > 0 ? partitions
                : (int) Math.max(4L * spark.sparkContext().defaultParallelism(), Math.min(100_000, chars * 3 / 1_000_000 + 1));
        JavaRDD<Row> spread = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, Math.min(n, rows.size()));
        List<Score> parts = spark.createDataFrame(spread, GOLD_PAGES)
                .mapPartitions(new ScorePages(models), Encoders.kryo(Score.class))
                .collectAsList();
        for (Score s : parts) total.addAll(s);
        return total;
    }

    private static Row goldRow(GoldPage page) {
        List<String> labels = new ArrayList<>(page.lines().size());
        List<String> ops = new ArrayList<>(page.lines().size());
        for (GoldLine l : page.lines()) {
            labels.add(l.labelId());
            ops.add(l.op());
        }
        String[] markup = page.markup();
        return RowFactory.create(page.id(), asScala(labels), asScala(page.texts()), asScala(ops),
                markup == null ? null : asScala(Arrays.asList(markup)));
    }
}
