package org.linesift.bench;

import org.linesift.LineSift;
import org.linesift.PageResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: {@code LineSift.load()} of the bundled model plus the first {@code classify} of a 4-line page, HanLP
 * dictionaries included, once per fresh JVM (single shot, no warm-up, one call per fork; JVM start-up itself is
 * not counted). The target is 1 s. Score: ms per cold start, over the forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(5)
public class ColdStartBench {
    private static final List<String> PAGE = List.of("首页 | 新闻 | 体育", "城南新区举行春季招聘会",
            "本次招聘会共有两百余家企业参加，提供就业岗位五千多个。", "责任编辑：王明");

    @Benchmark
    public PageResult loadAndClassifyOnce() {
        return LineSift.load().classify(PAGE);
    }
}
