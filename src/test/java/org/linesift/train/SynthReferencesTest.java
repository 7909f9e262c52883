package org.linesift.train;

import org.junit.jupiter.api.Test;
import org.linesift.Label;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** {@link SynthReferences}: official sites and mailboxes written into clean lines, labels kept. */
class SynthReferencesTest {
    private static final List<GoldLine> PAGE = List.of(
            GoldLine.of(Label.NAV, "首页 | 新闻 | 民生"),
            GoldLine.of(Label.BODY, "青溪市老城区改造启动"),
            GoldLine.of(Label.BODY, "市住建局介绍，首批三十条背街小巷年内完工，涉及居民约一万两千户。"),
            new GoldLine(Label.SPUN, "据悉，点招j9官网本次改造方案已公示。", "brand"),
            GoldLine.of(Label.BODY, "街道还在每条巷口设置了公示牌，写明工期和投诉电话。"),
            GoldLine.of(Label.NAV, "关于我们 | 联系我们"),
            GoldLine.of(Label.NAV, "Copyright © 2031 青溪日报社 版权所有"));

    /** A site or a mailbox on an institution's or company's suffix, never a gambling site's. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(https?://)?([a-z]+\\.)?[a-z]+(\\.gov\\.cn|\\.edu\\.cn|\\.org\\.cn|\\.ac\\.cn|\\.com\\.cn|\\.cn|\\.org|\\.com)/?"
                    + "|[a-z]+@[a-z]+(\\.gov\\.cn|\\.edu\\.cn|\\.org\\.cn|\\.ac\\.cn|\\.com\\.cn|\\.cn|\\.org|\\.com)");

    @Test
    void labelsStayAndOnlyCleanBodyLinesPastTheTitleAndFooterNavGetAddresses() {
        int written = 0;
        for (long seed = 0; seed < 300; seed++) {
            List<GoldLine> out = SynthReferences.write(PAGE, new Random(seed));
            assertEquals(PAGE.size(), out.size());
            for (int i = 0; i < PAGE.size(); i++) {
                GoldLine before = PAGE.get(i), after = out.get(i);
                assertEquals(before.label(), after.label(), "seed " + seed + " line " + i);
                assertEquals(before.op(), after.op());
                if (before.equals(after)) continue;
                written++;
                assertTrue(i == 2 || i == 4 || i == 5 || i == 6, "seed " + seed + ": line " + i + " changed: " + after.text());
                String added = added(before.text(), after.text());
                Matcher m = ADDRESS.matcher(added);
                assertTrue(m.find(), "seed " + seed + ": no address in '" + added + "'");
                assertFalse(added.matches(".*\\d.*"), "no digits in a clean address: " + added);
            }
        }
        assertTrue(written >= 300, "every draw writes into at least one body line: " + written);
    }

    @Test
    void anAddressInBracketsFollowsAnInstitutionsName() {
        String line = "市住建局介绍，首批三十条背街小巷年内完工。";
        int brackets = 0, sentences = 0;
        for (long seed = 0; seed < 200; seed++) {
            String out = SynthReferences.inBody(line, "qingxi", new Random(seed));
            if (out.startsWith(line)) {
                sentences++;
                assertTrue(ADDRESS.matcher(out.substring(line.length())).find(), out);
            } else {
                brackets++;
                assertTrue(out.matches("市住建局[（(][^）)]+[）)]介绍，首批三十条背街小巷年内完工。"), "seed " + seed + ": " + out);
            }
        }
        assertTrue(brackets > 100 && sentences > 30, brackets + " in brackets, " + sentences + " sentences");
    }

    @Test
    void hostsArePinyinOrInitialsOfThePagesWords() {
        for (long seed = 0; seed < 100; seed++) {
            String h = SynthReferences.host("青溪市老城区改造启动", new Random(seed));
            assertNotNull(h);
            assertTrue(h.matches("[a-z]{2,12}"), h);
        }
        for (long seed = 0; seed < 20; seed++) {
            String h = SynthReferences.host("青溪", new Random(seed));
            assertTrue(h.equals("qingxi") || h.equals("qx"), h);
        }
        assertNull(SynthReferences.host("2031 ABC", new Random(1)), "no Han word, no host");
    }

    @Test
    void pagesFromHtmlAndPagesWithoutArticleLinesAreLeftAlone() {
        List<GoldLine> html = List.of(new GoldLine(Label.BODY, "标题", null, "h1"),
                new GoldLine(Label.BODY, "市住建局介绍，首批三十条背街小巷年内完工。", null, "p"));
        assertSame(html, SynthReferences.write(html, new Random(1)));
        List<GoldLine> titleOnly = List.of(GoldLine.of(Label.NAV, "首页"), GoldLine.of(Label.BODY, "青溪市老城区改造启动"));
        assertSame(titleOnly, SynthReferences.write(titleOnly, new Random(1)));
    }

    /** The text {@code after} has that {@code before} has not: what lies between their common prefix and suffix. */
    private static String added(String before, String after) {
        int p = 0;
        while (p < before.length() && p < after.length() && before.charAt(p) == after.charAt(p)) p++;
        int s = 0;
        while (s < before.length() - p && s < after.length() - p
                && before.charAt(before.length() - 1 - s) == after.charAt(after.length() - 1 - s)) s++;
        return after.substring(p, after.length() - s);
    }
}
