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
            "複製鏈接", "【複製地址】", "為您推薦",                            // traditional forms that misread text also makes
            "拼音：gōng yuán（yè yǔ），长 3×4 米，气温 25°C。",
            "张·伊万诺夫在会上发言 © 2026 示例网 版权所有",
            "把文件拷贝到U盘，再称 5斤 苹果。",
            "她不小心被开水烫伤了手。",
            "La crème brûlée est très bonne, déjà vu.",
            "这一段话在抓取时被截断了，最后只剩半个字\uFFFD",
            "首页 | 新闻 | 体育 | 财经",
            "",
            // other scripts, written as they are
            "Президент России Владимир Путин заявил, что переговоры идут.",
            "Москва́ — столи́ца Росси́и",                                   // stress marks
            "Міністерство охорони здоров’я повідомило про дії уряду",       // і and ї after д
            "Беларусь даўно вядомая сваімі ўзорамі",
            "Између Београда и Новог Сада, Ђорђе",
            "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας. «Έθνος» “Ήλιος”",
            "Gdańsk, Łódź, źdźbło, żółć; Příliš žluťoučký kůň úpěl ďábelské ódy",
            "Türkiye’nin başkenti Ankara’dır; Rīga ir Latvijas galvaspilsēta",
            "대한민국 서울특별시 종로구",
            "韩国总统尹锡悦(윤석열)表示将访问中国",                          // Hangul beside brackets, not Han
            "中文 русский 한국어 日本語 English",
            "│ 项目 │ 金额 │ ━━━━ ★★★★★ ▲ ▼ ◆ ① ② ③",
            // rare but real Han characters, also repeated
            "周铭嘀嘀咕咕着，杨紫化身“杨怼怼”，獐子岛的蛤蚧",
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

    /** Each line of our own, written in {@code written} and read as {@code read}: all garbled. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "UTF-8, Big5", "UTF-8, Shift_JIS", "UTF-8, EUC-JP", "UTF-8, EUC-KR", "UTF-8, windows-1251",
            "UTF-8, KOI8-R", "UTF-8, windows-1253", "UTF-8, x-MacRoman", "UTF-8, IBM437", "GBK, Big5", "GBK, EUC-KR",
            "GBK, Shift_JIS", "GBK, ISO-8859-1", "GBK, UTF-8"})
    void otherMisreadingsAreGarbled(String written, String read) {
        for (String s : new String[]{"据了解，该项目总投资约12亿元，预计明年底建成投产。",
                "国务院新闻办公室今天举行新闻发布会，介绍今年经济运行情况。", "记者从市教育局获悉，全市中小学将于下周一正式开学。"}) {
            String g = new String(s.getBytes(Charset.forName(written)), Charset.forName(read));
            assertTrue(Garbled.test(g), written + " read as " + read + ": " + g);
        }
    }

    @Test
    void traditionalFormsCountOnceTheLineHasAnotherMark() {
        // 複, 製, 鍥 and 鐨 are traditional forms (so no mark alone); 涓 and 銆 are not, and only misread UTF-8 makes them
        assertFalse(Garbled.test("複製"));
        assertFalse(Garbled.test("鍥鐨"));
        assertTrue(Garbled.test("複製涓銆"));
        assertTrue(Garbled.test("鍥 鐨 涓"));
        assertTrue(Garbled.isMark('複'), "inside a garbled line it is still part of the mojibake span");
    }

    @Test
    void theGbkFullWidthSpaceIsWhitespaceNotAMark() {
        // U+E5E5 is how GBK decoders read the byte pair A3 A0, a full-width space on Chinese sites
        assertFalse(Garbled.test("\uE5E5\uE5E5荣耀"));
        assertFalse(Garbled.test("\uE5E5\uE5E5\uE5E5\uE5E5"));
        assertTrue(Garbled.test("\uE000\uE001荣耀"));
        assertTrue(Garbled.test("\uE5E5\uE5E5\uFFFD\uFFFD荣耀"));
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
