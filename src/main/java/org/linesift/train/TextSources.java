package org.linesift.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads clean prose for the language model from the common raw formats, one paragraph per call:
 * plain lines; {@code category<TAB>text} or {@code text<TAB>category} files (the longest field is taken);
 * word-segmented text whose CJK tokens are separated by double spaces (rejoined); {@code #DOC}/{@code #PAGE}
 * separator lines are skipped. A directory is read recursively in name order.
 */
public final class TextSources {
    private TextSources() {}

    /** Calls {@code sink} with every paragraph of every file, in a deterministic order. */
    public static void forEachParagraph(List<Path> paths, Consumer<String> sink) throws IOException {
        for (Path p : expand(paths)) {
            var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(p), dec))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String t = clean(line);
                    if (t != null) sink.accept(t);
                }
            }
        }
    }

    /** All regular files under the given paths, sorted by path within each directory. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (var s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".gz")
                            && !f.getFileName().toString().endsWith(".md")).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or directory");
            }
        }
        return out;
    }

    /** One raw line to a paragraph, or {@code null} to skip it. */
    static String clean(String line) {
        if (line.isBlank() || line.startsWith("#DOC") || line.startsWith("#PAGE")) return null;
        String t = line;
        if (t.indexOf('\t') >= 0) {
            String best = "";
            for (String f : t.split("\t")) if (f.length() > best.length()) best = f;
            t = best;
        }
        if (t.contains("  ")) t = joinSegmented(t);
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    /** Rejoins word-segmented text: drops the spaces between tokens unless both sides are Latin/digits. */
    static String joinSegmented(String t) {
        String[] toks = t.trim().split(" +");
        StringBuilder sb = new StringBuilder(t.length());
        for (String tok : toks) {
            if (tok.isEmpty()) continue;
            if (sb.length() > 0) {
                char a = sb.charAt(sb.length() - 1), b = tok.charAt(0);
                if (a < 0x80 && b < 0x80 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) sb.append(' ');
            }
            sb.append(tok);
        }
        return sb.toString();
    }
}
