package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The CLI on input a crawler really meets: binary garbage, a huge single line, control characters. */
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void binaryGarbageIsClassifiedLineByLineWithoutAnError() throws Exception {
        CliTestSupport.assumeBundledModel();
        byte[] junk = new byte[64 * 1024];
        new Random(5).nextBytes(junk);
        Path f = dir.resolve("junk.bin");
        Files.write(f, junk);
        long lines = 1;
        for (byte b : junk) if (b == '\n') lines++;
        CliTestSupport.Result r = CliTestSupport.run("classify", "--format", "tsv", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        long rows = r.out().lines().count();
        assertTrue(rows > 0 && rows <= lines, rows + " rows for " + lines + " lines");
        for (String row : r.out().split("\n")) assertEquals(7, row.split("\t", -1).length, "seven tsv columns: " + row);
    }

    @Test
    void aTenMegabyteLineIsOneRow() throws Exception {
        CliTestSupport.assumeBundledModel();
        StringBuilder sb = new StringBuilder(10_500_000);
        sb.append("标题\n");
        while (sb.length() < 10_000_000) sb.append("城南新区今年新签约项目十二个，总投资超过八十亿元。\u0000\u0007");
        sb.append("\n页脚\n");
        Path f = dir.resolve("long.txt");
        Files.writeString(f, sb);
        CliTestSupport.Result r = CliTestSupport.run("classify", "--format", "tsv", f.toString());
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\n");
        assertEquals(3, rows.length);
        assertTrue(rows[1].startsWith(f + "\t2\t"), rows[1].substring(0, 80));
    }
}
