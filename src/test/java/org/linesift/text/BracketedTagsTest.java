package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** {@link BracketedTags} on lines written for this test (invented names), with exact offsets. */
class BracketedTagsTest {
    @Test
    void theSameTagAfterTwoClauseMarks() {
        String line = "青溪车展规模空前，(金鲤会)展出的新车型多达三十款，(金鲤会)其中概念车五款。";
        assertEquals(9L << 32 | 14, BracketedTags.repeated(line));
        assertEquals(26L << 32 | 31, BracketedTags.next(line, 9, 14, 14));
        assertEquals(-1, BracketedTags.next(line, 9, 14, 31));
        assertEquals(5L << 32 | 11, BracketedTags.repeated("车展开幕、【xg88】新车亮相，【XG88】价格公布"), "folded, and any bracket");
    }

    @Test
    void glossesSourcesAndToolBarsAreNot() {
        assertEquals(-1, BracketedTags.repeated("青溪市住建局（以下简称住建局）表示，住建局（市局）将牵头"), "after a word, not a clause mark");
        assertEquals(-1, BracketedTags.repeated("【打印】 [打印] 【关闭】 [关闭]"), "a tool bar");
        assertEquals(-1, BracketedTags.repeated("车展开幕，(金鲤会)新车亮相，(银泰城)价格公布"), "two names");
        assertEquals(-1, BracketedTags.repeated("第一，(2031)年内完成，第二，(2031)年底验收"), "digits alone");
        assertEquals(-1, BracketedTags.repeated("车展开幕，(金鲤会)。新车亮相，(金鲤会)。"), "no sentence after it");
        assertEquals(-1, BracketedTags.repeated(""));
    }

    @Property(tries = 500)
    void neverThrows(@ForAll String s) {
        long r = BracketedTags.repeated(s);
        if (r >= 0) assertTrue((int) (r >>> 32) < (int) r && (int) r <= s.length());
    }
}
