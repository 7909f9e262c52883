package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Exit codes and one-line messages for user errors. None of these need a model. */
class MainErrorTest {
    @TempDir
    Path dir;

    private static void assertUserError(CliTestSupport.Result r, String... fragments) {
        assertEquals(2, r.code(), () -> "exit code; stderr was: " + r.err());
        String[] lines = r.errLines();
        assertEquals(1, lines.length, () -> "exactly one line on stderr, got: " + r.err());
        assertTrue(lines[0].startsWith("linesift: "), lines[0]);
        assertFalse(r.err().contains("\tat "), "no stack trace");
        for (String f : fragments) assertTrue(lines[0].contains(f), () -> "'" + f + "' not in: " + lines[0]);
    }

    @Test
    void missingPageFile() {
        String missing = dir.resolve("no-such-page.txt").toString();
        assertUserError(CliTestSupport.run("classify", missing), missing, "no such file");
    }

    @Test
    void missingCorpusFile() {
        String missing = dir.resolve("gold.tsv").toString();
        assertUserError(CliTestSupport.run("score", missing), missing);
    }

    @Test
    void scoreShortWithoutAnArticle() throws Exception {
        Path gold = dir.resolve("nav-only.tsv");
        Files.writeString(gold, "# page: a\nnav\t首页 | 新闻\nnav\t关于我们\n");
        assertUserError(CliTestSupport.run("score", "--short", gold.toString()), "--short", "no page has an article");
    }

    @Test
    void missingModelFile() throws Exception {
        Path page = dir.resolve("p.txt");
        Files.writeString(page, "一行\n");
        String missing = dir.resolve("m.lsm").toString();
        assertUserError(CliTestSupport.run("classify", "--model", missing, page.toString()), missing);
    }

    @Test
    void badOption() {
        assertUserError(CliTestSupport.run("classify", "--bogus", "x.txt"), "--bogus");
    }

    @Test
    void badFormatValue() {
        assertUserError(CliTestSupport.run("classify", "--format", "xml", "x.txt"), "xml");
    }

    @Test
    void unknownSubcommand() {
        assertUserError(CliTestSupport.run("frobnicate"));
    }

    @Test
    void noSubcommand() {
        assertUserError(CliTestSupport.run(), "missing command");
    }

    @Test
    void missingRequiredOut() throws Exception {
        assertUserError(CliTestSupport.run("train", "corpus.tsv"), "--out");
    }

    @Test
    void malformedCorpusLine() throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "# page: p1\nbody\t这是正文。\nthis line has no tab\nnav\t首页\n", StandardCharsets.UTF_8);
        assertUserError(CliTestSupport.run("score", gold.toString()), gold + ":3:");
        assertUserError(CliTestSupport.run("train", "--out", dir.resolve("m.lsm").toString(), gold.toString()), gold + ":3:");
    }

    @Test
    void unknownLabel() throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "body\t正文\nspam\t广告\n", StandardCharsets.UTF_8);
        assertUserError(CliTestSupport.run("score", "--json", gold.toString()), gold + ":2:", "spam");
    }

    @Test
    void invalidUtf8Corpus() throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.write(gold, new byte[] {'b', 'o', 'd', 'y', '\t', (byte) 0xff, (byte) 0xfe, '\n'});
        assertUserError(CliTestSupport.run("score", gold.toString()), gold + ":1:");
    }

    @Test
    void opsNeedsExactlyOneCorpus() throws Exception {
        Path a = dir.resolve("a.tsv");
        Files.writeString(a, "body\t正文\n");
        assertUserError(CliTestSupport.run("score", "--ops", a + ".ops", a.toString(), a.toString()), "--ops");
    }

    @Test
    void opsFileWithWrongLineCount() throws Exception {
        Path a = dir.resolve("a.tsv");
        Files.writeString(a, "body\t正文\nnav\t首页\n");
        Path ops = dir.resolve("x.ops");
        Files.writeString(ops, "-\n");
        assertUserError(CliTestSupport.run("score", "--ops", ops.toString(), a.toString()), ops + ":2:");
    }

    @Test
    void trainRefusesToOverwrite() throws Exception {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "body\t正文\nnav\t首页\n");
        Path out = dir.resolve("model.lsm");
        Files.writeString(out, "precious");
        assertUserError(CliTestSupport.run("train", "--out", out.toString(), gold.toString()), out.toString(), "--force");
        assertEquals("precious", Files.readString(out));
    }

    @Test
    void corruptModelFile() throws Exception {
        Path page = dir.resolve("p.txt");
        Files.writeString(page, "一行\n");
        Path model = dir.resolve("bad.lsm");
        Files.write(model, new byte[] {0, 1, 2, 3, 4, 5, 6, 7});
        assertUserError(CliTestSupport.run("classify", "--model", model.toString(), page.toString()));
    }

    @Test
    void internalErrorIsExitOneWithOneLine() {
        java.io.StringWriter sw = new java.io.StringWriter();
        int code = Main.handle(new IllegalStateException("boom\nsecond line"), new java.io.PrintWriter(sw, true));
        assertEquals(1, code);
        String err = sw.toString();
        assertTrue(err.startsWith("linesift: internal error: java.lang.IllegalStateException: boom second line"), err);
        if (System.getenv("LINESIFT_DEBUG") == null) assertEquals(1, err.split("\n").length, err);
    }

    @Test
    void modelPathIsADirectory() throws Exception {
        Path page = dir.resolve("p.txt");
        Files.writeString(page, "一行\n");
        assertUserError(CliTestSupport.run("classify", "--model", dir.toString(), page.toString()), "directory");
    }

    @Test
    void helpAndVersionSucceed() {
        CliTestSupport.Result help = CliTestSupport.run("--help");
        assertEquals(0, help.code());
        for (String sub : new String[] {"classify", "score", "train"}) assertTrue(help.out().contains(sub), help.out());
        assertEquals(0, CliTestSupport.run("classify", "--help").code());
        for (String sub : new String[] {"classify", "score", "train", "average", "synth", "score-spans", "score-variants"}) {
            // picocli reads descriptions as format strings: a bare '%' makes it warn on System.err and print them raw
            java.io.PrintStream old = System.err;
            java.io.ByteArrayOutputStream warn = new java.io.ByteArrayOutputStream();
            CliTestSupport.Result r;
            try {
                System.setErr(new java.io.PrintStream(warn, true, java.nio.charset.StandardCharsets.UTF_8));
                r = CliTestSupport.run(sub, "--help");
            } finally {
                System.setErr(old);
            }
            assertEquals(0, r.code(), sub);
            assertEquals("", warn.toString(java.nio.charset.StandardCharsets.UTF_8), sub + " --help");
        }
        CliTestSupport.Result v = CliTestSupport.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("linesift "), v.out());
    }
}
