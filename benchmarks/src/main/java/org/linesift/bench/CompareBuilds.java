package org.linesift.bench;

import org.linesift.train.Corpus;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of the library, side by side in one JVM: each is loaded from its own class directory (its
 * {@code org.linesift} classes and bundled models; HanLP and the rest come from this jar), and the two classify the
 * same pages in alternating passes, A then B, B then A. On a shared machine whose speed drifts by half within a
 * minute, the ratio of two passes run back to back is steady where absolute timings are not. Thread CPU time is
 * measured, the first third of the passes is warm-up.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.linesift.bench.CompareBuilds PAGES PASSES DIR_A DIR_B},
 * where PAGES is a labelled corpus file ({@code # page:} headers, {@code label<TAB>text} lines) or a text page.
 * {@code benchmarks/compare-builds.sh} builds an older revision and runs it.
 */
public final class CompareBuilds {
    private CompareBuilds() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: CompareBuilds PAGES PASSES CLASSES_DIR_A CLASSES_DIR_B");
            System.exit(2);
        }
        List<List<String>> pages = pages(Path.of(args[0]));
        int passes = Integer.parseInt(args[1]);
        Object[] sift = new Object[2];
        Method[] classify = new Method[2];
        for (int k = 0; k < 2; k++) {
            ClassLoader loader = new ChildFirst(Path.of(args[2 + k]).toUri().toURL());
            Class<?> c = loader.loadClass("org.linesift.LineSift");
            sift[k] = c.getMethod("load").invoke(null);
            classify[k] = c.getMethod("classify", List.class);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] sum = new double[2];
        List<Double> ratios = new ArrayList<>();
        long lines = 0;
        for (List<String> p : pages) lines += p.size();
        for (int r = 0; r < passes; r++) {
            double[] t = new double[2];
            for (int k : r % 2 == 0 ? new int[]{0, 1} : new int[]{1, 0}) {
                long c0 = mx.getCurrentThreadCpuTime();
                for (List<String> p : pages) classify[k].invoke(sift[k], p);
                t[k] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            }
            if (r >= passes / 3) { sum[0] += t[0]; sum[1] += t[1]; ratios.add(t[0] / t[1]); }
        }
        Collections.sort(ratios);
        int n = ratios.size();
        System.out.printf("%d pages, %d lines; %d measured passes each%n", pages.size(), lines, n);
        System.out.printf("A: %.0f lines/s   B: %.0f lines/s   (thread CPU time, mean over the measured passes)%n",
                lines * n / sum[0], lines * n / sum[1]);
        System.out.printf("B against A: %.3f (median of the per-pass ratios; quartiles %.3f-%.3f)%n",
                ratios.get(n / 2), ratios.get(n / 4), ratios.get(3 * n / 4));
    }

    /** A labelled corpus file's pages (read by the library's {@link Corpus}), or a text file as one page. */
    static List<List<String>> pages(Path file) throws Exception {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (all.isEmpty() || !all.get(0).startsWith("# page:")) return List.of(all);
        List<List<String>> pages = new ArrayList<>();
        for (GoldPage p : Corpus.read(file)) pages.add(p.lines().stream().map(GoldLine::text).toList());
        return pages;
    }

    /** Loads {@code org.linesift} classes and resources from its own directory first, everything else as usual. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL dir) { super(new URL[]{dir}, CompareBuilds.class.getClassLoader()); }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.linesift.") || name.startsWith("org.linesift.bench.")) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) c = findClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL u = findResource(name);
            return u != null ? u : super.getResource(name);
        }
    }
}
