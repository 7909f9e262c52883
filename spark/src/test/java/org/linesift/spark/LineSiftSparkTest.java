package org.linesift.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linesift.Label;
import org.linesift.LineSift;
import org.linesift.ModelFormatException;
import org.linesift.PageResult;
import org.linesift.eval.Score;
import org.linesift.eval.Scorer;
import org.linesift.model.ModelFile;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LineSiftSpark} on local[2] gives exactly the library's labels, probabilities, spans and line numbers. */
class LineSiftSparkTest {
    private static SparkSession spark;
    private static LineSift sift;

    private static final StructType TEXT_PAGES = new StructType()
            .add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    private static final StructType MIXED_PAGES = new StructType()
            .add("id", DataTypes.IntegerType).add("text", DataTypes.BinaryType).add("html", DataTypes.StringType);

    @BeforeAll
    static void start() {
        spark = TestPages.spark();
        sift = LineSift.load();
    }

    /** The output rows, as strings, sorted by page and line (Spark keeps no order across partitions). */
    private static List<String> rows(Dataset<Row> lines) {
        assertEquals(LineSiftSpark.LINES, lines.schema());
        List<String> out = new ArrayList<>();
        for (Row r : lines.collectAsList()) out.add(TestPages.key(r));
        return out;
    }

    private static Dataset<Row> textPages() {
        return spark.createDataFrame(List.of(
                RowFactory.create("city", TestPages.CITY),
                RowFactory.create("port", TestPages.PORT),
                RowFactory.create("sport", TestPages.SPORT),
                RowFactory.create("empty", ""),
                RowFactory.create("null", null)), TEXT_PAGES).repartition(3);
    }

    @Test
    void textPagesGetTheLibrarysLabelsProbabilitiesAndLineNumbers() {
        List<String> expected = new ArrayList<>();
        expected.addAll(TestPages.expected("city", 1, sift.classify(TestPages.CITY)));
        // the command line drops the BOM before classifying; LineSift.classify(String) does not
        expected.addAll(TestPages.expected("port", 1, sift.classify(TestPages.PORT.substring(1))));
        expected.addAll(TestPages.expected("sport", 1, sift.classify(TestPages.SPORT)));
        List<String> actual = rows(LineSiftSpark.classify(textPages()));
        Collections.sort(expected);
        Collections.sort(actual);
        assertEquals(expected, actual);

        // exact row counts and line numbers: the blank line of CITY (line 7) and of PORT (line 7) get no row
        assertEquals(11 + 8 + 4, actual.size());
        assertTrue(actual.stream().noneMatch(r -> r.startsWith("city|7|") || r.startsWith("port|7|")));
        assertTrue(actual.stream().anyMatch(r -> r.startsWith("city|12|")));
        assertTrue(actual.stream().anyMatch(r -> r.startsWith("port|9|") && r.contains("|下一篇：农业银行")));
        assertTrue(actual.stream().noneMatch(r -> r.contains("\r") || r.contains("\uFEFF")), "CRLF and BOM are not part of the text");
    }

    @Test
    void thePagesExerciseEveryLabelAndSpans() {
        // not a test of Spark but of the test itself: the pages must show all three labels and a span
        PageResult city = sift.classify(TestPages.CITY), port = sift.classify(TestPages.PORT);
        for (Label l : Label.values()) assertTrue(city.count(l) + port.count(l) > 0, "no " + l + " line in the test pages");
        assertTrue(port.stream().anyMatch(r -> r.label() == Label.SPUN && !r.spans().isEmpty()), "the mojibake line has spans");
    }

    @Test
    void htmlAndBinaryTextPagesMatchTheLibrary() {
        byte[] port = TestPages.PORT.getBytes(StandardCharsets.UTF_8);
        byte[] broken = {(byte) 0xE9, (byte) 0x9D, 'a', '\n', (byte) 0xFF, 'b'}; // undecodable bytes become U+FFFD
        Dataset<Row> pages = spark.createDataFrame(List.of(
                RowFactory.create(1, port, null),
                RowFactory.create(2, null, TestPages.HTML),
                RowFactory.create(3, broken, null),
                RowFactory.create(4, port, TestPages.HTML)), MIXED_PAGES); // html wins when both are set
        List<String> expected = new ArrayList<>();
        expected.addAll(TestPages.expected("1", 1, sift.classify(TestPages.PORT.substring(1))));
        expected.addAll(TestPages.expected("2", 1, sift.classifyHtml(TestPages.HTML)));
        expected.addAll(TestPages.expected("3", 1, sift.classify(List.of("\uFFFDa", "\uFFFDb"))));
        expected.addAll(TestPages.expected("4", 1, sift.classifyHtml(TestPages.HTML)));
        List<String> actual = rows(LineSiftSpark.classify(pages));
        Collections.sort(expected);
        Collections.sort(actual);
        assertEquals(expected, actual);
        assertTrue(actual.stream().anyMatch(r -> r.startsWith("2|") && r.contains("|body|")), "the HTML article is body");
    }

