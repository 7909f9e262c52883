package org.linesift.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.LineSift;
import org.linesift.eval.Scorer;
import org.linesift.train.Corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job's command line: errors, refusing to overwrite, and round trips through files. */
class MainTest {
    private static LineSift sift;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        TestPages.spark(); // the job finds this session and leaves it running
        sift = LineSift.load();
    }

    /** Exit code, standard output and standard error of one run. */
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A user error: exit code 2 and one line on standard error that says {@code what}, no stack trace. */
    private static void assertUserError(Run r, String what) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("linesift-spark: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(what), r.err());
    }

    @Test
    void aMissingInputIsRefusedWithExitCode2() {
        Path missing = dir.resolve("no-such-pages");
        Run r = run("classify", "--input", missing.toString(), "--out", dir.resolve("out").toString());
        assertUserError(r, missing + ": no such file or directory");
        assertFalse(Files.exists(dir.resolve("out")));
        assertUserError(run("classify", "--format", "jsonl", "--input", dir.resolve("*.jsonl").toString(), "--out", dir.resolve("out").toString()),
                "no such file or directory");
        assertUserError(run("score", dir.resolve("gold.tsv").toString()), "gold.tsv: no such file");
    }

    @Test
    void badOptionsAreRefusedWithExitCode2() throws IOException {
        Files.writeString(dir.resolve("page.txt"), TestPages.SPORT);
        String in = dir.resolve("page.txt").toString();
        assertUserError(run("classify", "--input", in, "--out", dir.resolve("o").toString(), "--format", "xml"), "--format");
        assertUserError(run("classify", "--input", in), "--out");
        assertUserError(run("classify", "--input", in, "--out", dir.resolve("o").toString(), "--model", dir.resolve("m.lsm").toString()), "m.lsm: no such file");
        Files.write(dir.resolve("bad.lsm"), new byte[]{1, 2, 3});
        assertUserError(run("classify", "--input", in, "--out", dir.resolve("o").toString(), "--model", dir.resolve("bad.lsm").toString()),
                "bad.lsm: not a LineSift model");
        assertUserError(run("frobnicate"), "frobnicate");
        assertUserError(run("classify", "--input", in, "--out", dir.toString(), "--force"), "the output must lie outside the input");
        assertTrue(Files.exists(dir.resolve("page.txt")));
        Files.writeString(dir.resolve("bad.tsv"), "# page: p\nbody\tfine\nnonsense line\n");
        assertUserError(run("score", dir.resolve("bad.tsv").toString()), "bad.tsv:3");
    }

    @Test
    void inputThatIsNotInItsFormatIsAUserError() throws IOException {
        Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\": broken\n");
        assertUserError(run("classify", "--format", "jsonl", "--input", dir.resolve("bad.jsonl").toString(), "--out", dir.resolve("o").toString()),
                "malformed JSON in the input: Unrecognized token 'broken'");
        Files.writeString(dir.resolve("page.txt"), TestPages.SPORT);
        assertUserError(run("classify", "--format", "parquet", "--input", dir.resolve("page.txt").toString(), "--out", dir.resolve("o").toString()),
                "is not a Parquet file");
        Files.writeString(dir.resolve("nocol.jsonl"), "{\"id\":\"a\",\"body\":\"x\"}\n");
        assertUserError(run("classify", "--format", "jsonl", "--input", dir.resolve("nocol.jsonl").toString(), "--out", dir.resolve("o").toString()),
                "neither a column 'text' nor 'html'");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void anExistingOutputIsKeptUnlessForced() throws IOException {
        Files.writeString(dir.resolve("page.txt"), TestPages.SPORT);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("precious.txt"), "keep me");
        String[] args = {"classify", "--input", dir.resolve("page.txt").toString(), "--out", out.toString()};
        assertUserError(run(args), out + ": already exists (pass --force to replace it)");
        assertEquals("keep me", Files.readString(out.resolve("precious.txt")));

        List<String> forced = new ArrayList<>(List.of(args));
        forced.add("--force");
        Run r = run(forced.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(out.resolve("precious.txt")));
        assertEquals(4, TestPages.spark().read().parquet(out.toString()).count());
    }

    @Test
    void jsonlRoundTrip() throws IOException {
        Path in = dir.resolve("pages.jsonl");
        Files.writeString(in, json("city", "text", TestPages.CITY) + "\n" + json("port", "text", TestPages.PORT) + "\n"
                + json("html", "html", TestPages.HTML) + "\n");
        Path out = dir.resolve("lines");
        Run r = run("classify", "--format", "jsonl", "--input", in.toString(), "--out", out.toString(), "--out-format", "jsonl");
        assertEquals(0, r.code(), r.err());

        SparkSession spark = TestPages.spark();
        List<String> actual = new ArrayList<>();
        for (Row row : spark.read().schema(LineSiftSpark.LINES).json(out.toString()).collectAsList()) actual.add(TestPages.key(row));
        List<String> expected = new ArrayList<>();
        expected.addAll(TestPages.expected("city", 1, sift.classify(TestPages.CITY)));
        expected.addAll(TestPages.expected("port", 1, sift.classify(TestPages.PORT.substring(1))));
        expected.addAll(TestPages.expected("html", 1, sift.classifyHtml(TestPages.HTML)));
        Collections.sort(expected);
        Collections.sort(actual);
        assertEquals(expected, actual);
        assertTrue(r.err().contains("wrote " + expected.size() + " lines to " + out), r.err());
    }

    @Test
    void textFilesAreOnePageEachAndHtmlFilesAreReadAsHtml() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages/sub"));
        Files.writeString(pages.resolve("city.txt"), TestPages.CITY);
        Files.writeString(pages.getParent().resolve("page.html"), TestPages.HTML);
        Path out = dir.resolve("parquet");
        Run r = run("classify", "--input", pages.getParent().toString(), "--out", out.toString(), "--partitions", "2");
        assertEquals(0, r.code(), r.err());
        List<String> actual = new ArrayList<>();
        for (Row row : TestPages.spark().read().parquet(out.toString()).collectAsList()) actual.add(TestPages.key(row));
        List<String> expected = new ArrayList<>();
        expected.addAll(TestPages.expected(pages.resolve("city.txt").toUri().toString().replace("file:///", "file:/"), 1, sift.classify(TestPages.CITY)));
        expected.addAll(TestPages.expected(pages.getParent().resolve("page.html").toUri().toString().replace("file:///", "file:/"), 1,
                sift.classifyHtml(TestPages.HTML.getBytes(StandardCharsets.UTF_8), null)));
        Collections.sort(expected);
        Collections.sort(actual);
        assertEquals(expected, actual);
    }

    @Test
    void scorePrintsTheLibrarysReport() throws IOException {
        Path gold = dir.resolve("gold.tsv");
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String[] page : new String[][]{{"city", TestPages.CITY}, {"sport", TestPages.SPORT}}) {
            sb.append("# page: ").append(page[0]).append('\n');
            for (String line : ClassifyPages.splitLines(page[1])) {
                if (!line.isBlank()) sb.append(n++ % 4 == 0 ? "nav" : "body").append('\t').append(line).append('\n');
            }
        }
        Files.writeString(gold, sb);
        Run r = run("score", gold.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(LineSiftSparkTest.withoutSpeed(Scorer.score(sift, Corpus.read(gold)).toText()), LineSiftSparkTest.withoutSpeed(r.out()));
        assertTrue(r.err().contains("classified 15 lines of 2 pages"), r.err());
        Run json = run("score", "--json", gold.toString());
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().startsWith("{\"lines\":15,"), json.out());
    }

    private static String json(String id, String field, String value) {
        StringBuilder sb = new StringBuilder("{\"id\":\"").append(id).append("\",\"").append(field).append("\":\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append("\"}").toString();
    }
}
