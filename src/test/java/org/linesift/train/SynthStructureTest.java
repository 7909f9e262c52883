package org.linesift.train;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** {@link SynthPages#structure}: short body lines for assembled articles. Paragraphs are written here. */
class SynthStructureTest {
    static final List<String> PARAS = List.of(
            "记者从城南新区管委会获悉，今年一季度新区共签约项目十二个。总投资额超过八十亿元；其中外资项目三个。",
            "管委会负责人表示，新区将继续优化营商环境。希望更多企业来这里投资兴业！",
            "据了解，这些项目主要集中在新材料、生物医药和现代物流等领域，预计明年全部投产。",
            "一些企业负责人说：“新区的服务非常周到。”办理手续的时间比过去缩短了一半。");
    static final List<String> HEADS = List.of("河畔公园完成改造重新开放", "地铁新线路下月试运行");

    @Test
    void shareZeroReturnsTheParagraphsAndDrawsNothing() {
        Random r = new Random(7);
        assertSame(PARAS, SynthPages.structure(PARAS, HEADS, 0, r));
        assertEquals(new Random(7).nextLong(), r.nextLong());
    }

    @Test
    void aSingleParagraphIsLeftAlone() {
        List<String> one = List.of(PARAS.get(0));
        assertSame(one, SynthPages.structure(one, HEADS, 1, new Random(1)));
    }

    @Test
    void sentencesAreCutAfterTheirEndAndClosingQuote() {
        assertEquals(List.of("第一句话说完了。", "第二句话“引号里。”然后呢；短。"), SynthPages.pieces("第一句话说完了。第二句话“引号里。”然后呢；短。"));
        assertEquals(List.of("没有句末标点的一段话"), SynthPages.pieces("没有句末标点的一段话"));
        assertEquals(List.of("总投资额超过八十亿元；", "其中外资项目三个。"), SynthPages.pieces("总投资额超过八十亿元；其中外资项目三个。"));
    }

    /** Whatever the draw, every paragraph's text survives in order (prefixes and extra lines may be added). */
    @Test
    void noArticleTextIsLostOrReordered() {
        String all = String.join("", PARAS);
        int changed = 0, shortLines = 0;
        for (long seed = 0; seed < 300; seed++) {
            List<String> out = SynthPages.structure(PARAS, HEADS, 1, new Random(seed));
            String joined = String.join("", out);
            int k = 0;
            for (int i = 0; i < joined.length() && k < all.length(); i++) if (joined.charAt(i) == all.charAt(k)) k++;
            assertEquals(all.length(), k, "seed " + seed + ": " + out);
            for (String l : out) {
                assertFalse(l.isBlank(), "seed " + seed);
                if (l.length() < 20) shortLines++;
            }
            if (!out.equals(PARAS)) changed++;
        }
        assertTrue(changed > 250, "structure changes most articles at share 1: " + changed);
        assertTrue(shortLines > 100, "and adds short lines: " + shortLines);
    }
}
