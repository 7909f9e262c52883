package org.linesift.page;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linesift.feature.CharLm;
import org.linesift.model.ModelFile;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.*;

/** {@link Twins}: which copy of a twin pair is spun, and which near-copies are not twins; with the bundled LM. */
class TwinsTest {
    private static CharLm lm;

    @BeforeAll
    static void loadLm() throws Exception {
        try (InputStream in = PageClassifier.class.getResourceAsStream(ModelFile.BUNDLED)) {
            lm = ModelFile.read(in.readAllBytes(), "bundled").lm();
        }
    }

    /** For each line, the index of the copy it is a spinner's copy of, else -1. */
    private static int[] twins(String... lines) {
        int[] twinOf = new int[lines.length];
        java.util.Arrays.fill(twinOf, -1);
        int found = Twins.find(lines, lines.length, lm, twinOf, new long[lines.length], new long[lines.length],
                new int[lines.length]);
        int set = 0;
        for (int t : twinOf) if (t >= 0) set++;
        assertEquals(set, found, "the count is the lines set");
        return twinOf;
    }

    private static int[] none(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    private static final String ORIGINAL = "青溪市教育局近日召开会议，研究部署今年秋季学期的招生工作安排";
    /** 研究→研讨, 工作→任务 (a spinner's swaps; same length, two places). */
    private static final String SPUN = "青溪市教育局近日召开会议，研讨部署今年秋季学期的招生任务安排";

    @Test
    void theDearerCopyOfATwinPairIsSpunWhereverItStands() {
        assertArrayEquals(new int[] {-1, -1, 0}, twins(ORIGINAL, "首页 | 新闻 | 教育", SPUN));
        assertArrayEquals(new int[] {2, -1, -1}, twins(SPUN, "首页 | 新闻 | 教育", ORIGINAL));
        assertTrue(Twins.margin(SPUN, ORIGINAL, lm) >= Twins.MIN_MARGIN);
        assertEquals(-Twins.margin(SPUN, ORIGINAL, lm), Twins.margin(ORIGINAL, SPUN, lm));
    }

    @Test
    void aCopyPrintedWithALabelOrAFullStopIsStillACopy() {
        // the lead printed as written, and again under 前言： with a full stop, spun
        assertArrayEquals(new int[] {-1, 0}, twins(ORIGINAL, "前言：" + SPUN + "。"));
        assertArrayEquals(new int[] {1, -1}, twins("Re:" + SPUN, ORIGINAL + "！"));
        assertArrayEquals(new int[] {-1, 0}, twins(ORIGINAL, "· " + SPUN), "a related headline's bullet");
    }

    @Test
    void oneDifferingPlaceIsATemplatedFieldNotASpinner() {
        // the same ticket line for two kinds of visitor; one place differs
        assertEquals(Twins.NONE, Twins.margin("成人票原价五十元，当日有效，售出不退", "儿童票原价五十元，当日有效，售出不退", lm));
        assertArrayEquals(none(2), twins("成人票原价五十元，当日有效，售出不退", "儿童票原价五十元，当日有效，售出不退"));
    }

    /** Rows of one template: each differs from the others in two places (the province and the city). */
    private static final String[] ROWS = {
        "青溪（江南）创新创业示范基地（柳巷园区", "青溪（浙东）创新创业示范基地（宁波园区",
        "青溪（闽北）创新创业示范基地（南平园区", "青溪（皖南）创新创业示范基地（黄山园区"};

    @Test
    void rowsOfATemplateAreNotTwins() {
        // two rows alone look like a spinner's pair; the rows of a list are not
        boolean pairFound = false;
        for (int a = 0; a < ROWS.length; a++) {
            for (int b = a + 1; b < ROWS.length; b++) {
                int[] two = twins(ROWS[a], ROWS[b]);
                pairFound |= two[0] >= 0 || two[1] >= 0;
            }
        }
        assertTrue(pairFound, "some two rows alone are judged twins");
        assertArrayEquals(none(4), twins(ROWS));
        assertArrayEquals(none(5), twins(ROWS[0], "首页 | 新闻 | 教育", ROWS[1], ROWS[2], ROWS[3]));
    }

    @Test
    void aCopyPrintedTwiceBesideItsSpunCopyIsStillATwin() {
        // the original in two lists and the spinner's copy in a third: the copy's twins are one text
        assertArrayEquals(new int[] {-1, -1, 0}, twins(ORIGINAL, ORIGINAL, SPUN));
    }

    @Test
    void runsApartByASpaceAreOneFieldName() {
        assertEquals(Twins.NONE, Twins.margin("电 话：0571-86001234 青溪日报社", "传 真：0571-86001234 青溪日报社", lm));
    }

    @Test
    void differencesOutsideHanOrTooLongOrTooManyAreNotTwins() {
        assertEquals(Twins.NONE, Twins.margin("2023年青溪市教育局召开会议研究部署工作", "2024年青溪市教育局召开会议研讨部署任务", lm), "a digit differs");
        assertEquals(Twins.NONE, Twins.margin(ORIGINAL, "青溪市教育局近日召开会议，研究部署今年秋季学期的报到注册安排", lm),
                "a run of four chars is a different phrase, not a swapped word");
        assertEquals(Twins.NONE, Twins.margin("青溪教育召开会议研究部署", "白沙体育举行典礼讨论安排", lm), "most chars differ");
        assertEquals(Twins.NONE, Twins.margin(ORIGINAL, ORIGINAL, lm), "the same line");
    }

    @Test
    void shortLinesAndLinesOfOtherLengthsAreNeverCompared() {
        assertArrayEquals(none(2), twins("会议研究部署工作安排", "会议研讨部署任务安排"), "under the shortest length");
        assertArrayEquals(none(2), twins(ORIGINAL, SPUN + "工作"));
    }

    @Test
    void withoutALanguageModelNothingIsJudged() {
        int[] twinOf = none(2);
        assertEquals(0, Twins.find(new String[] {ORIGINAL, SPUN}, 2, null, twinOf, new long[2], new long[2], new int[2]));
        assertArrayEquals(none(2), twinOf);
    }

    @Test
    void eachLineIsComparedWithAtMostItsNextPartnersOfTheSameLength() {
        String[] page = new String[Twins.PARTNERS + 2];
        page[0] = ORIGINAL;
        // footers as long as the original, sorted between it and its twin
        for (int i = 1; i < page.length - 1; i++) page[i] = ("footer " + i + " ".repeat(ORIGINAL.length())).substring(0, ORIGINAL.length());
        page[page.length - 1] = SPUN;
        int[] twinOf = twins(page);
        assertEquals(-1, twinOf[page.length - 1], "its twin is beyond the partners of the original (" + Twins.PARTNERS + ")");
        page[page.length - 2] = SPUN;
        page[page.length - 1] = "footer";
        assertEquals(0, twins(page)[page.length - 2], "one line nearer, it is a partner");
    }
}
