package org.linesift.feature;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import static org.junit.jupiter.api.Assertions.*;

/** Properties of the insertion test (kept apart from the example tests so that each engine reports its own class). */
class LmProbesPropertiesTest {
    /** On any text: a span inside the line, of a known kind, with a positive saving, or no span at all. */
    @Property(tries = 300)
    void spanIsAlwaysWellFormed(@ForAll @StringLength(max = 120) @CharRange(from = '\u4E00', to = '\u4E2F')
                                @Chars({'，', '：', ':', '【', '】', '(', ')', '（', '）', 'a', 'b', '9', ' ', '.', '“'}) String line) {
        int[] r = LmProbesTest.insertion(line);
        if (r[3] == 0) {
            assertArrayEquals(new int[]{0, -1, -1, 0}, r);
        } else {
            assertTrue(r[3] >= LmProbes.BRACKETED && r[3] <= LmProbes.BARE, "kind " + r[3]);
            assertTrue(r[0] > 0 && 0 <= r[1] && r[1] + 2 <= r[2] && r[2] <= line.length(), java.util.Arrays.toString(r));
        }
    }
}
