package org.linesift.bench;

import org.linesift.LineSift;
import org.linesift.model.Model;
import org.linesift.model.ModelFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shared, immutable benchmark inputs: the bundled model and the hand-written typical page
 * ({@code /typical-page.txt}, 100 lines of invented Chinese news text with nav, body and spun lines).
 * Everything is built once per JVM and handed to the {@code @State} objects in their {@code @Setup}.
 */
final class Fixtures {
    private Fixtures() {}

    /** Classpath location of the bundled model inside the LineSift jar (see LineSift.DEFAULT_MODEL). */
    static final String MODEL_RESOURCE = "/org/linesift/models/default.lsm";
    static final String PAGE_RESOURCE = "/typical-page.txt";

    /** Lines in typical-page.txt. Checked by {@link #typicalPageLines()}. */
    static final int TYPICAL_PAGE_LINES = 100;

    /**
     * UTF-8 bytes of typical-page.txt (100 lines, each ending in '\n'). A compile-time constant so that it can
     * drive {@code @OperationsPerInvocation}; {@link #typicalPageBytes()} fails if the file no longer matches.
     */
    static final int TYPICAL_PAGE_BYTES = 8453;

    /** A typical body line: line 17 of typical-page.txt, one article paragraph of 72 chars (216 UTF-8 bytes). */
    static final int TYPICAL_LINE_INDEX = 16;

    private static volatile LineSift sift;

    static LineSift sift() {
        LineSift s = sift;
        if (s == null) {
            synchronized (Fixtures.class) {
                if (sift == null) sift = LineSift.load();
                s = sift;
            }
        }
        return s;
    }

    /** The bundled model, read again from the classpath to reach the internals (featuriser, tokeniser). */
    static Model model() {
        try (InputStream in = LineSift.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException(MODEL_RESOURCE + " is not on the classpath");
            return ModelFile.read(in.readAllBytes(), "bundled model");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] typicalPageBytes() {
        try (InputStream in = Fixtures.class.getResourceAsStream(PAGE_RESOURCE)) {
            if (in == null) throw new IllegalStateException(PAGE_RESOURCE + " is not on the classpath");
            byte[] b = in.readAllBytes();
            if (b.length != TYPICAL_PAGE_BYTES) {
                throw new IllegalStateException("typical-page.txt has " + b.length + " bytes; update Fixtures.TYPICAL_PAGE_BYTES (now "
                        + TYPICAL_PAGE_BYTES + ") so that the MB/s benchmarks stay correct");
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String typicalPageText() {
        return new String(typicalPageBytes(), StandardCharsets.UTF_8);
    }

    static String[] typicalPageLines() {
        String text = typicalPageText();
        if (!text.endsWith("\n")) throw new IllegalStateException("typical-page.txt must end with a newline");
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length != TYPICAL_PAGE_LINES) {
            throw new IllegalStateException("typical-page.txt has " + lines.length + " lines, expected " + TYPICAL_PAGE_LINES);
        }
        return lines;
    }

    static String typicalLine() {
        return typicalPageLines()[TYPICAL_LINE_INDEX];
    }

    /**
     * A line of exactly {@code chars} chars of prose: the article paragraphs of the typical page (lines of 60 or
     * more chars), concatenated in order and cut at {@code chars}, repeated if needed.
     */
    static String proseLine(int chars) {
        StringBuilder prose = new StringBuilder();
        for (String l : typicalPageLines()) if (l.length() >= 60) prose.append(l);
        StringBuilder sb = new StringBuilder(chars);
        while (sb.length() < chars) sb.append(prose, 0, Math.min(prose.length(), chars - sb.length()));
        return sb.toString();
    }

    /**
     * A page of {@code n} lines with the same mix as the typical page. Up to 100 lines it samples the typical page
     * evenly (line {@code j * 100 / n}), so a 10-line page still holds nav, body and spun lines; above 100 it
     * concatenates copies of the typical page (the last one cut short), like a long list or forum page.
     */
    static List<String> scaledPage(int n) {
        String[] typical = typicalPageLines();
        List<String> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            out.add(n <= typical.length ? typical[(int) ((long) j * typical.length / n)] : typical[j % typical.length]);
        }
        return out;
    }

    static List<String> typicalPageList() {
        return List.copyOf(Arrays.asList(typicalPageLines()));
    }

    static int utf8Bytes(List<String> lines) {
        int b = 0;
        for (String l : lines) b += l.getBytes(StandardCharsets.UTF_8).length + 1;
        return b;
    }
}
