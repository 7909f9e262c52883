package org.linesift;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

class LineSiftTest {
    static final LineSift SIFT;

    static {
        try {
            SIFT = LineSift.load(TestPages.tinyModel());
        } catch (ModelFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aContextPassOfAnotherWidthIsRefusedAtLoadAndOneOfThisWidthRuns() throws Exception {
        org.linesift.model.Model m = org.linesift.model.ModelFile.read(TestPages.tinyModel(), "tiny");
        // a single leaf: every body or nav line becomes nav (score -3)
        org.linesift.model.TreeEnsemble wide = new org.linesift.model.TreeEnsemble(65, -3f, new int[]{1},
                new short[]{-1}, new float[]{0f}, new int[]{0}, new int[]{0});
        byte[] bytes = org.linesift.model.ModelFile.write(m.withContextTrees(wide, "from another LineSift"));
        assertEquals("model bytes: the context pass reads 65 numbers a line, but this LineSift computes 64; use the LineSift that trained the model",
                assertThrows(ModelFormatException.class, () -> LineSift.load(bytes)).getMessage());
        org.linesift.model.TreeEnsemble allNav = new org.linesift.model.TreeEnsemble(org.linesift.page.ContextPass.FEATURES, -3f,
                new int[]{1}, new short[]{-1}, new float[]{0f}, new int[]{0}, new int[]{0});
        LineSift nav = LineSift.load(org.linesift.model.ModelFile.write(m.withContextTrees(allNav, "all nav")));
        PageResult r = nav.classify(Arrays.asList(TestPages.PAGE));
        assertTrue(SIFT.classify(Arrays.asList(TestPages.PAGE)).lines().stream().anyMatch(l -> l.label() == Label.BODY),
                "without the trees the page has body lines");
        for (int i = 0; i < r.size(); i++) {
            assertNotEquals(Label.BODY, r.get(i).label(), "line " + i);
            LineResult plain = SIFT.classify(Arrays.asList(TestPages.PAGE)).get(i);
            if (plain.label() == Label.SPUN) assertEquals(Label.SPUN, r.get(i).label(), "spun lines are left alone");
        }
        // --explain says which lines the trees moved, and shows none of the passes' reasons for the overruled label
        PageResult why = nav.explain(Arrays.asList(TestPages.PAGE));
        PageResult plainWhy = SIFT.explain(Arrays.asList(TestPages.PAGE));
        for (int i = 0; i < why.size(); i++) {
            List<String> reasons = why.get(i).reasons();
            if (plainWhy.get(i).label() == Label.BODY) {
                assertEquals("moved to nav by the context pass (the labels and probabilities of the lines around it; the passes alone said body)",
                        reasons.get(0), "line " + i);
                assertTrue(reasons.stream().noneMatch(w -> w.endsWith(")") && w.contains("(+")), reasons.toString());
            } else {
                assertTrue(reasons.stream().noneMatch(w -> w.contains("context pass")), reasons.toString());
            }
        }
    }

    @Test
    void oneResultPerInputLineInOrder() {
        PageResult r = SIFT.classify(Arrays.asList(TestPages.PAGE));
        assertEquals(TestPages.PAGE.length, r.size());
        for (int i = 0; i < r.size(); i++) {
            assertEquals(i, r.get(i).index());
            assertEquals(TestPages.PAGE[i], r.get(i).text());
            double sum = 0;
            for (Label l : Label.values()) sum += r.get(i).probability(l);
            assertEquals(1.0, sum, 1e-4);
        }
    }

    @Test
    void learnsItsTrainingPage() {
        PageResult r = SIFT.classify(Arrays.asList(TestPages.PAGE));
        for (int i = 0; i < r.size(); i++) assertEquals(TestPages.GOLD[i], r.get(i).label(), "line " + i + ": " + TestPages.PAGE[i]);
        assertTrue(r.hasSpam());
        assertTrue(r.bodyText().startsWith("城南新区招商引资再创佳绩\n今年以来"));
    }

    @Test
    void splitsOnLfAndCrLfWithoutATrailingEmptyLine() {
        assertArrayEquals(new String[]{"a", "b", "", "c"}, LineSift.splitLines("a\r\nb\n\nc\n"));
        assertArrayEquals(new String[]{"a"}, LineSift.splitLines("a"));
        assertArrayEquals(new String[]{"", ""}, LineSift.splitLines("\n\n"));
        assertArrayEquals(new String[]{"a\rb"}, LineSift.splitLines("a\rb"), "a lone CR is not a line break");
        PageResult r = SIFT.classify(String.join("\r\n", TestPages.PAGE) + "\n");
        assertEquals(TestPages.PAGE.length, r.size());
    }

    @Test
    void nullEmptyAndBlankInput() {
        assertEquals(0, SIFT.classify((String) null).size());
        assertEquals(0, SIFT.classify((List<String>) null).size());
        assertEquals(0, SIFT.classify("").size());
        PageResult r = SIFT.classify(Arrays.asList(null, "", "   ", "\u3000"));
        assertEquals(4, r.size());
        for (LineResult l : r) {
            assertEquals(Label.NAV, l.label());
            assertEquals(1.0, l.probability(Label.NAV));
            assertTrue(l.isBlank());
        }
        assertEquals("", r.get(0).text());
    }

    @Test
    void scriptsAndSymbolsFromTheWildAreHandled() {
        List<String> page = List.of(
                "城南新區招商引資再創佳績，今年新簽約項目十二個。",            // traditional characters
                "ＡＢＣ１２３　全角文字，ｊ９官網",                             // full-width ASCII and ideographic space
                "مرحبا بالعالم שלום עולם",                                     // right-to-left scripts
                "😀🎉 表情 \uD83D 落单代理项 \uDC00",                          // astral emoji
                "\uD83D\uDC00\uD800x\uDFFF",                                // unpaired surrogates
                "\uFFFD\uFFFD\uFFFD锟斤拷\u0000\u0007\u001B[31m",         // replacement chars, controls, escapes
                "\u202E\u200B\u2028\u2029");                                // bidi override, zero width, separators
        PageResult r = SIFT.classify(page);
        assertEquals(page.size(), r.size());
        for (int i = 0; i < page.size(); i++) assertEquals(page.get(i), r.get(i).text(), "text is kept exactly");
    }

    @Test
    void explainGivesTheSameLabelsWithReasons() {
        List<String> page = Arrays.asList(TestPages.PAGE);
        PageResult plain = SIFT.classify(page);
        PageResult explained = SIFT.explain(page);
        assertEquals(plain.size(), explained.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(plain.get(i).label(), explained.get(i).label());
            assertEquals(plain.get(i).probability(Label.SPUN), explained.get(i).probability(Label.SPUN), 1e-6);
            assertTrue(plain.get(i).reasons().isEmpty(), "classify does not explain");
            assertFalse(explained.get(i).reasons().isEmpty(), "line " + i + " has reasons");
        }
        // the mojibake line names its run
        assertTrue(explained.get(8).reasons().stream().anyMatch(r -> r.startsWith("mojibake run '锟斤拷")), explained.get(8).reasons().toString());
        assertEquals(0, SIFT.explain(null).size());
    }

    @Test
    void resultsAreImmutable() {
        PageResult r = SIFT.classify("城南新区招商引资再创佳绩");
        assertThrows(UnsupportedOperationException.class, () -> r.lines().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.linesLabelled(Label.BODY).clear());
    }

    @Test
    void eightThreadsGiveTheSingleThreadResults() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> p = new ArrayList<>(Arrays.asList(TestPages.PAGE));
            p.add("第" + i + "段：新区今年新增就业岗位" + (i * 37) + "个。");
            if (i % 3 == 0) p.add(0, "菜单" + i);
            pages.add(p);
        }
        List<PageResult> expected = new ArrayList<>();
        for (List<String> p : pages) expected.add(SIFT.classify(p));
        ExecutorService ex = Executors.newFixedThreadPool(8);
        try {
            List<Future<PageResult>> fs = new ArrayList<>();
            for (int round = 0; round < 5; round++) for (List<String> p : pages) fs.add(ex.submit(() -> SIFT.classify(p)));
            for (int k = 0; k < fs.size(); k++) {
                PageResult got = fs.get(k).get();
                PageResult want = expected.get(k % pages.size());
                assertEquals(want.size(), got.size());
                for (int i = 0; i < want.size(); i++) {
                    assertEquals(want.get(i).label(), got.get(i).label());
                    assertEquals(want.get(i).probability(Label.SPUN), got.get(i).probability(Label.SPUN), 0.0);
                }
            }
        } finally {
            ex.shutdownNow();
        }
    }

