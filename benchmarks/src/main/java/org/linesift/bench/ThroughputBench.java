package org.linesift.bench;

import org.linesift.LineSift;
import org.linesift.PageResult;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end throughput in MB/s of UTF-8 input: decode the typical page's bytes ({@code new String(bytes, UTF_8)}),
 * then {@code LineSift.classify(String)} (line splitting, featurisation, both model passes, result objects).
 *
 * <p>One invocation counts as {@link Fixtures#TYPICAL_PAGE_BYTES} operations, one per input byte, and the time
 * unit is microseconds, so <b>the score in "ops/us" is bytes per microsecond, i.e. MB/s</b> (10^6 bytes per second).
 * With {@code -prof gc}, {@code gc.alloc.rate.norm} is then bytes allocated per input byte.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThroughputBench {

    @State(Scope.Benchmark)
    public static class Input {
        LineSift sift;
        byte[] utf8;

        @Setup
        public void setup() {
            sift = Fixtures.sift();
            utf8 = Fixtures.typicalPageBytes(); // checks the length against TYPICAL_PAGE_BYTES
        }
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(Fixtures.TYPICAL_PAGE_BYTES)
    public PageResult mbPerSecond_1thread(Input in) {
        return in.sift.classify(new String(in.utf8, StandardCharsets.UTF_8));
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(Fixtures.TYPICAL_PAGE_BYTES)
    public PageResult mbPerSecond_2threads(Input in) {
        return in.sift.classify(new String(in.utf8, StandardCharsets.UTF_8));
    }

    /**
     * Baseline: the UTF-8 decoding alone, so that its share of time and allocation can be subtracted from
     * {@code mbPerSecond_*}. Same units (MB/s).
     */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(Fixtures.TYPICAL_PAGE_BYTES)
    public String decodeOnly_baseline(Input in) {
        return new String(in.utf8, StandardCharsets.UTF_8);
    }
}
