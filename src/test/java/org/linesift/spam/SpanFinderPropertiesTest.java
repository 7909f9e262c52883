package org.linesift.spam;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.linesift.Span;
import org.linesift.text.Segmenter;
import org.linesift.text.SynonymTable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Spans on hostile lines: never an exception, always in bounds, sorted and apart, each naming its own text. */
class SpanFinderPropertiesTest {
    static final SpanFinder FINDER = new SpanFinder(SpanFinderTest.LM, SpanFinderTest.lexicon("官网", "九游会"),
            SynonymTable.get(), Segmenter.get());

    @Provide
    Arbitrary<String> hostileLines() {
        // the chars the detectors look for: garbled runs, brackets, colons, pinyin, brand names, title words
        Arbitrary<String> spammy = Arbitraries.strings().withCharRange('\u4E00', '\u9FFF')
                .withChars("锟斤拷烫銆佺çè¯\uFFFD\uE5E5()（）【】[]：:，。、 yanshij9bet365官网尊龙凯时城南新区招商引资")
                .ofMaxLength(120);
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> surrogates = Arbitraries.strings().withCharRange('\uD800', '\uDFFF').withChars("😀锟斤拷a：").ofMaxLength(40);
        return Arbitraries.oneOf(spammy, spammy, anyChars, surrogates);
    }

    @Property(tries = 300)
    void spansAreInBoundsSortedApartAndTheirOwnText(@ForAll("hostileLines") String line, @ForAll("hostileLines") String title,
                                                     @ForAll("hostileLines") String term) {
        for (List<Span> spans : List.of(FINDER.find(line, title), FINDER.find(line, null, List.of(term, "锟斤拷")))) {
            int last = 0;
            for (Span s : spans) {
                assertTrue(s.start() >= last && s.start() < s.end() && s.end() <= line.length(), spans + " in " + line.length() + " chars");
                assertEquals(line.substring(s.start(), s.end()), s.text());
                last = s.end();
            }
            String cleaned = Cleaner.clean(line, spans);
            assertTrue(cleaned.length() <= line.length() + 16 * spans.size(), cleaned);
        }
    }
}
