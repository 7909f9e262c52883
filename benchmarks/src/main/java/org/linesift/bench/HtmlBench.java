package org.linesift.bench;

import org.linesift.LineSift;
import org.linesift.PageResult;
import org.linesift.html.HtmlLines;
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

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * HTML input, on the invented portal page {@code examples/sample-page.html} (menus, breadcrumb, article, related
 * list, footer; 21 lines; packaged into the benchmark jar by its pom): the conversion
 * alone ({@link HtmlLines#of(byte[], java.nio.charset.Charset)}: encoding detection, jsoup parse, lines and markup
 * tokens), and the whole {@code classifyHtml} with the bundled pair of models. Compare the two scores of one run:
 * the difference is what the models cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlBench {

    @State(Scope.Benchmark)
    public static class Input {
        LineSift sift;
        byte[] html;

        @Setup
        public void setup() throws IOException {
            sift = Fixtures.sift();
            try (InputStream in = HtmlBench.class.getResourceAsStream("/sample-page.html")) {
                if (in == null) throw new IllegalStateException("sample-page.html missing from the benchmark jar");
                html = in.readAllBytes();
            }
            sift.classifyHtml(html, null); // reads the HTML model before measuring
        }
    }

    @Benchmark
    public HtmlLines htmlToLines(Input in) {
        return HtmlLines.of(in.html, null);
    }

    @Benchmark
    public PageResult classifyHtml(Input in) {
        return in.sift.classifyHtml(in.html, null);
    }
}
