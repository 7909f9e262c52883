package org.linesift.eval;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FixedFormatTest {
    @Test
    void exactCases() {
        assertEquals("0.0000", ErrorsTsv.p4(0));
        assertEquals("1.0000", ErrorsTsv.p4(1));
        assertEquals("0.0500", ErrorsTsv.p4(0.05));
        assertEquals("0.1235", ErrorsTsv.p4(0.12345678));
        assertEquals("0.0001", ErrorsTsv.p4(0.00005));
        assertEquals("-0.2500", ErrorsTsv.p4(-0.25));
        assertEquals("0.0000", ErrorsTsv.p4(-0.00001));
        assertEquals("NaN", ErrorsTsv.p4(Double.NaN));
        assertEquals("0.99", ErrorsTsv.appendFixed(new StringBuilder(), 0.994, 2).toString());
        assertEquals("1.00", ErrorsTsv.appendFixed(new StringBuilder(), 0.995, 2).toString());
        assertEquals("0.07", ErrorsTsv.appendFixed(new StringBuilder(), 0.07, 2).toString());
    }

    /** Probabilities come from floats; on those the fast path prints what String.format prints. */
    @Property(tries = 2000)
    void agreesWithStringFormatOnFloatProbabilities(@ForAll @DoubleRange(min = 0, max = 1) double d) {
        double p = (float) d;
        assertEquals(String.format(Locale.ROOT, "%.4f", p), ErrorsTsv.p4(p));
        assertEquals(String.format(Locale.ROOT, "%.2f", p), ErrorsTsv.appendFixed(new StringBuilder(), p, 2).toString());
    }
}
