package org.linesift.page;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkupGroupsTest {
    static final int B = 0, N = 1, S = 2;
    static final String MENU = "t:li in:a a:ul c:nav ld:4 bld:4 bl:5 sib:4 d:2 rc:out";
    static final String PARA = "t:p c:content c1:content ld:0 bld:0 bl:11 td:5 pd:4 sib:6 d:3 rc:in";

    @Test
    void theSignatureDropsWhatBelongsToTheLineAlone() {
        assertEquals("t:li a:ul c:nav bld:4 bl:5 sib:4 d:2 rc:out", MarkupGroups.signature(MENU));
        assertEquals("t:p c:content c1:content bld:0 bl:11 td:5 pd:4 sib:6 d:3 rc:in", MarkupGroups.signature(PARA));
        // only the whole token in:a goes; a class word that starts with it stays
        assertEquals("w:in:abc", MarkupGroups.signature("in:a w:in:abc ld:0"));
        assertEquals("", MarkupGroups.signature(""));
        assertEquals("", MarkupGroups.signature("  ld:3  in:a "));
    }

    @Test
    void aNavLineAmongItsGroupsBodyLinesBecomesBody() {
        String quote = PARA.replace(" ld:0 ", " ld:1 "); // a quotation with a link: same group
        String[] markup = {MENU, MENU.replace(" ld:4 ", " ld:3 "), MENU, PARA, quote, PARA, PARA, "t:div ld:0"};
        int[] labels = {N, N, N, B, N, S, B, N};
        MarkupGroups.apply(markup, labels, labels.length);
        // the paragraphs: 2 body, 1 nav (the spun line counts for the size, not the vote), so the nav one is body;
        // the menu stays nav, the spun line stays spun, and a line alone in its group keeps its label
        assertArrayEquals(new int[] {N, N, N, B, B, S, B, N}, labels);
    }

    @Test
    void lookAlikesCountTheOtherLinesOfAGroupThatVotesBody() {
        String[] markup = {MENU, MENU, MENU, PARA, PARA, PARA, PARA, null};
        int[] labels = {N, N, B, B, N, S, B, B};
        // the menu votes nav (1 of 3), the paragraphs body (2 of 3 votes, 4 lines), the null line is in no group
        assertArrayEquals(new int[] {0, 0, 0, 3, 3, 3, 3, 0}, MarkupGroups.bodyLookAlikes(markup, labels, 8));
        assertArrayEquals(new int[] {0, 0, 0}, MarkupGroups.bodyLookAlikes(new String[] {PARA, PARA, PARA}, new int[] {S, S, S}, 3),
                "a group of spun lines has no body to look like");
        assertArrayEquals(new int[] {0, 0}, MarkupGroups.bodyLookAlikes(null, new int[] {B, N}, 2));
    }

    @Test
    void aGroupNeedsThreeLinesAndAtLeastHalfOfItsVotes() {
        int[] two = {B, N};
        MarkupGroups.apply(new String[] {PARA, PARA}, two, 2);
        assertArrayEquals(new int[] {B, N}, two, "two lines are no group");
        int[] tie = {B, B, N, N};
        MarkupGroups.apply(new String[] {PARA, PARA, PARA, PARA}, tie, 4);
        assertArrayEquals(new int[] {B, B, B, B}, tie, "half the votes is enough");
        int[] minority = {B, N, N, N};
        MarkupGroups.apply(new String[] {PARA, PARA, PARA, PARA}, minority, 4);
        assertArrayEquals(new int[] {B, N, N, N}, minority, "a body minority changes nothing, and body never turns nav");
    }

    @Test
    void withoutMarkupNothingChanges() {
        int[] labels = {B, N, N, N};
        MarkupGroups.apply(null, labels, 4);
        MarkupGroups.apply(new String[] {PARA, PARA}, labels, 4); // shorter than the page: refused
        MarkupGroups.apply(new String[] {PARA, null, null, null}, labels, 4); // no group
        assertArrayEquals(new int[] {B, N, N, N}, labels);
    }

    @Property(tries = 300)
    void neverThrowsAndOnlyTurnsNavIntoBody(@ForAll String[] markup, @ForAll long seed) {
        java.util.Random r = new java.util.Random(seed);
        int n = markup.length;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(3);
            if (r.nextInt(3) == 0) markup[i] = r.nextBoolean() ? PARA : null;
        }
        int[] before = labels.clone();
        MarkupGroups.apply(markup, labels, n);
        for (int i = 0; i < n; i++) {
            if (labels[i] != before[i]) {
                assertEquals(N, before[i]);
                assertEquals(B, labels[i]);
            }
        }
    }
}
