package org.linesift.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SplitLinesTest {
    @Test
    void splitsLikeLineNumbersInAnEditor() {
        assertEquals(List.of(), CliSupport.splitLines(""));
        assertEquals(List.of("a"), CliSupport.splitLines("a"));
        assertEquals(List.of("a"), CliSupport.splitLines("a\n"));
        assertEquals(List.of("a", "", "b"), CliSupport.splitLines("a\r\n\r\nb\r\n"));
        assertEquals(List.of("", "a"), CliSupport.splitLines("\na"));
        assertEquals(List.of("a"), CliSupport.splitLines("\uFEFFa\n"));
    }

    @Test
    void malformedUtf8BecomesReplacementCharacter() throws Exception {
        byte[] bytes = {(byte) 0xe4, (byte) 0xb8, (byte) 0xad, (byte) 0xff, '\n', (byte) 0xc3, '\n', 'x'};
        List<String> lines = CliSupport.readPage("-", new ByteArrayInputStream(bytes));
        assertEquals(List.of("中\uFFFD", "\uFFFD", "x"), lines);
        Path f = Files.createTempFile("page", ".txt");
        try {
            Files.write(f, bytes);
            assertEquals(lines, CliSupport.readPage(f.toString(), null));
        } finally {
            Files.delete(f);
        }
    }
}
