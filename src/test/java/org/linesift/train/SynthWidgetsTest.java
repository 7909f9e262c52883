package org.linesift.train;

import org.junit.jupiter.api.Test;
import org.linesift.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** {@link SynthWidgets}: sidebar widgets of templated nav rows around the assembled article. */
class SynthWidgetsTest {
    static final List<String> PARAS = SynthStructureTest.PARAS;
    static final List<String> HEADS = SynthStructureTest.HEADS;

    @Test
    void everyWidgetIsNavRowsWithText() {
        boolean archive = false, calendar = false;
        for (long seed = 0; seed < 300; seed++) {
            List<GoldLine> w = SynthWidgets.widget(HEADS, new Random(seed));
            for (GoldLine l : w) {
                assertEquals(Label.NAV, l.label(), "seed " + seed + ": " + l.text());
                assertFalse(l.text().isBlank() || l.text().indexOf('\t') >= 0 || l.text().indexOf('\n') >= 0, "seed " + seed + ": '" + l.text() + "'");
                archive |= l.text().matches("\\d{4}年\\d{1,2}月.*\\d+.*");
                calendar |= l.text().equals("1 2 3 4 5 6 7");
            }
        }
        assertTrue(archive, "some widget is an archive by month with counts");
        assertTrue(calendar, "some widget is a calendar whose month starts on a Sunday");
        assertTrue(SynthWidgets.widget(List.of(), new Random(3)).stream().allMatch(l -> l.label() == Label.NAV), "no headlines: still nav only");
    }

    @Test
    void aCalendarHasSevenDaysAWeekAndEveryDayOnce() {
        for (long seed = 0; seed < 200; seed++) {
            List<String> rows = new ArrayList<>();
            for (GoldLine l : SynthWidgets.widget(HEADS, new Random(seed))) rows.add(l.text());
            int header = rows.indexOf("日 一 二 三 四 五 六");
            if (header < 0) header = rows.indexOf("日一二三四五六");
            if (header < 0) continue;
            int expect = 1;
            for (String row : rows.subList(header + 1, rows.size())) {
                String[] days = row.split(" ");
                assertTrue(days.length >= 1 && days.length <= 7, "seed " + seed + ": " + row);
                for (String d : days) assertEquals(expect++, Integer.parseInt(d), "seed " + seed + ": " + rows);
            }
            assertTrue(expect - 1 >= 28 && expect - 1 <= 31, "seed " + seed + ": " + rows);
        }
    }

    @Test
    void widgetsOnlyAddNavLinesAndLeaveTheRestOfThePageAsItWas() {
        for (long seed = 0; seed < 50; seed++) {
            List<GoldLine> plain = SynthPages.assemble(HEADS.get(0), PARAS, HEADS, 0.5, null, 0, 0, new Random(seed));
            List<GoldLine> with = SynthPages.assemble(HEADS.get(0), PARAS, HEADS, 0.5, null, 0, 1, new Random(seed));
            assertTrue(with.size() > plain.size(), "seed " + seed + ": share 1 always adds a widget");
            // the page without widgets is a subsequence of the page with them, and every extra line is nav
            int k = 0;
            for (GoldLine l : with) {
                if (k < plain.size() && l.equals(plain.get(k))) k++;
                else assertEquals(Label.NAV, l.label(), "seed " + seed + ": " + l.text());
            }
            assertEquals(plain.size(), k, "seed " + seed);
            assertEquals(plain, SynthPages.assemble(HEADS.get(0), PARAS, HEADS, 0.5, null, 0, 0, new Random(seed)));
        }
    }

    @Test
    void aThirdOfThePagesGetAToolBarRightBelowTheTitleOrTheArticle() {
        int pages = 300, bars = 0;
        for (int i = 0; i < pages; i++) {
            String title = "青溪市第" + i + "批老旧小区改造项目开工";
            List<GoldLine> page = SynthPages.assemble(title, PARAS, HEADS, 0.5, null, 0, 0, new Random(i));
            for (int k = 1; k < page.size(); k++) {
                String t = page.get(k).text();
                if (!t.matches("[【\\[]?(字号|字体|大 中 小).*|.*(打印本页|关闭窗口|【打印】|【关闭】|【纠错】|返回顶部|收藏本页|【收藏】).*")) continue;
                // the comment-area line and the byline with a font switch that pages had before
                if (t.equals("打印本页 | 关闭窗口") || t.contains("来源：")) continue;
                bars++;
                assertEquals(Label.NAV, page.get(k).label(), t);
                assertEquals(Label.BODY, page.get(k - 1).label(), "a tool bar sits right below the title or the article: " + t);
                assertFalse(t.isBlank() || t.indexOf('\t') >= 0, t);
            }
        }
        assertTrue(bars > pages / 5 && bars < pages / 2, bars + " tool bars on " + pages + " pages");
        for (long seed = 0; seed < 500; seed++) {
            String bar = SynthPages.toolBar(new Random(seed));
            assertFalse(bar.isBlank() || bar.startsWith(" ") || bar.endsWith(" "), "seed " + seed + ": '" + bar + "'");
        }
    }
}
