package org.linesift.feature;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** {@link CharLm}'s trigram filter: what the prose has is always seen, and little else is. */
class CharLmTest {
    @Test
    void everyTrigramOfTheProseIsSeenAndSpacesAndLineEndsBreakThem() {
        CharLm lm = new CharLm.Builder().trigrams(16).add("据市住房和城乡建设局介绍").add("改造 坚持先地下后地上").build(0.75);
        String prose = "据市住房和城乡建设局介绍";
        for (int k = 2; k < prose.length(); k++) {
            assertTrue(lm.trigramSeen(prose.charAt(k - 2), prose.charAt(k - 1), prose.charAt(k)), prose.substring(k - 2, k + 1));
        }
        assertTrue(lm.trigramSeen('坚', '持', '先'));
        assertFalse(lm.trigramSeen('造', '坚', '持'), "a space breaks the chain");
        assertFalse(lm.trigramSeen('介', '绍', '改'), "so does the end of a line");
        assertFalse(lm.trigramSeen('城', '住', '房'));
    }

    @Test
    void falseHitsAreRareAndAModelWithoutTrigramsSeesNone() {
        StringBuilder text = new StringBuilder();
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 20000; i++) text.append((char) (0x4E00 + r.nextInt(3000)));
        CharLm lm = new CharLm.Builder().trigrams(18).add(text.toString()).build(0.75);
        int hits = 0, probes = 20000;
        for (int i = 0; i < probes; i++) {
            if (lm.trigramSeen((char) (0x6000 + r.nextInt(3000)), (char) (0x6000 + r.nextInt(3000)), (char) (0x6000 + r.nextInt(3000)))) hits++;
        }
        // 20,000 trigrams in 2^18 bits, two bits in one word each: about 2 % false hits
        assertTrue(hits < probes / 20, hits + " false hits in " + probes);
        CharLm none = new CharLm.Builder().add("据市住房和城乡建设局介绍").build(0.75);
        assertFalse(none.hasTrigrams());
        assertFalse(none.trigramSeen('据', '市', '住'));
        assertThrows(IllegalArgumentException.class, () -> new CharLm.Builder().trigrams(40));
    }
}
