package org.linesift.page;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** {@link TitleCopies} on pages written for this test (invented names). */
class TitleCopiesTest {
    private static boolean[] copies(String... lines) {
        boolean[] copy = new boolean[lines.length];
        int found = TitleCopies.find(lines, lines.length, copy, new long[lines.length]);
        int set = 0;
        for (boolean b : copy) if (b) set++;
        assertEquals(set, found);
        return copy;
    }

    @Test
    void aCopyOfAPageLineWithATradePhraseAppended() {
        assertArrayEquals(new boolean[] {true, false, false},
                copies("青溪市老旧小区改造全面启动|金鲤会app下载", " 青溪市老旧小区改造全面启动 ", "记者从青溪市住房和城乡建设局获悉，今年全市将改造一百二十个老旧小区。"));
    }

    @Test
    void withoutTheCopiedLineOrWithASitesNameItIsNone() {
        assertArrayEquals(new boolean[2], copies("青溪市老旧小区改造全面启动|金鲤会app下载", "记者从青溪市住房和城乡建设局获悉。"),
                "the title is not on the page");
        assertArrayEquals(new boolean[2], copies("青溪市老旧小区改造全面启动_青溪日报", "青溪市老旧小区改造全面启动"), "the site's name");
        assertArrayEquals(new boolean[2], copies("小区改造启动|金鲤会app下载", "小区改造启动"), "a copied part under eight chars");
        assertArrayEquals(new boolean[1], copies("青溪市老旧小区改造全面启动|金鲤会app下载"));
        assertArrayEquals(new boolean[0], copies());
    }
}
