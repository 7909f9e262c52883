package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PinyinRunsTest {
    /** Every run of {@code s} as "start-end:kind". */
    private static List<String> runs(String s) {
        List<String> out = new ArrayList<>();
        int[] r = new int[3];
        for (int k = 0; PinyinRuns.find(s, k, r); k = r[1]) {
            out.add(r[0] + "-" + r[1] + ":" + (r[2] == PinyinRuns.GLUED ? "glued" : "bracketed"));
        }
        return out;
    }

    private static int glued(String s) { return PinyinRuns.count(s) & 0xFFFF; }

    private static int bracketed(String s) { return PinyinRuns.count(s) >>> 16; }

    @Test
    void bracketedRunsWithTheirBracketsAndExactOffsets() {
        assertEquals(List.of("1-6:bracketed", "7-12:bracketed"), runs("烟(yan)台(tai)市"));
        assertEquals(List.of("1-6:bracketed"), runs("烟（yān）台市"));      // full-width brackets, tone mark
        assertEquals(List.of("1-7:bracketed"), runs("烟(yan1)台市"));      // tone number inside
        assertEquals(List.of("1-6:bracketed"), runs("烟[YAN]台市"));       // capitals, from three letters
        assertEquals(List.of("1-6:bracketed"), runs("烟【yan】台市"));
        assertEquals(List.of("1-5:bracketed"), runs("绿(lǜ)色"));
    }

    @Test
    void gluedRunsBesideOrInsteadOfCharacters() {
        assertEquals(List.of("1-4:glued", "5-8:glued"), runs("烟yan台tai市"));
        assertEquals(List.of("0-3:glued", "9-13:glued"), runs("yan台市举行春季zhao聘会"));
        assertEquals(List.of("2-9:glued"), runs("下岗xiagang职工"));          // two syllables
        assertEquals(3, glued("烟yan台tai市shi举行"));
    }

    @Test
    void ordinaryLatinInChineseTextIsNoPinyin() {
        for (String s : new String[]{"AI技术和TA说", "iPhone和GDP增长", "铭鑫gtx560ti显卡", "请登录app下载", "SHE演唱会",
                "发送邮件至zhengwu@example.cn申请", "访问abc.com/ban页面", "Ｙａｎ台", "a股和e时代", "这款Nike鞋",
                "拼音：gōng yuán", "烟（abc）台", "(yan)台", "烟(yan"}) {
            assertEquals(0, PinyinRuns.count(s), s);
        }
    }

    @Test
    void countsBothKinds() {
        String s = "烟(yan)台tai市";
        assertEquals(1, glued(s));
        assertEquals(1, bracketed(s));
        assertEquals(0, PinyinRuns.count(""));
    }

    @Test
    void obfuscatedNeedsTwoRunsOfAKindOrThreeAndSixHanCharacters() {
        assertTrue(PinyinRuns.obfuscated("城南xin新区举行jiu业招聘会"));             // two glued
        assertTrue(PinyinRuns.obfuscated("城(cheng)南(nan)新区举行招聘会"));          // two bracketed
        assertTrue(PinyinRuns.obfuscated("城(cheng)南新区举行jiu业招聘hui会"));       // three in all
        assertFalse(PinyinRuns.obfuscated("城(cheng)南新区举行jiu业招聘会"));         // one of each
        assertFalse(PinyinRuns.obfuscated("烟yan台tai"));                           // two Han chars
        assertFalse(PinyinRuns.obfuscated("mi来mi去"));
        assertFalse(PinyinRuns.obfuscated("在ban上完成了这项工作"));
    }

    @Test
    void longInputIsLinear() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) sb.append("烟yan");
        assertEquals(50_000, glued(sb.toString()));
        String letters = "x".repeat(1_000_000);
        assertEquals(0, PinyinRuns.count("烟" + letters + "台"));
    }

    @Property(tries = 1000)
    void neverThrowsAndRunsAreInsideTheLine(@ForAll String s) {
        int[] r = new int[3];
        for (int k = 0; PinyinRuns.find(s, k, r); k = r[1]) {
            assertTrue(0 <= r[0] && r[0] < r[1] && r[1] <= s.length(), s);
            assertTrue(r[1] > k, "progress");
        }
    }
}
