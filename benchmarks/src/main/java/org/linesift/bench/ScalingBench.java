package org.linesift.bench;

import org.linesift.LineSift;
import org.linesift.PageResult;
import org.linesift.text.Normalizer;
import org.linesift.text.Segmenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How cost grows with line length and page length. Score: ns per call (AverageTime); divide by the parameter
 * to get ns per char or ns per line. Each benchmark only iterates the {@code @Param} of the state it uses.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScalingBench {

    /** One prose line of {@code lineChars} chars (article paragraphs of the typical page, concatenated and cut). */
    @State(Scope.Thread)
    public static class LineOfLength {
        @Param({"20", "80", "320", "1280"})
        public int lineChars;

        LineSift sift;
        List<String> page;
        String line;
        Segmenter segmenter;
        char[] norm;
        int[] starts, ends, ids;

        @Setup
        public void setup() {
            sift = Fixtures.sift();
            line = Fixtures.proseLine(lineChars);
            page = List.of(line);
            segmenter = Segmenter.get();
            norm = new char[lineChars];
            starts = new int[lineChars];
            ends = new int[lineChars];
            ids = new int[lineChars];
        }
    }

    /** A page of {@code pageLines} lines with the typical page's mix (see Fixtures.scaledPage). */
    @State(Scope.Thread)
    public static class PageOfLength {
        @Param({"10", "100", "1000"})
        public int pageLines;

        LineSift sift;
        List<String> page;

        @Setup
        public void setup() {
            sift = Fixtures.sift();
            page = Fixtures.scaledPage(pageLines);
        }
    }

    /** {@code sift.classify(List.of(line))} for one line of lineChars chars. ns per char = score / lineChars. */
    @Benchmark
    public PageResult classifyLineOfLength(LineOfLength st) {
        return st.sift.classify(st.page);
    }

    /** Normalise + segment one line of lineChars chars into reused arrays. */
    @Benchmark
    public int normaliseAndSegmentLineOfLength(LineOfLength st) {
        int n = Normalizer.normalize(st.line, st.norm);
        return st.segmenter.segment(st.norm, n, st.starts, st.ends, st.ids);
    }

    /** {@code sift.classify(page)} for a page of pageLines lines. ns per line = score / pageLines. */
    @Benchmark
    public PageResult classifyPageOfLength(PageOfLength st) {
        return st.sift.classify(st.page);
    }
}
