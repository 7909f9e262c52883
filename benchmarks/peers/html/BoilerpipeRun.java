import de.l3s.boilerpipe.extractors.ArticleExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * boilerpipe's ArticleExtractor on the decoded dev pages, for benchmarks/peers/html/run.sh (compiled there with
 * javac against com.syncthemall:boilerpipe:1.2.2 and its dependencies; not part of the LineSift build).
 *
 * <pre>java -cp LIB/*:CLASSES BoilerpipeRun PAGES_TSV OUT_DIR [KEY...]</pre>
 *
 * PAGES_TSV is WORK/pages.tsv from pages.py (key, source, id, url, decoded_path, encoding, rule). Each page's
 * decoded UTF-8 HTML is read as a String and given to {@code ArticleExtractor.INSTANCE.getText(String)}, whose
 * text blocks are separated by newlines. Writes OUT_DIR/KEY.txt and appends "key, ok|empty|error, ms, message" to
 * OUT_DIR/status.tsv. A page that throws, or takes longer than 60 s, gets no .txt and status error.
 */
public final class BoilerpipeRun {
    private static final long TIMEOUT_S = 60;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BoilerpipeRun PAGES_TSV OUT_DIR [KEY...]");
            System.exit(2);
        }
        Path outDir = Paths.get(args[1]);
        Files.createDirectories(outDir);
        Set<String> only = new HashSet<>(List.of(args).subList(2, args.length));
        Path status = outDir.resolve("status.tsv");
        List<String> rows = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "boilerpipe");
            t.setDaemon(true); // a page stuck past its timeout must not keep the JVM alive
            return t;
        });
        for (String row : rows.subList(1, rows.size())) {
            if (row.isEmpty()) continue;
            String[] c = row.split("\t", -1);
            String key = c[0];
            if (!only.isEmpty() && !only.contains(key)) continue;
            Path in = Paths.get(c[4]);
            long t0 = System.nanoTime();
            String state = "error";
            String msg;
            try {
                String html = Files.readString(in, StandardCharsets.UTF_8);
                Future<String> f = pool.submit(() -> ArticleExtractor.INSTANCE.getText(html));
                String text = f.get(TIMEOUT_S, TimeUnit.SECONDS);
                if (text == null) text = "";
                Files.writeString(outDir.resolve(key + ".txt"), text.endsWith("\n") || text.isEmpty() ? text : text + "\n",
                        StandardCharsets.UTF_8);
                long n = text.lines().filter(l -> !l.isBlank()).count();
                state = n > 0 ? "ok" : "empty";
                msg = n + " lines";
            } catch (TimeoutException e) {
                msg = "timeout after " + TIMEOUT_S + " s";
                pool.shutdownNow();
                pool = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "boilerpipe");
                    t.setDaemon(true);
                    return t;
                });
            } catch (Throwable e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                msg = cause.toString();
            }
            if (state.equals("error")) System.err.println("boilerpipe: " + key + ": " + msg);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            append(status, key + "\t" + state + "\t" + ms + "\t" + msg.replaceAll("[\t\r\n]", " ") + "\n");
        }
        pool.shutdownNow();
    }

    private static void append(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
