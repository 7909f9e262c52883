package org.linesift.train;

import org.linesift.Label;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and writes the labelled-corpus format: {@code # page: ID} headers, {@code LABEL<TAB>TEXT} lines,
 * optional {@code NAME.ops} sibling naming the spam operator of each line.
 */
public final class Corpus {
    private Corpus() {}

    /** Reads a corpus strictly: the first bad line throws. The {@code .ops} sibling is read when present. */
    public static List<GoldPage> read(Path file) throws IOException {
        return read(file, null);
    }

    /** The line that opens a page. */
    public static final String PAGE_HEADER = "# page:";

    /** The page id of a header line ({@code # page: ID anything else}): its first word, or "" when it has none. */
    public static String pageId(String headerLine) {
        String rest = headerLine.substring(PAGE_HEADER.length()).trim();
        int sp = rest.indexOf(' ');
        return sp < 0 ? rest : rest.substring(0, sp);
    }

    /**
     * Reads a corpus. When {@code onBadLine} is non-null, bad lines are skipped and reported to it
     * (lenient mode); otherwise the first bad line throws {@link CorpusFormatException}.
     */
    public static List<GoldPage> read(Path file, Consumer<CorpusFormatException> onBadLine) throws IOException {
        List<String> lines = readUtf8Lines(file);
        List<String> ops = sidecar(file, "ops", lines.size(), onBadLine);
        List<String> markup = sidecar(file, "markup", lines.size(), onBadLine);
        String name = file.toString();
        List<GoldPage> pages = new ArrayList<>();
        String pageId = null;
        String fileId = file.getFileName().toString().replaceFirst("\\.lines\\.tsv$|\\.tsv$|\\.txt$", "");
        List<GoldLine> current = new ArrayList<>();
        int anon = 0;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (i == 0 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') raw = raw.substring(1);
            if (raw.startsWith(PAGE_HEADER)) {
                if (!current.isEmpty()) pages.add(new GoldPage(pageId == null ? fileId : pageId, current));
                current = new ArrayList<>();
                pageId = pageId(raw);
                if (pageId.isEmpty()) pageId = "page-" + (++anon);
                continue;
            }
            if (raw.startsWith("#")) continue;
            if (raw.isBlank()) {
                continue; // a blank line may close a page, but carries no meaning otherwise
            }
            int tab = raw.indexOf('\t');
            if (tab < 0) {
                bad(onBadLine, name, i + 1, "expected LABEL<TAB>TEXT, found no tab");
                continue;
            }
            String lab = raw.substring(0, tab).trim();
            Label label;
            try {
                label = Label.parse(lab);
            } catch (IllegalArgumentException e) {
                bad(onBadLine, name, i + 1, e.getMessage());
                continue;
            }
            String text = raw.substring(tab + 1);
            if (text.indexOf('\t') >= 0) {
                bad(onBadLine, name, i + 1, "text contains a tab");
                continue;
            }
            String op = null;
            if (ops != null) {
                op = ops.get(i).trim();
                if (op.isEmpty()) op = null;
            }
            String mk = null;
            if (markup != null) {
                mk = markup.get(i).trim();
                if (mk.isEmpty() || mk.equals("-")) mk = null;
            }
            current.add(new GoldLine(label, text, op, mk));
        }
        if (!current.isEmpty()) pages.add(new GoldPage(pageId == null ? fileId : pageId, current));
        return pages;
    }

    /** The lines of {@code FILE.suffix}, one per corpus line, or null when it is absent (or, leniently, the wrong length). */
    private static List<String> sidecar(Path file, String suffix, int corpusLines, Consumer<CorpusFormatException> onBadLine)
            throws IOException {
        Path side = file.resolveSibling(file.getFileName() + "." + suffix);
        if (!Files.isRegularFile(side)) return null;
        List<String> out = readUtf8Lines(side);
        if (out.size() == corpusLines) return out;
        CorpusFormatException e = new CorpusFormatException(side.toString(), Math.min(out.size(), corpusLines) + 1,
                suffix + " file has " + out.size() + " lines but the corpus has " + corpusLines);
        if (onBadLine == null) throw e;
        onBadLine.accept(e);
        return null;
    }

    private static void bad(Consumer<CorpusFormatException> onBadLine, String file, long line, String reason)
            throws CorpusFormatException {
        CorpusFormatException e = new CorpusFormatException(file, line, reason);
        if (onBadLine == null) throw e;
        onBadLine.accept(e);
    }

    /** Reads a whole file as strict UTF-8 lines; a decoding error is reported as a {@link CorpusFormatException}. */
    static List<String> readUtf8Lines(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString(), null, "no such file");
        if (Files.isDirectory(file)) throw new IOException(file + ": is a directory");
        List<String> out = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            String s;
            while ((s = r.readLine()) != null) out.add(s);
        } catch (CharacterCodingException e) {
            throw new CorpusFormatException(file.toString(), out.size() + 1, "not valid UTF-8");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    /**
     * Writes pages in corpus format, plus {@code FILE.ops} when any line has an operator and {@code FILE.markup}
     * (the markup tokens of lines cut from HTML, one line per corpus line, {@code -} for none) when any has markup.
     * Both files are written to temporary files first and then renamed, so an interrupted write leaves
     * any earlier files intact. Refuses to overwrite unless {@code force}.
     */
    public static void write(Path file, List<GoldPage> pages, boolean force) throws IOException {
        Path opsFile = file.resolveSibling(file.getFileName() + ".ops");
        if (!force) {
            if (Files.exists(file)) throw new FileAlreadyExistsException(file.toString(), null, "exists (use --force to overwrite)");
        }
        boolean anyOps = false, anyMarkup = false;
        for (GoldPage p : pages) for (GoldLine l : p.lines()) { anyOps |= l.op() != null; anyMarkup |= l.markup() != null; }
        StringBuilder corpus = new StringBuilder(1 << 16);
        StringBuilder opsOut = new StringBuilder(1 << 12);
        StringBuilder markupOut = new StringBuilder(anyMarkup ? 1 << 16 : 0);
        for (GoldPage p : pages) {
            corpus.append("# page: ").append(p.id()).append('\n');
            opsOut.append("# page: ").append(p.id()).append('\n');
            if (anyMarkup) markupOut.append("# page: ").append(p.id()).append('\n');
            for (GoldLine l : p.lines()) {
                corpus.append(l.labelId()).append('\t').append(sanitize(l.text())).append('\n');
                opsOut.append(l.op() == null ? "-" : l.op()).append('\n');
                if (anyMarkup) markupOut.append(l.markup() == null ? "-" : sanitize(l.markup())).append('\n');
            }
            corpus.append('\n');
            opsOut.append('\n');
            if (anyMarkup) markupOut.append('\n');
        }
        writeAtomically(file, corpus);
        if (anyOps) writeAtomically(opsFile, opsOut);
        else Files.deleteIfExists(opsFile); // a stale one would be read as this corpus's operators
        Path markupFile = file.resolveSibling(file.getFileName() + ".markup");
        if (anyMarkup) writeAtomically(markupFile, markupOut);
        else Files.deleteIfExists(markupFile); // a stale one would be read as this corpus's markup
    }

    private static String sanitize(String text) {
        if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Writes text to a temporary sibling, then renames it over the target. */
    public static void writeAtomically(Path target, CharSequence content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.append(content);
            }
            moveAtomically(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes bytes to a temporary sibling, then renames it over the target. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content);
            moveAtomically(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveAtomically(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
