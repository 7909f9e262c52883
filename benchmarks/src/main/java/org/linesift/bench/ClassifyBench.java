package org.linesift.bench;

import org.linesift.LineSift;
import org.linesift.PageResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The public API: {@code LineSift.classify(List<String>)} on one line and on the typical 100-line page, with one
 * shared {@code LineSift} (as the README recommends). Score: pages (calls) per second; with 2 threads JMH reports
 * the sum over both threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifyBench {

    @State(Scope.Benchmark)
    public static class Shared {
        LineSift sift;
        List<String> oneLine;
        List<String> page;

        @Setup
        public void setup() {
            sift = Fixtures.sift();
            oneLine = List.of(Fixtures.typicalLine());
            page = Fixtures.typicalPageList();
            // fail fast if the model or fixture is broken
            if (sift.classify(page).size() != Fixtures.TYPICAL_PAGE_LINES) throw new IllegalStateException("bad page result");
        }
    }

    /** {@code sift.classify(List.of(line))} for one typical 72-char body line (a one-line page). */
    @Benchmark
    @Threads(1)
    public PageResult classifyOneLine(Shared st) {
        return st.sift.classify(st.oneLine);
    }

    /** The typical 100-line page, one thread. Lines/s = score x 100. */
    @Benchmark
    @Threads(1)
    public PageResult classifyTypicalPage_1thread(Shared st) {
        return st.sift.classify(st.page);
    }

    /** The typical 100-line page, two threads sharing one LineSift; score is the total over both threads. */
    @Benchmark
    @Threads(2)
    public PageResult classifyTypicalPage_2threads(Shared st) {
        return st.sift.classify(st.page);
    }
}
