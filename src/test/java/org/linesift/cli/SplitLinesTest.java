package org.linesift.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SplitLinesTest {
    /** A page's lines as the command line reads them from standard input. */
    private static List<String> read(String text) throws Exception {
        return CliSupport.readPage("-", new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void splitsLikeLineNumbersInAnEditor() throws Exception {
        assertEquals(List.of(), read(""));
        assertEquals(List.of("a"), read("a"));
        assertEquals(List.of("a"), read("a\n"));
        assertEquals(List.of("a", "", "b"), read("a\r\n\r\nb\r\n"));
        assertEquals(List.of("", "a"), read("\na"));
        assertEquals(List.of("a"), read("\uFEFFa\n"));
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
