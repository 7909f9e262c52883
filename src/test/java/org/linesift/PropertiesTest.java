package org.linesift;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PropertiesTest {
    static final LineSift SIFT = LineSiftTest.SIFT;

    @Provide
    Arbitrary<List<String>> hostilePages() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').withChars("，。、j9()（）【】 \t\u3000\uFFFD锟斤拷").ofMaxLength(200);
        Arbitrary<String> surrogates = Arbitraries.strings().withCharRange('\uD800', '\uDFFF').withChars("😀a").ofMaxLength(50);
        Arbitrary<String> line = Arbitraries.oneOf(anyChars, cjk, surrogates, Arbitraries.just(""), Arbitraries.just("   "));
        return line.injectNull(0.05).list().ofMaxSize(60);
    }

    @Property(tries = 200)
    void neverThrowsAndKeepsOneResultPerLine(@ForAll("hostilePages") List<String> page) {
        PageResult a = SIFT.classify(page);
        assertEquals(page.size(), a.size());
        PageResult b = SIFT.classify(page);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).label(), b.get(i).label(), "same result twice");
            double sum = 0;
            for (Label l : Label.values()) {
                double p = a.get(i).probability(l);
                assertTrue(p >= 0 && p <= 1 && !Double.isNaN(p));
                sum += p;
            }
            assertEquals(1.0, sum, 1e-4);
        }
    }

    @Property(tries = 100)
    void pageTextNeverThrows(@ForAll("hostilePages") List<String> page) {
        String text = String.join("\n", page.stream().map(s -> s == null ? "" : s).toList());
        PageResult r = SIFT.classify(text);
        assertEquals(LineSift.splitLines(text).length, r.size());
    }

    @Provide
    Arbitrary<String> hostileHtml() {
        Arbitrary<String> tag = Arbitraries.of("<p>", "</p>", "<div class=\"nav\">", "</div>", "<a href=x>", "</a>", "<br>", "<li>",
                "<table><tr><td>", "</td>", "<pre>", "</pre>", "<script>", "</script>", "<!--", "-->", "<meta charset=gbk>",
                "<div style=\"display:none\">", "<h1>", "&nbsp;", "&#0;", "&#xD800;", "<", ">", "\"", "\u3000");
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').withChars("，。j9锟斤拷 \n").ofMaxLength(40);
        Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(20);
        return Arbitraries.oneOf(tag, tag, text, junk).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    /** The bundled pair (text and HTML model) when the jar has them, else the tiny test model. */
    static final LineSift BUNDLED_OR_TINY = LineSift.class.getResource("/org/linesift/models/html.lsm") != null ? LineSift.load() : SIFT;

    @Property(tries = 100)
    void theBundledModelsContextPassNeverThrowsAndKeepsSpunLinesAsThePassesLeftThem(@ForAll("hostilePages") List<String> page) {
        // the bundled text model has a context pass: hostile pages through it, and through the same passes without it
        PageResult with = BUNDLED_OR_TINY.classify(page);
        PageResult why = BUNDLED_OR_TINY.explain(page);
        PageResult without = WITHOUT_CONTEXT.classify(page);
        assertEquals(page.size(), with.size());
        for (int i = 0; i < with.size(); i++) {
            LineResult l = with.get(i);
            double sum = 0;
            for (Label k : Label.values()) {
                double p = l.probability(k);
                assertTrue(p >= 0 && p <= 1 && !Double.isNaN(p), "line " + i + ": " + p);
                sum += p;
            }
            assertEquals(1.0, sum, 1e-4);
            assertEquals(l.label(), why.get(i).label(), "explain gives the same labels");
            assertEquals(l.label() == Label.SPUN, without.get(i).label() == Label.SPUN,
                    "the context pass neither makes nor unmakes a spun line");
        }
    }

    /** {@link #BUNDLED_OR_TINY}'s model without its context pass. */
    static final LineSift WITHOUT_CONTEXT = withoutContextPass();

    private static LineSift withoutContextPass() {
        try (java.io.InputStream in = LineSift.class.getResourceAsStream(LineSift.DEFAULT_MODEL)) {
            if (in == null) return SIFT;
            org.linesift.model.Model m = org.linesift.model.ModelFile.read(in.readAllBytes(), "bundled");
            return LineSift.load(org.linesift.model.ModelFile.write(m.withContextTrees(null, m.note())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 150)
    void htmlNeverThrowsAndEveryLineHasItsSource(@ForAll("hostileHtml") String html) {
        for (PageResult r : List.of(SIFT.classifyHtml(html), BUNDLED_OR_TINY.classifyHtml(html),
                BUNDLED_OR_TINY.classifyHtml(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null),
                SIFT.classifyHtml(html.getBytes(java.nio.charset.Charset.forName("GB18030")), java.nio.charset.Charset.forName("GBK")))) {
            for (LineResult l : r) {
                assertTrue(l.source().isPresent());
                assertFalse(l.text().isBlank());
                double sum = l.probability(Label.BODY) + l.probability(Label.NAV) + l.probability(Label.SPUN);
                assertEquals(1.0, sum, 1e-4);
            }
        }
    }
}
