package org.linesift;

import org.linesift.model.Model;
import org.linesift.model.ModelFile;
import org.linesift.feature.FeatureConfig;
import org.linesift.feature.PageFeaturizer;
import org.linesift.page.PageClassifier;
import org.linesift.spam.Cleaner;
import org.linesift.spam.SpanFinder;
import org.linesift.text.Segmenter;
import org.linesift.text.SynonymTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private LineSift(Model model) {
        this.model = model;
        this.classifier = new PageClassifier(model);
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
        try (InputStream in = LineSift.class.getResourceAsStream(DEFAULT_MODEL)) {
            if (in == null) throw new IllegalStateException("the bundled model " + DEFAULT_MODEL + " is missing from the classpath");
            return new LineSift(ModelFile.read(in.readAllBytes(), "bundled model"));
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
        return new LineSift(ModelFile.read(modelFile));
    }

    /**
     * Loads a model from its bytes (as written to a model file).
     *
     * @throws ModelFormatException if the bytes are not a valid model
     */
    public static LineSift load(byte[] modelBytes) throws ModelFormatException {
        return new LineSift(ModelFile.read(modelBytes, "model bytes"));
    }

    /** Classifies the lines of one page, in page order. {@code null} lines are treated as empty. */
    public PageResult classify(List<String> lines) {
        if (lines == null) return new PageResult(List.of());
        String[] arr = new String[lines.size()];
        for (int i = 0; i < arr.length; i++) {
            String s = lines.get(i);
            arr[i] = s == null ? "" : s;
        }
        return classifyArray(arr);
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
        String[] arr = new String[lines.size()];
        for (int i = 0; i < arr.length; i++) arr[i] = lines.get(i) == null ? "" : lines.get(i);
        return classifyArray(arr, true);
    }

    private PageResult classifyArray(String[] lines) {
        return classifyArray(lines, false);
    }

    private PageResult classifyArray(String[] lines, boolean explain) {
        int n = lines.length;
        float[] probs = new float[n * 3];
        int[] labels = new int[n];
        float[] contrib = explain ? new float[n * PageFeaturizer.NAMESPACES] : null;
        int title = classifier.classify(lines, probs, labels, contrib);
        String titleLine = title >= 0 ? lines[title] : null;
        LineResult[] out = new LineResult[n];
        for (int i = 0; i < n; i++) {
            Label label = Label.ofIndex(labels[i]);
            if (label == Label.SPUN || explain) {
                List<Span> found = label == Label.SPUN ? spans.find(lines[i], i == title ? null : titleLine) : List.of();
                List<String> why = explain ? Explanations.reasons(lines[i], i == title, found, contrib, i) : List.of();
                out[i] = new LineResult(i, lines[i], label, probs[3 * i], probs[3 * i + 1], probs[3 * i + 2],
                        found, Cleaner.clean(lines[i], found), why);
            } else {
                out[i] = new LineResult(i, lines[i], label, probs[3 * i], probs[3 * i + 1], probs[3 * i + 2]);
            }
        }
        return new PageResult(Arrays.asList(out));
    }

    /** A short description of the loaded model: format version, feature configuration and training note. */
    public String describe() {
        return model.describe();
    }
}
