package org.linesift.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SegmenterTest {
    private static List<String> tokens(String s) {
        char[] c = Normalizer.normalize(s).toCharArray();
        int[] st = new int[c.length], en = new int[c.length], id = new int[c.length];
        int n = Segmenter.get().segment(c, c.length, st, en, id);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(s.substring(st[i], en[i]) + "@" + st[i]);
        return out;
    }

    @Test
    void segmentsWithExactOffsets() {
        // forward longest match over HanLP's mini core dictionary: 城南 is not in it, 创佳 is
        assertEquals(List.of("城@0", "南@1", "新区@2", "招商引资@4", "再@8", "创佳@9", "绩@11"), tokens("城南新区招商引资再创佳绩"));
        assertEquals(List.of("今年@0", "以来@2", "，@4", "新@5", "签约@6", "项目@8"), tokens("今年以来，新签约项目"));
    }

    @Test
    void latinDigitRunsAreOneTokenAndSpacesAreSkipped() {
        assertEquals(List.of("点@0", "招@1", "J9@2", "官@4", "网@5", "hg8868@7", "。@13"), tokens("点招J9官网 hg8868。"));
    }

    @Test
    void dictionaryIdsAndFrequencies() {
        char[] c = "项目名目".toCharArray();
        int[] st = new int[4], en = new int[4], id = new int[4];
        int n = Segmenter.get().segment(c, 4, st, en, id);
        assertEquals(2, n);
        assertTrue(Segmenter.get().frequency(id[0]) > 100, "项目 is common in news");
        assertTrue(Segmenter.get().frequency(id[1]) < 10, "名目 is rare in news");
        assertEquals(0, Segmenter.get().frequency(-1));
    }

    @Test
    void capsTokensAtBufferSize() {
        char[] c = "一二三四五六七八九十".toCharArray();
        int[] st = new int[3], en = new int[3], id = new int[3];
        assertEquals(3, Segmenter.get().segment(c, c.length, st, en, id));
    }

    @Test
    void emptyAndHostileInput() {
        int[] st = new int[8], en = new int[8], id = new int[8];
        assertEquals(0, Segmenter.get().segment(new char[0], 0, st, en, id));
        char[] c = {'\uD800', '\uFFFF', '\u0000', '\uDFFF'};
        assertEquals(3, Segmenter.get().segment(c, 4, st, en, id), "NUL is a space, the rest are one token each");
    }
}
