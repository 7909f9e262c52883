package org.linesift.cli;

import org.junit.jupiter.api.Assumptions;
import org.linesift.LineSift;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and captures its output. */
final class CliTestSupport {
    private CliTestSupport() {}

    record Result(int code, String out, String err) {
        String[] errLines() { return err.isEmpty() ? new String[0] : err.split("\n"); }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(o, e, args);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the CLI with {@code args} and asserts a user error: exit code 2 and {@code expected} in standard error. */
    static void assertUserError(String expected, String... args) {
        Result r = run(args);
        org.junit.jupiter.api.Assertions.assertEquals(2, r.code(), r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().contains(expected), r.err());
    }

    static void assumeBundledModel() {
        Assumptions.assumeTrue(LineSift.class.getResource("/org/linesift/models/default.lsm") != null,
                "bundled model not built yet");
    }

    /** {@code ../shared} relative to the repository root (the working directory of the tests). */
    static Path assumeShared() {
        Path shared = Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus")), "shared corpus not found at " + shared);
        return shared;
    }
}