    @Test
    void htmlBytesAreDecodedAsTheLibraryDoes() {
        byte[] gbk = TestPages.HTML.replace("utf-8", "gbk").getBytes(java.nio.charset.Charset.forName("GBK"));
        Dataset<Row> pages = spark.createDataFrame(List.of(RowFactory.create("gbk", gbk)),
                new StructType().add("id", DataTypes.StringType).add("html", DataTypes.BinaryType));
        assertEquals(TestPages.expected("gbk", 1, sift.classifyHtml(gbk, null)), rows(LineSiftSpark.classify(pages)));
    }

    @Test
    void aModelGivenAsBytesIsBroadcastAndUsed() throws IOException {
        byte[] model;
        try (InputStream in = LineSift.class.getResourceAsStream(ModelFile.BUNDLED)) {
            model = in.readAllBytes();
        }
        LineSift fromBytes = LineSift.load(model);
        List<String> expected = new ArrayList<>();
        expected.addAll(TestPages.expected("city", 1, fromBytes.classify(TestPages.CITY)));
        expected.addAll(TestPages.expected("port", 1, fromBytes.classify(TestPages.PORT.substring(1))));
        expected.addAll(TestPages.expected("sport", 1, fromBytes.classify(TestPages.SPORT)));
        List<String> actual = rows(LineSiftSpark.classify(textPages(), model));
        Collections.sort(expected);
        Collections.sort(actual);
        assertEquals(expected, actual);
        assertThrows(ModelFormatException.class, () -> LineSiftSpark.classify(textPages(), new byte[]{1, 2, 3}));
    }

    @Test
    void longPagesAreClassifiedInWindowsAsTheCommandLineDoes() throws IOException {
        List<String> lines = ClassifyPages.splitLines(TestPages.CITY);
        List<String> expected = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += 5) {
            expected.addAll(TestPages.expected("city", from + 1, sift.classify(lines.subList(from, Math.min(lines.size(), from + 5)))));
        }
        Dataset<Row> pages = spark.createDataFrame(List.of(RowFactory.create("city", TestPages.CITY)), TEXT_PAGES);
        assertEquals(expected, rows(LineSiftSpark.classify(pages, null, 5)));
    }

    @Test
    void pagesWithoutTheColumnsAreRefused() {
        Dataset<Row> noText = spark.createDataFrame(List.of(RowFactory.create("a", "b")),
                new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LineSiftSpark.classify(noText));
        assertTrue(e.getMessage().contains("neither a column 'text' nor 'html'"), e.getMessage());
        Dataset<Row> noId = spark.createDataFrame(List.of(RowFactory.create("a")), new StructType().add("text", DataTypes.StringType));
        assertThrows(IllegalArgumentException.class, () -> LineSiftSpark.classify(noId));
        Dataset<Row> number = spark.createDataFrame(List.of(RowFactory.create("a", 1)),
                new StructType().add("id", DataTypes.StringType).add("text", DataTypes.IntegerType));
        assertThrows(IllegalArgumentException.class, () -> LineSiftSpark.classify(number));
    }

    @Test
    void splitLinesFollowsTheCommandLine() {
        assertEquals(List.of(), ClassifyPages.splitLines(""));
        assertEquals(List.of(), ClassifyPages.splitLines("\uFEFF"));
        assertEquals(List.of("a", "", "b\r", "c"), ClassifyPages.splitLines("\uFEFFa\r\n\nb\r\r\nc\n"));
        assertEquals(List.of("x\rc"), ClassifyPages.splitLines("x\rc")); // a lone CR is kept
        assertEquals(List.of(""), ClassifyPages.splitLines("\n"));
    }

    @Test
    void distributedScoreEqualsTheLibrarysScore() {
        List<GoldPage> gold = new ArrayList<>();
        for (String[] page : new String[][]{{"city", TestPages.CITY}, {"port", TestPages.PORT.substring(1)}, {"sport", TestPages.SPORT}}) {
            List<GoldLine> lines = new ArrayList<>();
            int i = 0;
            for (String text : ClassifyPages.splitLines(page[1])) {
                // invented gold labels and operators: what matters is that both scorers count them alike
                Label label = text.isBlank() ? null : Label.ofIndex(i++ % 3);
                lines.add(new GoldLine(label, text, label == Label.SPUN ? "brand" : "-"));
            }
            gold.add(new GoldPage(page[0], lines));
        }
        Score expected = Scorer.score(sift, gold);
        Score actual = LineSiftSpark.score(spark, gold);
        assertEquals(withoutSpeed(expected.toText()), withoutSpeed(actual.toText()));
        assertEquals(expected.lines(), actual.lines());
        assertEquals(expected.macroF1(), actual.macroF1());
        assertEquals(0, LineSiftSpark.score(spark, List.of()).lines());
    }

    static String withoutSpeed(String scoreText) {
        return scoreText.replaceAll("(?m)^speed .*$", "speed -");
    }
}
