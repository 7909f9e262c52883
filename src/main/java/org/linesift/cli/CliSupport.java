package org.linesift.cli;

import org.linesift.LineSift;
import org.linesift.eval.OpsFile;
import org.linesift.train.Corpus;
import org.linesift.train.CorpusFormatException;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Small helpers shared by the commands: loading models, reading corpora and page files. */
final class CliSupport {
    private CliSupport() {}

    /** {@link #loadModel(Path)}, {@link LineSift#withoutKnownBrands() without} the known-brands list if asked. */
    static LineSift loadModel(Path file, boolean noKnownBrands) throws IOException {
        LineSift sift = loadModel(file);
        return noKnownBrands ? sift.withoutKnownBrands() : sift;
    }

    /** The model at {@code file}, or the bundled model when {@code file} is null. */
    static LineSift loadModel(Path file) throws IOException {
        if (file == null) return LineSift.load();
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
        if (Files.isDirectory(file)) throw new UserError(file + ": is a directory, not a model file");
        return LineSift.load(file);
    }

    /**
     * Reads corpus files. In lenient mode bad lines are skipped and counted on {@code err}; otherwise the first
     * bad line throws {@link CorpusFormatException}. {@code ops}, when non-null, overrides operators of the single
     * corpus file.
     */
    static List<GoldPage> readCorpora(List<Path> files, boolean lenient, Path ops, PrintWriter err) throws IOException {
        if (ops != null && files.size() != 1) throw new UserError("--ops needs exactly one corpus file, got " + files.size());
        List<GoldPage> all = new ArrayList<>();
        for (Path f : files) {
            if (!Files.exists(f)) throw new NoSuchFileException(f.toString());
            List<GoldPage> pages;
            Set<Long> skipped = new HashSet<>();
            if (lenient) {
                List<CorpusFormatException> bad = new ArrayList<>();
                pages = Corpus.read(f, bad::add);
                for (CorpusFormatException e : bad) if (e.file().equals(f.toString())) skipped.add(e.line());
                if (!bad.isEmpty()) {
                    err.println("linesift: warning: skipped " + bad.size() + " bad line" + (bad.size() == 1 ? "" : "s")
                            + " in " + f + " (first: " + Main.oneLine(bad.get(0).getMessage()) + ")");
                }
            } else {
                pages = Corpus.read(f);
            }
            if (ops != null) pages = OpsFile.apply(f, pages, ops, skipped);
            all.addAll(pages);
        }
        return all;
    }

    /** Throws a user error when the pages hold no labelled line. */
    static void requireLabelled(List<GoldPage> pages, String what) {
        for (GoldPage p : pages) for (GoldLine l : p.lines()) if (l.label() != null) return;
        throw new UserError(what + ": no labelled lines");
    }

    /**
     * Reads one page file ({@code -} for stdin) as UTF-8, replacing malformed bytes with U+FFFD, and splits it
     * into lines at {@code \n} (a {@code \r} before it is dropped). A trailing newline does not make an extra
     * line; a leading byte-order mark is removed.
     */
    /** Fails early, with a user error, if a page file cannot be read ({@code -} is standard input). */
    static void checkReadable(String name) throws IOException {
        if (name.equals("-")) return;
        Path p = Path.of(name);
        if (!Files.exists(p)) throw new NoSuchFileException(name);
        if (Files.isDirectory(p)) throw new UserError(name + ": is a directory");
        if (!Files.isReadable(p)) throw new java.nio.file.AccessDeniedException(name);
    }

    static List<String> readPage(String name, InputStream stdin) throws IOException {
        return readPage(name, stdin, StandardCharsets.UTF_8);
    }

    /**
     * Reads one page in the given charset. Undecodable bytes become U+FFFD: a line is never dropped and
     * decoding never fails.
     */
    static List<String> readPage(String name, InputStream stdin, java.nio.charset.Charset charset) throws IOException {
        // the same reader classify streams with, as one page however long
        try (PageStream in = new PageStream(new java.io.ByteArrayInputStream(readBytes(name, stdin)), charset, false, Integer.MAX_VALUE)) {
            PageStream.Page page = in.next();
            return page == null ? new ArrayList<>() : page.lines();
        }
    }

    /** The bytes of a file, or of standard input for {@code -}. */
    static byte[] readBytes(String name, InputStream stdin) throws IOException {
        if (name.equals("-")) return stdin.readAllBytes();
        Path p = Path.of(name);
        if (!Files.exists(p)) throw new NoSuchFileException(name);
        if (Files.isDirectory(p)) throw new UserError(name + ": is a directory");
        return Files.readAllBytes(p);
    }

    /** Resolves a user-given charset name, or throws a {@link UserError} naming the supported ones. */
    static java.nio.charset.Charset charset(String name) {
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--encoding: unknown charset '" + name + "' (try UTF-8, GBK, GB18030 or Big5)");
        }
    }

    /** Refuses to overwrite {@code out} unless {@code force}: checked before the work, so none is wasted. */
    static void refuseExisting(Path out, boolean force) {
        if (!force && Files.exists(out)) throw new UserError(out + ": already exists (use --force to overwrite)");
    }
}
