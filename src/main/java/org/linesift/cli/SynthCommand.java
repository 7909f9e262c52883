package org.linesift.cli;

import org.linesift.train.Corpus;
import org.linesift.train.CorpusFormatException;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;
import org.linesift.train.HtmlPages;
import org.linesift.html.HtmlLines;
import org.linesift.train.Synth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code synth}: writes a synthetic training corpus (labelled pages, a share spammed, with an ops file). */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Generate a labelled training corpus with synthetic spam (spun lines) and an OUT.ops file naming each line's operator.",
                "CORPUS is a labelled corpus file, a page *.lines.tsv file, a directory of *.lines.tsv files, or a pages/INDEX.tsv (pages of --split)."})
public final class SynthCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "OUT.tsv", description = "Output corpus; OUT.tsv.ops is written next to it.")
    Path out;

    @Option(names = "--spam-share", paramLabel = "F", defaultValue = "0.5", description = "Share of pages to spam, 0..1 (default: ${DEFAULT-VALUE}).")
    double spamShare;

    @Option(names = "--table", paramLabel = "FILE", description = "Spinner table of 原词→替换词 lines (repeatable). Without one, HanLP's Cilin groups are used.")
    List<Path> tables = new ArrayList<>();

    @Option(names = "--brands", paramLabel = "FILE", description = "Brand/keyword list, one a line, '#' comments (repeatable).")
    List<Path> brands = new ArrayList<>();

    @Option(names = "--prose", paramLabel = "FILE", description = "Clean prose to assemble pages from (repeatable).")
    List<Path> prose = new ArrayList<>();

    @Option(names = "--headlines", paramLabel = "FILE", description = "Headline file; the first TAB column is the headline (repeatable).")
    List<Path> headlines = new ArrayList<>();

    @Option(names = "--spam", paramLabel = "FILE", description = "Spam text lines used as pasted filler (repeatable).")
    List<Path> spamText = new ArrayList<>();

    @Option(names = "--spam-pages", paramLabel = "N", defaultValue = "0",
            description = "Spam pages to add after the prose pages (operator spam-page): pages of spam alone (lines of the --spam files, "
                    + "invented SEO filler and brands, or the header of a --spam-docs document) and, when there is --prose, as many "
                    + "prose pages whose body lines are replaced by such lines (default: ${DEFAULT-VALUE}).")
    int spamPages;

    @Option(names = "--spam-docs", paramLabel = "FILE", description = "Spam documents separated by '#DOC' lines (a spam farm's), for --spam-pages (repeatable).")
    List<Path> spamDocs = new ArrayList<>();

    @Option(names = "--operators", split = ",", paramLabel = "OP", description = "Enabled operators (default: all): ${COMPLETION-CANDIDATES}",
            completionCandidates = OperatorNames.class)
    List<String> operators;

    @Option(names = "--no-cilin", description = "Spin only with the --table files, not with HanLP's Cilin synonym groups.")
    boolean noCilin;

    @Option(names = "--weight", paramLabel = "OP=W", description = "Relative weight of an operator when spammed pages pick theirs (repeatable), e.g. --weight synonym=4.")
    java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();

    @Option(names = "--prose-pages", paramLabel = "N", defaultValue = "-1", description = "Pages to assemble from prose; -1 = as many as labelled input pages.")
    int prosePages;

    @Option(names = "--structured-share", paramLabel = "P", defaultValue = "0",
            description = "Share of prose pages whose article gets short body lines: sub-headings, list items, captions (default: ${DEFAULT-VALUE}).")
    double structuredShare;

    @Option(names = "--block-share", paramLabel = "P", defaultValue = "0",
            description = "Share of prose pages whose article gets a table, a field list, a reference list or (with --code) a code listing (default: ${DEFAULT-VALUE}).")
    double blockShare;

    @Option(names = "--page-block-share", paramLabel = "P", defaultValue = "0",
            description = "Share of labelled page copies (text only) given such a block inside their article (default: ${DEFAULT-VALUE}).")
    double pageBlockShare;

    @Option(names = "--widget-share", paramLabel = "P", defaultValue = "0",
            description = "Share of prose pages given sidebar widgets of look-alike nav rows: archive months, categories, tags, hot lists, thread lists, calendars (default: ${DEFAULT-VALUE}).")
    double widgetShare;

    @Option(names = "--reference-share", paramLabel = "P", defaultValue = "0",
            description = "Share of pages given clean web references: an official site or mailbox (www.qingxi.gov.cn) in some body lines and a footer line, labels kept (default: ${DEFAULT-VALUE}).")
    double referenceShare;

    @Option(names = "--aside-share", paramLabel = "P", defaultValue = "0",
            description = "Share of pages given clean asides in other scripts: emoji after a sentence, a name in Korean or Japanese in brackets, labels kept (default: ${DEFAULT-VALUE}).")
    double asideShare;

    @Option(names = "--code", paramLabel = "FILE", description = "Source file whose lines make the code listings of --block-share (repeatable).")
    List<Path> code = new ArrayList<>();

    @Option(names = "--brand-word-share", paramLabel = "P", defaultValue = "0",
            description = "Share of injected brands that are ordinary nouns from HanLP's thesaurus (default: ${DEFAULT-VALUE}).")
    double brandWordShare;

    @Option(names = "--brand-seo-share", paramLabel = "P", defaultValue = "0",
            description = "Share of injected brands that are SEO injections instead: illicit services (代开发票) or local-service keywords (上海搬家公司哪家好) (default: ${DEFAULT-VALUE}).")
    double brandSeoShare;

    @Option(names = "--title-draws", paramLabel = "N", defaultValue = "1",
            description = "A prose page's title is the headline, of N drawn at random, that shares most character bigrams with its article (default: ${DEFAULT-VALUE}: any headline).")
    int titleDraws;

    @Option(names = "--shred-clause-share", paramLabel = "P", defaultValue = "0",
            description = "Share of shredded lines whose title pieces go to clause starts instead of anywhere (default: ${DEFAULT-VALUE}).")
    double shredClauseShare;

    @Option(names = "--brand-colon-share", paramLabel = "P", defaultValue = "0",
            description = "Share of injected brands written as a label, 'brand：', besides the other decorations (default: ${DEFAULT-VALUE}).")
    double brandColonShare;

    @Option(names = "--brand-pool", paramLabel = "N", defaultValue = "0",
            description = "A spammed page draws 1 to N brands and its brand lines share them, as a spam kit's do (default: ${DEFAULT-VALUE}: a fresh brand every line).")
    int brandPool;

    @Option(names = "--all-lines-share", paramLabel = "P", defaultValue = "0.1",
            description = "Share of spammed pages that have every body line hit (default: ${DEFAULT-VALUE}).")
    double allLinesShare;

    @Option(names = "--short-share", paramLabel = "P", defaultValue = "0",
            description = "Share of the generated pages (of 12 lines or more) also written as a short page: 6 to 20 lines from just above the article's start (default: ${DEFAULT-VALUE}).")
    double shortShare;

    @Option(names = "--hit-share-max", paramLabel = "X",
            description = "On the other spammed pages, 10%% to X of the body lines are hit (default: 0.4).")
    Double hitShareMax;

    @Option(names = "--salad-words", description = "A third of word-salad lines shuffle whole words within each clause (default: characters and chunks only).")
    boolean saladWords;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1", description = "Emit each labelled page N times, each spammed independently.")
    int copies;

    @Option(names = "--html", description = {"Read each page file's sibling <id>.html instead of its lines: cut it into lines with",
            "LineSift's own HTML conversion, label them from the page file (see HtmlPages), and keep their markup",
            "(written to OUT.markup) for training a model with --markup."})
    boolean html;

    @Option(names = "--split", paramLabel = "NAME", split = ",", description = "Splits taken from an INDEX.tsv argument (default: train).")
    List<String> splits = new ArrayList<>(List.of("train"));

    @Option(names = "--force", description = "Overwrite OUT if it exists.")
    boolean force;

    @Option(names = "--lenient", description = "Skip malformed corpus lines (reported on stderr) instead of failing.")
    boolean lenient;

    @Parameters(paramLabel = "CORPUS", arity = "0..*", description = "Labelled input pages.")
    List<Path> corpora = new ArrayList<>();

    static final class OperatorNames extends ArrayList<String> {
        OperatorNames() { super(Synth.OPERATORS); }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
        if (Files.exists(out) && !force) throw new UserError(out + ": exists (use --force to overwrite)");
        if (corpora.isEmpty() && prose.isEmpty()) throw new UserError("nothing to do: give CORPUS files and/or --prose files");
        if (copies < 1) throw new UserError("--copies must be at least 1");
        Synth.Options o = new Synth.Options();
        o.seed = seed;
        o.spamShare = spamShare;
        if (operators != null) {
            Set<String> ops = new LinkedHashSet<>();
            for (String s : operators) if (!s.isBlank()) ops.add(s.strip());
            o.operators = ops;
        }
        o.tables = tables;
        o.brands = brands;
        o.prose = prose;
        o.headlines = headlines;
        o.spamText = spamText;
        o.prosePages = prosePages;
        o.spamPages = spamPages;
        o.spamDocs = spamDocs;
        o.copies = copies;
        o.structuredShare = structuredShare;
        o.brandWordShare = brandWordShare;
        o.brandSeoShare = brandSeoShare;
        o.blockShare = blockShare;
        o.widgetShare = widgetShare;
        o.referenceShare = referenceShare;
        o.asideShare = asideShare;
        o.pageBlockShare = pageBlockShare;
        o.code = code;
        o.titleDraws = titleDraws;
        o.saladWords = saladWords;
        o.shredClauseShare = shredClauseShare;
        o.allLinesShare = allLinesShare;
        o.shortShare = shortShare;
        o.brandColonShare = brandColonShare;
        o.brandPool = brandPool;
        if (hitShareMax != null) o.hitShareSpan = hitShareMax - 0.1;
        o.cilin = !noCilin;
        for (var w : weights.entrySet()) {
            if (!Synth.OPERATORS.contains(w.getKey())) throw new UserError("--weight: unknown operator '" + w.getKey() + "' (known: " + String.join(", ", Synth.OPERATORS) + ")");
            if (!(w.getValue() >= 0) || w.getValue().isInfinite()) throw new UserError("--weight " + w.getKey() + ": weight must be a finite number >= 0");
            o.weights.put(w.getKey(), w.getValue());
        }

        List<GoldPage> pages = new ArrayList<>();
        for (Path c : corpora) pages.addAll(readInput(c, err));
        Synth synth = new Synth(o);
        List<GoldPage> result = synth.generate(pages);
        try {
            Corpus.write(out, result, force);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(out + ": exists (use --force to overwrite)");
        }
        err.println(summary(result, out));
        err.flush();
        return 0;
    }

    static String summary(List<GoldPage> result, Path out) {
        Map<String, Integer> c = Synth.counts(result);
        StringBuilder sb = new StringBuilder("synth: ");
        sb.append(c.get("pages")).append(" pages, ").append(c.get("lines")).append(" lines (body ").append(c.get("body"))
                .append(", nav ").append(c.get("nav")).append(", unk ").append(c.get("unk")).append(", spun ").append(c.get("spun")).append(':');
        for (String op : Synth.OPERATORS) sb.append(' ').append(op).append(' ').append(c.get(op));
        if (c.get(Synth.SPAM_PAGE_OP) > 0) sb.append(' ').append(Synth.SPAM_PAGE_OP).append(' ').append(c.get(Synth.SPAM_PAGE_OP));
        sb.append(") -> ").append(out);
        return sb.toString();
    }

    /** Reads one CORPUS argument: INDEX.tsv, a directory, a page *.lines.tsv, or a labelled corpus file. */
    List<GoldPage> readInput(Path c, PrintWriter err) throws IOException {
        if (!Files.exists(c)) throw new UserError(c + ": no such file");
        if (Files.isDirectory(c)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(c)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".lines.tsv")).sorted().toList();
            }
            if (files.isEmpty()) throw new UserError(c + ": directory holds no *.lines.tsv files");
            List<GoldPage> out = new ArrayList<>();
            for (Path f : files) out.addAll(readFile(f, err));
            return out;
        }
        if (c.getFileName().toString().equals("INDEX.tsv")) return readIndex(c, err);
        return readFile(c, err);
    }

    private List<GoldPage> readIndex(Path index, PrintWriter err) throws IOException {
        List<String> lines = Files.readAllLines(index);
        if (lines.isEmpty()) throw new UserError(index + ":1: empty index");
        List<String> head = Arrays.asList(lines.get(0).split("\t", -1));
        int src = head.indexOf("source"), id = head.indexOf("id"), split = head.indexOf("split");
        if (src < 0 || id < 0 || split < 0) throw new UserError(index + ":1: expected columns source, id and split");
        List<GoldPage> out = new ArrayList<>();
        Path dir = index.toAbsolutePath().getParent();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] f = lines.get(i).split("\t", -1);
            if (f.length <= Math.max(src, Math.max(id, split))) {
                if (lenient) { err.println(index + ":" + (i + 1) + ": too few columns (skipped)"); continue; }
                throw new UserError(index + ":" + (i + 1) + ": too few columns");
            }
            if (!splits.contains(f[split].strip())) continue;
            Path page = dir.resolve(f[src]).resolve(f[id] + ".lines.tsv");
            if (!Files.isRegularFile(page)) {
                if (lenient) { err.println(index + ":" + (i + 1) + ": " + page + ": no such file (skipped)"); continue; }
                throw new UserError(index + ":" + (i + 1) + ": " + page + ": no such file");
            }
            out.addAll(readFile(page, err));
        }
        return out;
    }

    private List<GoldPage> readFile(Path f, PrintWriter err) throws IOException {
        List<GoldPage> pages;
        try {
            pages = lenient ? Corpus.read(f, e -> err.println(e.getMessage() + " (skipped)")) : Corpus.read(f);
        } catch (CorpusFormatException e) {
            throw new UserError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError(f + ": no such file");
        }
        String name = f.getFileName().toString();
        if (name.endsWith(".lines.tsv")) {
            // a page file: one file = one page, id = file name
            String id = name.substring(0, name.length() - ".lines.tsv".length());
            List<GoldLine> all = new ArrayList<>();
            for (GoldPage p : pages) all.addAll(p.lines());
            if (all.isEmpty()) return List.of();
            GoldPage page = new GoldPage(id, all);
            if (html) {
                Path h = f.resolveSibling(id + ".html");
                if (!Files.isRegularFile(h)) throw new UserError(h + ": no such file (--html reads each page's HTML)");
                page = HtmlPages.relabel(page, HtmlLines.of(Files.readAllBytes(h), null));
            }
            return List.of(page);
        }
        return pages;
    }
}
