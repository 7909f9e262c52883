package org.linesift.bench;

import org.linesift.feature.PageFeaturizer;
import org.linesift.page.PageClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Featurisation of the typical page: {@code PageFeaturizer.analyse} (pass 1) and then {@code features} for every
 * line (pass 2, first-stage features only, no stacking), with one reused {@code Scratch} and feature buffer.
 * No model scoring. Score: ns per line ({@code @OperationsPerInvocation(100)}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FeaturiseBench {

    @State(Scope.Thread)
    public static class PageState {
        PageFeaturizer featurizer;
        PageFeaturizer.Scratch scratch;
        String[] lines;
        int[] feats;

        @Setup
        public void setup() {
            featurizer = new PageClassifier(Fixtures.model()).featurizer();
            scratch = new PageFeaturizer.Scratch();
            lines = Fixtures.typicalPageLines();
            feats = new int[featurizer.maxFeatures() + 64];
        }
    }

    @Benchmark
    @OperationsPerInvocation(Fixtures.TYPICAL_PAGE_LINES)
    public void featuriseTypicalPage(PageState st, Blackhole bh) {
        String[] lines = st.lines;
        st.featurizer.analyse(lines, st.scratch);
        int total = 0;
        for (int i = 0; i < lines.length; i++) {
            int k = st.featurizer.features(lines, i, st.scratch, st.feats);
            total += k;
            bh.consume(st.feats[k - 1]);
        }
        bh.consume(total);
    }

    /** Pass 1 alone (per-line measurements, LM surprisal, repeats, title), per line. */
    @Benchmark
    @OperationsPerInvocation(Fixtures.TYPICAL_PAGE_LINES)
    public void analyseTypicalPage(PageState st, Blackhole bh) {
        st.featurizer.analyse(st.lines, st.scratch);
        bh.consume(st.featurizer.title(st.scratch));
    }
}
