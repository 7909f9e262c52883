package org.linesift.train;

import org.junit.jupiter.api.Test;
import org.linesift.Label;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** {@link SynthAsides}: emoji and Korean or Japanese names written into clean lines, labels kept. */
class SynthAsidesTest {
    private static final List<GoldLine> PAGE = List.of(
            GoldLine.of(Label.NAV, "首页 | 娱乐 | 明星"),
            GoldLine.of(Label.BODY, "青溪籍歌手新专辑发布"),
            GoldLine.of(Label.BODY, "歌手与韩国乐队合作，在首尔录制了新专辑。"),
            new GoldLine(Label.SPUN, "据悉，点招j9官网本次专辑已上线。", "brand"),
            GoldLine.of(Label.NAV, "网友评论：太好听了"));

    @Test
    void labelsStayAndOnlyCleanLinesGetAnAsideInAnotherScript() {
        int emoji = 0, names = 0;
        for (long seed = 0; seed < 300; seed++) {
            List<GoldLine> out = SynthAsides.write(PAGE, new Random(seed));
            assertEquals(PAGE.size(), out.size());
            int changed = 0;
            for (int i = 0; i < PAGE.size(); i++) {
                GoldLine before = PAGE.get(i), after = out.get(i);
                assertEquals(before.label(), after.label());
                assertEquals(before.op(), after.op());
                if (before.equals(after)) continue;
                changed++;
                assertNotEquals(3, i, "the spun line is left alone");
                String t = after.text();
                if (t.codePoints().anyMatch(c -> c >= 0x1F300 || c == 0x2728 || c == 0x2764 || c == 0x2600)) emoji++;
                else if (t.matches(".*（[^）]*[\\uAC00-\\uD7A3\\u3041-\\u30F7]+）.*")) names++;
                else fail("seed " + seed + ": neither emoji nor a name: " + t);
            }
            assertTrue(changed >= 1 && changed <= 3, "seed " + seed + ": " + changed);
        }
        assertTrue(emoji > 100 && names > 100, emoji + " emoji, " + names + " names");
    }

    @Test
    void aNameGoesBeforeAClauseMarkAfterAHanChar() {
        for (long seed = 0; seed < 100; seed++) {
            String out = SynthAsides.withName("歌手与韩国乐队合作，在首尔录制了新专辑。", new Random(seed));
            assertTrue(out.matches("歌手与韩国乐队合作(（[^）]+）)?，在首尔录制了新专辑(（[^）]+）)?。"), out);
        }
        assertTrue(SynthAsides.withName("歌手新专辑", new Random(1)).startsWith("歌手新专辑（"), "no mark: at the end");
    }

    @Test
    void koreanIsHangulAndJapaneseIsKanaOfOneKind() {
        for (long seed = 0; seed < 100; seed++) {
            assertTrue(SynthAsides.hangul(new Random(seed)).matches("[\\uAC00-\\uD7A3]{2,3}( ?[\\uAC00-\\uD7A3]{1,3})?"));
            String k = SynthAsides.kana(new Random(seed));
            assertTrue(k.matches("[\\u3041-\\u3096]{2,6}|[\\u30A1-\\u30F6]{2,6}"), k);
        }
    }

    @Test
    void pagesFromHtmlAreLeftAlone() {
        List<GoldLine> html = List.of(new GoldLine(Label.BODY, "歌手与韩国乐队合作，在首尔录制了新专辑。", null, "p"));
        assertSame(html, SynthAsides.write(html, new Random(1)));
    }
}
