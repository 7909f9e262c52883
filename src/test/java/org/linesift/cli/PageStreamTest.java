package org.linesift.cli;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageStreamTest {
    static List<PageStream.Page> all(String text, boolean multi, int max) throws IOException {
        return all(text.getBytes(StandardCharsets.UTF_8), multi, max);
    }

    static List<PageStream.Page> all(byte[] bytes, boolean multi, int max) throws IOException {
        List<PageStream.Page> out = new ArrayList<>();
        try (PageStream s = new PageStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, multi, max)) {
            for (PageStream.Page p; (p = s.next()) != null; ) out.add(p);
            assertNull(s.next());
        }
        return out;
    }

    @Test
    void oneFileIsOnePageSplitLikeLineSiftSplitsText() throws IOException {
        List<PageStream.Page> p = all("\uFEFFa\r\nb\n\nc\rd\n", false, 100);
        assertEquals(1, p.size());
        assertEquals(List.of("a", "b", "", "c\rd"), p.get(0).lines());
        assertEquals(1, p.get(0).firstLine());
        assertNull(p.get(0).id());
        assertEquals(List.of(), all("", false, 100));
        assertEquals(List.of(""), all("\n", false, 100).get(0).lines());
        assertEquals(List.of("x"), all("x", false, 100).get(0).lines());
    }

    @Test
    void aLongPageComesInWindowsWithTheirFileLineNumbers() throws IOException {
        List<PageStream.Page> p = all("1\n2\n3\n4\n5\n", false, 2);
        assertEquals(3, p.size());
        assertEquals(List.of("1", "2"), p.get(0).lines());
        assertEquals(List.of("3", "4"), p.get(1).lines());
        assertEquals(List.of("5"), p.get(2).lines());
        assertEquals(List.of(1L, 3L, 5L), p.stream().map(PageStream.Page::firstLine).toList());
    }

    @Test
    void pageHeadersOpenPagesWhenAsked() throws IOException {
        String text = "# page: a first\nx\ny\n# page: empty\n# page: b\nz\n";
        List<PageStream.Page> p = all(text, true, 100);
        assertEquals(List.of("a", "empty", "b"), p.stream().map(PageStream.Page::id).toList());
        assertEquals(List.of(List.of("x", "y"), List.of(), List.of("z")), p.stream().map(PageStream.Page::lines).toList());
        assertEquals(List.of(2L, 5L, 6L), p.stream().map(PageStream.Page::firstLine).toList());
        // without --pages the headers are ordinary lines
        assertEquals(6, all(text, false, 100).get(0).lines().size());
        // lines before the first header form a page of their own, with no id
        List<PageStream.Page> q = all("pre\n# page: a\nx\n", true, 100);
        assertEquals(2, q.size());
        assertNull(q.get(0).id());
        assertEquals("a", q.get(1).id());
        // a header with no id gets one from its line number
        assertEquals("page-at-line-1", all("# page:\nx\n", true, 100).get(0).id());
    }

    @Test
    void aLoneCarriageReturnAtTheEndStaysInTheLine() throws IOException {
        assertEquals(List.of("a\r"), all("a\r", false, 10).get(0).lines());
        assertEquals(List.of("a", "b"), all("a\r\nb", false, 10).get(0).lines());
    }

    @Test
    void undecodableBytesBecomeReplacementCharacters() throws IOException {
        byte[] bytes = {'a', (byte) 0xff, '\n', 'b'};
        assertEquals(List.of("a\uFFFD", "b"), all(bytes, false, 10).get(0).lines());
    }

    @Property(tries = 300)
    void concatenatedPagesGiveBackTheText(@ForAll @StringLength(max = 200) String text, @ForAll @IntRange(min = 1, max = 5) int max)
            throws IOException {
        String clean = text.replace("\uFEFF", "").replace("\uFFFD", "");
        if (clean.chars().anyMatch(c -> Character.isSurrogate((char) c))) return; // unpaired surrogates do not survive UTF-8
        List<String> lines = new ArrayList<>();
        for (PageStream.Page p : all(clean, false, max)) lines.addAll(p.lines());
        List<String> expected = splitLines(clean);
        assertEquals(expected, lines);
    }

    /** The oracle: lines end at \n, a \r before it is dropped, a leading BOM is dropped, no line after a final \n. */
    private static List<String> splitLines(String s) {
        List<String> out = new ArrayList<>();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            // only a \r before a \n ends a line with it: a lone \r at the end of the text stays (as PageStream keeps it)
            out.add(s.substring(start, nl >= 0 && end > start && s.charAt(end - 1) == '\r' ? end - 1 : end));
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }
}
