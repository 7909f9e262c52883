package org.linesift.cli;

import org.linesift.Label;
import org.linesift.Span;
import org.linesift.LineResult;
import org.linesift.LineSift;
import org.linesift.PageResult;
import org.linesift.eval.ErrorsTsv;
import org.linesift.eval.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code linesift classify}: labels every line of one or more page files. */
@Command(name = "classify",
        description = {"Label every line of one or more pages.",
                "Each FILE is one page: UTF-8 text, one block per line; '-' reads standard input.",
                "Files named *.html or *.htm (or every file, with --html) are read as HTML: cut into lines by",
                "LineSift's HTML conversion and labelled with their markup; 'line' is then the ordinal of the",
                "extracted line.",
                "Blank lines are given to the classifier as context but not printed."},
        mixinStandardHelpOptions = true, version = Main.VERSION)
final class ClassifyCommand implements Callable<Integer> {
    enum Format { text, tsv, jsonl, clean, corpus }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main parent;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the bundled model).")
    Path model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).%n"
                    + "tsv columns: file, line, label, p_body, p_nav, p_spun, text.%n"
                    + "jsonl adds spans and the cleaned text per line, and one page object per file.%n"
                    + "clean prints the page's body text, with spun lines that are body once their injections are cut out.%n"
                    + "corpus writes the labelled-corpus format (a '# page: FILE' line, then LABEL<TAB>TEXT per line), to check by hand and train on.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Classify N pages at once (default: 1); output stays in input order.")
    int threads;

    @Option(names = "--explain", description = "Say why each line got its label (slower): feature groups and spans.")
    boolean explain;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = {"Charset of the input files: UTF-8 (default), GBK, GB18030, Big5, ... Undecodable bytes become U+FFFD.",
                    "For HTML it is a hint, used when the page is not valid UTF-8 and declares no charset."})
    String encoding;

    @Option(names = "--html", description = "Read every FILE as HTML, whatever its name.")
    boolean html;

    @Option(names = "--no-known-brands", description = "Without the built-in list of well-known gambling brands: a brand makes a line spun only on the model's and the page's evidence, as an unlisted brand does.")
    boolean noKnownBrands;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Page files; '-' for standard input.")
    List<String> files;

    private static final String RESET = "\u001b[0m";

    @Option(names = "--pages", description = {"Each text FILE holds many pages, each opened by a line '# page: ID' (as in the corpus format,",
            "without labels); the tsv/jsonl 'file' column is then the page id, and 'line' stays the line number in FILE."})
    boolean pages;

    @Option(names = "--max-page-lines", paramLabel = "N", defaultValue = "10000",
            description = "Classify a longer page in consecutive windows of N lines, so that memory stays bounded (default: ${DEFAULT-VALUE}).")
    int maxPageLines;

    /** One unit of work: a page (or a window of a long one) read from a file, or a whole HTML file. */
    private record Job(String name, long firstLine, List<String> lines, byte[] html) {}

    /** Hands out the jobs of all files in order, reading each text file as a stream. */
    private final class Jobs implements AutoCloseable {
        private final java.nio.charset.Charset cs;
        private int next;
        private String file;
        private PageStream stream;

        Jobs(java.nio.charset.Charset cs) { this.cs = cs; }

        Job next() throws java.io.IOException {
            while (true) {
                if (stream != null) {
                    PageStream.Page p = stream.next();
                    if (p != null) return new Job(pages && p.id() != null ? p.id() : file, p.firstLine(), p.lines(), null);
                    stream.close();
                    stream = null;
                }
                if (next >= files.size()) return null;
                file = files.get(next++);
                if (isHtml(file)) return new Job(file, 1, null, CliSupport.readBytes(file, System.in));
                java.io.InputStream in = file.equals("-") ? System.in : java.nio.file.Files.newInputStream(java.nio.file.Path.of(file));
                stream = new PageStream(in, cs, pages, maxPageLines);
            }
        }

        @Override
        public void close() throws java.io.IOException {
            if (stream != null) stream.close();
        }
    }

    @Override
    public Integer call() throws Exception {
        // Check every input first, so a missing file fails before anything is printed or the model is loaded;
        // then read, classify and print one page at a time: text files are read as streams, so memory follows
        // the largest page (at most --max-page-lines lines) times the pages in flight, never the input.
        java.nio.charset.Charset cs = encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : CliSupport.charset(encoding);
        if (threads < 1 || threads > 256) throw new UserError("--threads must be in 1..256, got " + threads);
        if (maxPageLines < 1) throw new UserError("--max-page-lines must be at least 1, got " + maxPageLines);
        for (String f : files) CliSupport.checkReadable(f);
        LineSift sift = CliSupport.loadModel(model, noKnownBrands);
        var out = spec.commandLine().getOut();
        boolean colour = parent != null && parent.colour;
        StringBuilder sb = new StringBuilder(1 << 12);
        java.util.concurrent.ExecutorService pool = threads > 1 ? java.util.concurrent.Executors.newFixedThreadPool(threads) : null;
        java.util.ArrayDeque<Job> jobs = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<java.util.concurrent.Future<Classified>> results = new java.util.ArrayDeque<>();
        int printed = 0;
        try (Jobs source = new Jobs(cs)) {
            boolean more = true;
            while (true) {
                // keep up to 2 x threads pages in flight; print in input order
                while (more && jobs.size() < (pool == null ? 1 : 2 * threads)) {
                    Job j = source.next();
                    if (j == null) { more = false; break; }
                    jobs.add(j);
                    results.add(pool == null ? java.util.concurrent.CompletableFuture.completedFuture(classify(sift, j, cs))
                            : pool.submit(() -> classify(sift, j, cs)));
                }
                if (jobs.isEmpty()) break;
                Job job = jobs.poll();
                Classified result;
                try {
                    result = results.poll().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Exception) throw (Exception) cause;
                    throw e;
                }
                print(out, sb, job, result, printed++, colour);
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        out.flush();
        return Main.OK;
    }

    /** A classified page; for HTML also the page's title and the charset its bytes were read in. */
    private record Classified(PageResult result, org.linesift.html.HtmlLines html) {}

    private void print(java.io.PrintWriter out, StringBuilder sb, Job job, Classified classified, int k, boolean colour) {
        PageResult result = classified.result();
        if (format == Format.text && (files.size() > 1 || pages)) {
            if (k > 0) out.println();
            out.println("==> " + job.name() + " <==");
        }
        if (format == Format.clean) {
            String body = result.bodyText(true);
            if (!body.isEmpty()) out.println(body);
            return;
        }
        if (format == Format.corpus) {
            if (k > 0) out.println();
            out.println(org.linesift.train.Corpus.PAGE_HEADER + " " + ErrorsTsv.clean(job.name()));
        }
        for (LineResult r : result) {
            if (r.isBlank()) continue;
            sb.setLength(0);
            long lineNo = job.firstLine() + r.index();
            switch (format) {
                case tsv: tsvRow(sb, job.name(), lineNo, r, explain); break;
                case jsonl: jsonRow(sb, job.name(), lineNo, r); break;
                case corpus: sb.append(r.label().id()).append('\t').append(ErrorsTsv.clean(r.text())).append('\n'); break;
                default: textRow(sb, lineNo, r, colour); break;
            }
            out.print(sb);
        }
        if (format == Format.jsonl) { // the page object comes after its lines
            sb.setLength(0);
            JsonWriter w = new JsonWriter(sb).beginObject()
                    .field("type", "page")
                    .field("file", job.name())
                    .field("lines", result.size())
                    .field("verdict", result.verdict().id())
                    .field("spam_score", result.spamScore())
                    .field("spun_lines", result.count(Label.SPUN));
            if (classified.html() != null) w.field("title", classified.html().title()).field("charset", classified.html().charset().name());
            w.endObject();
            sb.append('\n');
            out.print(sb);
        }
    }

    private Classified classify(LineSift sift, Job job, java.nio.charset.Charset cs) {
        if (job.html() != null) {
            org.linesift.html.HtmlLines page = org.linesift.html.HtmlLines.of(job.html(), encoding == null ? null : cs);
            return new Classified(explain ? sift.explainHtml(page) : sift.classifyHtml(page), page);
        }
        return new Classified(explain ? sift.explain(job.lines()) : sift.classify(job.lines()), null);
    }

    private boolean isHtml(String file) {
        if (html) return true;
        String f = file.toLowerCase(Locale.ROOT);
        return f.endsWith(".html") || f.endsWith(".htm");
    }

    static void tsvRow(StringBuilder sb, String file, long lineNo, LineResult r, boolean reasons) {
        sb.append(ErrorsTsv.clean(file)).append('\t').append(lineNo).append('\t').append(r.label().id()).append('\t');
        ErrorsTsv.appendP4(sb, r.probability(Label.BODY)).append('\t');
        ErrorsTsv.appendP4(sb, r.probability(Label.NAV)).append('\t');
        ErrorsTsv.appendP4(sb, r.probability(Label.SPUN)).append('\t');
        sb.append(ErrorsTsv.clean(r.text()));
        if (reasons) sb.append('\t').append(ErrorsTsv.clean(String.join("; ", r.reasons())));
        sb.append('\n');
    }

    static void jsonRow(StringBuilder sb, String file, long lineNo, LineResult r) {
        JsonWriter w = new JsonWriter(sb);
        w.beginObject()
                .field("type", "line")
                .field("file", file)
                .field("line", lineNo)
                .field("label", r.label().id())
                .field("p_body", r.probability(Label.BODY))
                .field("p_nav", r.probability(Label.NAV))
                .field("p_spun", r.probability(Label.SPUN))
                .field("text", r.text());
        if (r.source().isPresent()) {
            org.linesift.html.HtmlLine h = r.source().get();
            w.field("tag", h.tag()).field("path", h.path()).field("link_share", h.linkShare());
        }
        w.name("spans").beginArray();
        for (Span s : r.spans()) {
            w.beginObject()
                    .field("start", s.start())
                    .field("end", s.end())
                    .field("start_cp", r.text().codePointCount(0, s.start()))
                    .field("end_cp", r.text().codePointCount(0, s.end()))
                    .field("kind", s.kind().id())
                    .field("text", s.text())
                    .endObject();
        }
        w.endArray();
        w.field("cleaned", r.cleanedText());
        w.name("reasons").beginArray();
        for (String reason : r.reasons()) w.value(reason);
        w.endArray().endObject();
        sb.append('\n');
    }

    static void textRow(StringBuilder sb, long lineNo, LineResult r, boolean colour) {
        String label = r.label().id().length() >= 4 ? r.label().id() : (r.label().id() + "    ").substring(0, 4);
        String p = ErrorsTsv.appendFixed(new StringBuilder(4), r.probability(r.label()), 2).toString();
        String num = String.valueOf(lineNo);
        if (num.length() < 5) num = "     ".substring(num.length()) + num;
        String text = r.text().replace('\t', ' ').replace('\r', ' ');
        if (colour) {
            String c = switch (r.label()) {
                case BODY -> "\u001b[32m";      // green
                case NAV -> "\u001b[2m";        // dim
                case SPUN -> "\u001b[1;31m";    // bold red
            };
            sb.append("\u001b[2m").append(num).append(RESET).append("  ")
                    .append(c).append(label).append(RESET).append(' ')
                    .append("\u001b[2m").append(p).append(RESET).append("  ");
            if (r.label() == Label.SPUN) sb.append("\u001b[31m").append(text).append(RESET);
            else if (r.label() == Label.NAV) sb.append("\u001b[2m").append(text).append(RESET);
            else sb.append(text);
        } else {
            sb.append(num).append("  ").append(label).append(' ').append(p).append("  ").append(text);
        }
        sb.append('\n');
        if (!r.reasons().isEmpty()) {
            sb.append("         ").append(colour ? "\u001b[2m" : "").append("because: ")
                    .append(String.join("; ", r.reasons())).append(colour ? RESET : "").append('\n');
        }
    }
}
