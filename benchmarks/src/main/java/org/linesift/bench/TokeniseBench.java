package org.linesift.bench;

import org.linesift.text.Normalizer;
import org.linesift.text.Segmenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Normalisation plus dictionary tokenisation of one typical body line (72 chars), into reused arrays, the way
 * the featuriser does it. Score: ns per line.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokeniseBench {

    @State(Scope.Thread)
    public static class LineState {
        String line;
        Segmenter segmenter;
        char[] norm;
        int[] starts, ends, ids;

        @Setup
        public void setup() {
            line = Fixtures.typicalLine();
            segmenter = Segmenter.get();
            norm = new char[4096];
            starts = new int[4096];
            ends = new int[4096];
            ids = new int[4096];
        }
    }

    /** Normalizer.normalize into a reused char[] then Segmenter.segment into reused int[]s; returns the token count. */
    @Benchmark
    public int normaliseAndSegmentTypicalLine(LineState st) {
        int n = Normalizer.normalize(st.line, st.norm);
        return st.segmenter.segment(st.norm, n, st.starts, st.ends, st.ids);
    }
}