    @Test
    void longLinesAndPagesStayLinear() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 10_000_000) sb.append("城南新区招商引资再创佳绩，j9官网。");
        PageResult r = SIFT.classify(List.of(sb.toString()));
        assertEquals(1, r.size());
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) many.add(TestPages.PAGE[i % TestPages.PAGE.length]);
        assertEquals(100_000, SIFT.classify(many).size());
    }

    @Test
    void linesWithMarkupKeepOneResultPerLineAndIgnoreAMismatchedMarkupList() {
        List<String> lines = Arrays.asList("首页", null, "城南新区招商引资再创佳绩，签约项目十二个。");
        PageResult withMarkup = SIFT.classify(lines, Arrays.asList("t:li in:a ld:4", null, "t:p ld:0"));
        assertEquals(3, withMarkup.size());
        assertEquals("", withMarkup.get(1).text());
        assertEquals(Label.NAV, withMarkup.get(1).label());
        assertTrue(withMarkup.get(0).source().isEmpty(), "markup strings are not sources");
        // a markup list of the wrong length is ignored: the same as text
        PageResult mismatched = SIFT.classify(lines, List.of("t:li"));
        PageResult text = SIFT.classify(lines);
        for (int i = 0; i < 3; i++) assertEquals(text.get(i).probability(Label.BODY), mismatched.get(i).probability(Label.BODY), 0.0);
        assertEquals(0, SIFT.classify(null, null).size());
    }
}
