package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class GarbledTest {
    private static final String[] CLEAN = {
            "本市今年新建的三座公园将于下月起陆续向市民开放。",
            "本市今年新建的三座公園將於下月起陸續向市民開放。",              // traditional
            "拼音：gōng yuán（yè yǔ），长 3×4 米，气温 25°C。",
            "张·伊万诺夫在会上发言 © 2026 示例网 版权所有",
            "把文件拷贝到U盘，再称 5斤 苹果。",
            "她不小心被开水烫伤了手。",
            "La crème brûlée est très bonne, déjà vu.",
            "这一段话在抓取时被截断了，最后只剩半个字\uFFFD",
            "首页 | 新闻 | 体育 | 财经",
            "",
    };

    @Test
    void cleanLinesAreNotGarbled() {
        for (String s : CLEAN) assertFalse(Garbled.test(s), s);
        assertFalse(Garbled.test(null));
    }

    @Test
    void utf8ReadAsGbkIsGarbled() {
        for (String s : new String[]{"本市今年新建的三座公园将于下月起陆续向市民开放。", "二、报名条件", "第三章 总则"}) {
            String g = new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
            assertTrue(Garbled.test(g), g);
        }
    }

    @Test
    void utf8ReadAsLatin1OrCp1252IsGarbled() {
        for (String cs : new String[]{"ISO-8859-1", "windows-1252"}) {
            String g = new String("市民开放".getBytes(StandardCharsets.UTF_8), Charset.forName(cs));
            assertTrue(Garbled.test(g), cs + ": " + g);
        }
    }

    @Test
    void gbkFillersAndReplacementRuns() {
        assertTrue(Garbled.test("锟斤拷锟斤拷"));
        assertTrue(Garbled.test("同 锟斤拷"));
        assertTrue(Garbled.test("烫烫烫烫烫烫"));
        assertTrue(Garbled.test("联系电话：010\uFFFD\uFFFD\uFFFD8"));
        // a garbled stretch inside a long clean line: 3 of 4 consecutive characters
        assertTrue(Garbled.test("本市今年新建的三座公园将于下月起陆续向市民开放，" + "\uFFFD\uFFFD箸\uFFFD" + "详情见通知。"));
        assertFalse(Garbled.test("本市今年新建的三座公园将于下月起陆续向市民开放，\uFFFD详情见通知。"));
    }

    @Test
    void latinPairsCountWhetherTheFirstOrTheSecondIsSeen() {
        assertTrue(Garbled.test("Ã¤Ã¶"));
        assertFalse(Garbled.test("é"));
        assertFalse(Garbled.test("a é b è c"));
    }

    @Property(tries = 500)
    void neverThrows(@ForAll String s) {
        Garbled.test(s);
    }
}
