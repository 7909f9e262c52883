package org.linesift;

import org.linesift.model.Model;
import org.linesift.model.ModelFile;
import org.linesift.feature.FeatureConfig;
import org.linesift.feature.PageFeaturizer;
import org.linesift.html.HtmlLine;
import org.linesift.html.HtmlLines;
import org.linesift.page.PageClassifier;
import org.linesift.spam.Cleaner;
import org.linesift.spam.SpanFinder;
import org.linesift.text.Segmenter;
import org.linesift.text.SynonymTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Labels every line of a Chinese web page as {@link Label#BODY body}, {@link Label#NAV nav} or
 * {@link Label#SPUN spun}.
 *
 * <pre>{@code
 * LineSift sift = LineSift.load();                 // the bundled default model
 * PageResult page = sift.classify(pageText);       // one block per line
 * for (LineResult line : page) {
 *     System.out.println(line.label() + "\t" + line.text());
 * }
 * String article = page.bodyText();
 * }</pre>
 *
 * <p>HTML goes in as readily: {@link #classifyHtml(byte[], Charset)} cuts the page into lines with
 * {@link HtmlLines} and labels them with the markup they came from (links, tag path, class names) as well as
 * their text.
 *
 * <p>A {@code LineSift} is immutable and thread-safe: share one instance between all threads. A call to
 * {@code classify} does no I/O and touches no global state. It never throws on any text: {@code null}
 * lines are treated as empty, and blank lines are labelled {@code NAV}.
 */
public final class LineSift {
    /** Classpath location of the bundled default model. */
    static final String DEFAULT_MODEL = ModelFile.BUNDLED;

    private final Model model;
    private final PageClassifier classifier;
    private final SpanFinder spans;
    /** Whether HTML pages go to the bundled HTML model (only for {@link #load()}); else to this model. */
    private final boolean bundled;

    /**
     * The bundled HTML model, read on first use (class initialisation is thread-safe and happens once); null when
     * the jar has none, and HTML pages then go to the text model.
     */
    private static final class BundledHtml {
        static final LineSift INSTANCE = LineSift.class.getResource(ModelFile.BUNDLED_HTML) == null ? null
                : readBundled(ModelFile.BUNDLED_HTML, false);
    }

    private LineSift(Model model, boolean bundled) {
        this(model, bundled, true);
    }

    private LineSift(Model model, boolean bundled, boolean knownBrands) {
        this.model = model;
        this.bundled = bundled;
        this.classifier = new PageClassifier(model, knownBrands);
        FeatureConfig cfg = model.config();
        this.spans = new SpanFinder(model.lm(), model.terms(),
                cfg.has(FeatureConfig.SYNONYMS) ? SynonymTable.get() : null,
                cfg.has(FeatureConfig.WORDS) ? Segmenter.get() : null);
    }

    /**
     * Loads the default model bundled in the jar.
     *
     * @throws IllegalStateException if the jar has no model or it is damaged (a packaging error)
     */
    public static LineSift load() {
        return readBundled(DEFAULT_MODEL, true);
    }

    private static LineSift readBundled(String resource, boolean withHtml) {
        try (InputStream in = LineSift.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the bundled model " + resource + " is missing from the classpath");
            return new LineSift(runnable(ModelFile.read(in.readAllBytes(), "bundled model"), "bundled model"), withHtml);
        } catch (ModelFormatException e) {
            throw new IllegalStateException("the bundled model is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a model file written by {@code linesift train}.
     *
     * @throws ModelFormatException if the file is truncated, corrupt, of another format version or not a model
     * @throws IOException          if the file cannot be read
     */
    public static LineSift load(Path modelFile) throws IOException {
        return new LineSift(runnable(ModelFile.read(modelFile), modelFile.toString()), false);
    }

    /**
     * Loads a model from its bytes (as written to a model file).
     *
     * @throws ModelFormatException if the bytes are not a valid model
     */
    public static LineSift load(byte[] modelBytes) throws ModelFormatException {
        return new LineSift(runnable(ModelFile.read(modelBytes, "model bytes"), "model bytes"), false);
    }

    /** {@code model}, if this LineSift can run all of it. */
    private static Model runnable(Model model, String source) throws ModelFormatException {
        String problem = PageClassifier.contextPassProblem(model);
        if (problem != null) throw new ModelFormatException(source + ": " + problem);
        return model;
    }

    /**
     * This model without the built-in list of well-known gambling brands. By default a line that names one of them
     * is spun whatever else it says; without the list, a brand makes a line spun only on the model's evidence and
     * the page's (the brands of the page's other spun lines), as a brand that no list holds does. Use it to
     * measure how the model finds brands it has never seen, or on pages that report on gambling by name. Spans
     * ({@link LineResult#spans()}) of lines found spun still mark a listed brand.
     */
    public LineSift withoutKnownBrands() {
        return new LineSift(model, bundled, false);
    }

    /** Classifies the lines of one page, in page order. {@code null} lines are treated as empty. */
    public PageResult classify(List<String> lines) {
        if (lines == null) return new PageResult(List.of());
        return classifyArray(texts(lines));
    }

    /** The lines as an array, {@code null} lines as empty. */
    private static String[] texts(List<String> lines) {
        String[] arr = new String[lines.size()];
        for (int i = 0; i < arr.length; i++) {
            String s = lines.get(i);
            arr[i] = s == null ? "" : s;
        }
        return arr;
    }

    /**
     * Classifies the lines of a page cut from HTML, given with their markup tokens ({@link HtmlLine#markup()}),
     * as stored in a training corpus, for instance. {@code markup} must have one entry per line ({@code null} for
     * none); otherwise it is ignored. Most callers want {@link #classifyHtml(byte[], Charset)} instead.
     */
    public PageResult classify(List<String> lines, List<String> markup) {
        if (lines == null) return new PageResult(List.of());
        String[] arr = texts(lines);
        String[] mk = markup == null || markup.size() != arr.length ? null : markup.toArray(new String[0]);
        return classifyHtmlArray(arr, mk, null, false);
    }

    /**
     * Classifies an HTML page given as a string (already decoded). The lines are those of
     * {@link HtmlLines#of(String)}; each {@link LineResult#source()} says where its line came from.
     * {@code null} is an empty page.
     */
    public PageResult classifyHtml(String html) {
        return classifyHtml(HtmlLines.of(html));
    }

    /**
     * Classifies an HTML page given as bytes, detecting their encoding (BOM, UTF-8, {@code <meta charset>}, the
     * hint, GB18030; see {@link HtmlLines}).
     *
     * @param hint a charset the bytes are said to be in (from an HTTP header, say), or {@code null}
     */
    public PageResult classifyHtml(byte[] html, Charset hint) {
        return classifyHtml(HtmlLines.of(html, hint));
    }

    /** Classifies a page already cut into lines by {@link HtmlLines}. */
    public PageResult classifyHtml(HtmlLines page) {
        return classifyHtmlLines(page, false);
    }

    /** Like {@link #classifyHtml(HtmlLines)}, and also fills {@link LineResult#reasons()} for every line. */
    public PageResult explainHtml(HtmlLines page) {
        return classifyHtmlLines(page, true);
    }

    private PageResult classifyHtmlLines(HtmlLines page, boolean explain) {
        if (page == null) return new PageResult(List.of());
        List<HtmlLine> ls = page.lines();
        String[] arr = new String[ls.size()];
        String[] mk = new String[ls.size()];
        HtmlLine[] src = ls.toArray(new HtmlLine[0]);
        for (int i = 0; i < arr.length; i++) { arr[i] = src[i].text(); mk[i] = src[i].markup(); }
        return classifyHtmlArray(arr, mk, src, explain);
    }

    /** The instance that labels HTML pages: the bundled HTML model for {@link #load()}, else this one. */
    private LineSift htmlSift() {
        return bundled && BundledHtml.INSTANCE != null ? BundledHtml.INSTANCE : this;
    }

    /**
     * Classifies a page given as text; lines are split on {@code \n} and {@code \r\n}. {@code null} is an
     * empty page. A trailing newline does not make an extra line.
     */
    public PageResult classify(String pageText) {
        if (pageText == null || pageText.isEmpty()) return new PageResult(List.of());
        return classifyArray(splitLines(pageText));
    }

    /** Splits text on {@code \n} and {@code \r\n}; a trailing newline does not make an extra empty line. */
    static String[] splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(text.substring(start, end));
                start = i + 1;
            }
        }
        if (start < n) out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /**
     * Classifies a page like {@link #classify(List)} and also fills {@link LineResult#reasons()} for every line.
     * Slower than {@code classify}; meant for people reviewing labels, not for the crawl.
     */
    public PageResult explain(List<String> lines) {
        if (lines == null) return new PageResult(List.of());
        return classifyArray(texts(lines), true);
    }

    private PageResult classifyArray(String[] lines) {
        return classifyArray(lines, null, null, false);
    }

    private PageResult classifyArray(String[] lines, boolean explain) {
        return classifyArray(lines, null, null, explain);
    }

    private PageResult classifyArray(String[] lines, String[] markup, HtmlLine[] sources, boolean explain) {
        int n = lines.length;
        float[] probs = new float[n * 3];
        int[] labels = new int[n];
        float[] contrib = explain ? new float[n * PageFeaturizer.NAMESPACES] : null;
        int title = classifier.classify(lines, markup, probs, labels, contrib);
        return results(lines, probs, labels, title, classifier.lastSpamTerms(), classifier.lastTwins(),
                explain ? classifier.lastContextMoves() : null, contrib, markup, sources);
    }

    /**
     * An HTML page. With one model (loaded from a file) that model reads text and markup alone. With the bundled
     * pair, each model does what it was trained best for: this text model, trained on many more spammed pages,
     * decides which lines are spun (exactly as for text input), and the HTML model, which reads the markup, splits
     * the others into body and nav. Probabilities: {@code p(spun) = text(spun)},
     * {@code p(body) = (1 - p(spun)) * html(body) / (html(body) + html(nav))}, and {@code p(nav)} likewise. Spans
     * and the title come from the text model; reasons from the HTML model.
     */
    private PageResult classifyHtmlArray(String[] lines, String[] markup, HtmlLine[] sources, boolean explain) {
        LineSift html = htmlSift();
        if (html == this) return classifyArray(lines, markup, sources, explain);
        int n = lines.length;
        float[] text = new float[n * 3];
        int[] textLabels = new int[n];
        int title = classifier.classify(lines, null, text, textLabels, null);
        List<String> terms = classifier.lastSpamTerms();
        int[] twins = classifier.lastTwins();
        float[] probs = new float[n * 3];
        int[] labels = new int[n];
        float[] contrib = explain ? new float[n * PageFeaturizer.NAMESPACES] : null;
        html.classifier.classify(lines, markup, probs, labels, contrib);
        boolean[] moved = explain ? html.classifier.lastContextMoves() : null;
        for (int i = 0; i < n; i++) {
            float b = probs[3 * i], nav = probs[3 * i + 1], spun = text[3 * i + 2];
            float bodyShare = b + nav > 0 ? b / (b + nav) : 0;
            probs[3 * i] = (1 - spun) * bodyShare;
            probs[3 * i + 1] = (1 - spun) * (1 - bodyShare);
            probs[3 * i + 2] = spun;
            labels[i] = textLabels[i] == Label.SPUN.ordinal() ? textLabels[i] : bodyShare >= 0.5f ? Label.BODY.ordinal() : Label.NAV.ordinal();
        }
        PageClassifier.bodyRegions(lines, probs, labels);
        PageClassifier.markupGroups(markup, labels);
        return results(lines, probs, labels, title, terms, twins, moved, contrib, markup, sources);
    }

    /**
     * The result objects: spans and cleaned text for spun lines (with the page's spam terms, {@code terms}, and its
     * spinner twins, {@code twins}: see {@link PageClassifier#lastTwins}), reasons when {@code contrib} is given
     * (with the markup-group pass's look-alikes from {@code markup}, null for a text page, and the lines the context
     * pass moved, {@code moved}).
     */
    private PageResult results(String[] lines, float[] probs, int[] labels, int title, List<String> terms, int[] twins,
                               boolean[] moved, float[] contrib, String[] markup, HtmlLine[] sources) {
        int n = lines.length;
        boolean explain = contrib != null;
        String titleLine = title >= 0 ? lines[title] : null;
        PageWords pageWords = new PageWords(lines, labels);
        int[] lookAlikes = explain ? PageClassifier.markupLookAlikes(markup, labels) : null;
        LineResult[] out = new LineResult[n];
        for (int i = 0; i < n; i++) {
            Label label = Label.ofIndex(labels[i]);
            String twin = twins.length == n && twins[i] >= 0 ? lines[twins[i]] : null;
            if (label == Label.SPUN && !explain) {
                String line = lines[i], t = i == title ? null : titleLine;
                out[i] = new LineResult(i, line, label, probs[3 * i], probs[3 * i + 1], probs[3 * i + 2],
                        () -> spans.find(line, t, terms, pageWords, twin), sources == null ? null : sources[i]);
            } else if (explain) {
                List<Span> found = label == Label.SPUN ? spans.find(lines[i], i == title ? null : titleLine, terms, pageWords, twin) : List.of();
                boolean movedByContext = moved != null && i < moved.length && moved[i];
                // the linear passes' reasons argue for the label the context pass overruled: not shown for such a line
                List<String> why = Explanations.reasons(lines[i], i == title, found, movedByContext ? null : contrib, i,
                        twin == null ? -1 : twins[i]);
                if (movedByContext) {
                    why.add(0, Explanations.contextPass(label));
                } else if (label == Label.BODY && probs[3 * i + 1] > probs[3 * i] && probs[3 * i + 1] >= probs[3 * i + 2]) {
                    why.add(0, Explanations.pagePass(lookAlikes[i]));
                }
                out[i] = new LineResult(i, lines[i], label, probs[3 * i], probs[3 * i + 1], probs[3 * i + 2],
                        found, Cleaner.clean(lines[i], found), why, sources == null ? null : sources[i]);
            } else {
                out[i] = new LineResult(i, lines[i], label, probs[3 * i], probs[3 * i + 1], probs[3 * i + 2],
                        sources == null ? null : sources[i]);
            }
        }
        return new PageResult(Arrays.asList(out));
    }

    /**
     * Whether a text occurs in a line of the page that is not labelled spun: the page's own words, which a span
     * finder's weak brand detectors should not mark ({@link SpanFinder#find(String, String, List, java.util.function.Predicate)}).
     * The page's clean text is joined on the first question (a page without spun lines never asks), by whichever
     * thread asks first; a race only joins it twice.
     */
    private static final class PageWords implements java.util.function.Predicate<String> {
        private final String[] lines;
        private final int[] labels;
        private volatile String clean;

        PageWords(String[] lines, int[] labels) {
            this.lines = lines;
            this.labels = labels;
        }

        @Override
        public boolean test(String text) {
            String c = clean;
            if (c == null) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.length; i++) if (labels[i] != Label.SPUN.ordinal()) sb.append(lines[i]).append('\n');
                clean = c = sb.toString();
            }
            return c.contains(text);
        }
    }

    /** A short description of the loaded model: format version, feature configuration and training note. */
    public String describe() {
        return model.describe();
    }
}
