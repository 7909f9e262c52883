package org.linesift.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SpanEvaluationTest {
    private static String marks(String original, String spun) {
        boolean[] c = SpanEvaluation.changed(original, spun);
        StringBuilder sb = new StringBuilder();
        for (boolean b : c) sb.append(b ? '^' : '.');
        return sb.toString();
    }

    @Test
    void insertedCharsAreTheTruth() {
        assertEquals("..^^^^^^^......", marks("据悉本次签约仪式", "据悉j9九游会官网本次签约仪式"));
        assertEquals(".^^^^^..^^^^^", marks("烟台市", "烟(yan)台市(shi)"));
        // a substitution: the new chars are marked, the kept ones are not
        assertEquals("..^.....", marks("如果项目进行顺利", "如果名目进行顺利"));
    }

    @Test
    void identicalAndEmpty() {
        assertEquals("....", marks("城南新区", "城南新区"));
        assertEquals("", marks("城南", ""));
        assertEquals("^^", marks("", "城南"));
    }
}
