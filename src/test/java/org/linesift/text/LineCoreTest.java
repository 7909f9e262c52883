package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** {@link LineCore} on lines written for this test, with exact offsets. */
class LineCoreTest {
    private static String core(String line) {
        long c = LineCore.of(line);
        return line.substring(LineCore.start(c), LineCore.end(c));
    }

    @Test
    void aShortLabelAndTheFinalMarksAreNotTheCore() {
        assertEquals("青溪市老旧小区改造全面启动", core("原标题：青溪市老旧小区改造全面启动"));
        assertEquals("本文会以青溪的例子，谈谈城市更新", core("前言：本文会以青溪的例子，谈谈城市更新。"));
        assertEquals("对于城市更新的一点经验", core("2. Re:对于城市更新的一点经验"));
        assertEquals("改造全面启动", core("改造全面启动！？"));
        assertEquals("青溪市老旧小区改造全面启动", core("· 青溪市老旧小区改造全面启动"), "a list item's bullet");
        assertEquals("青溪市老旧小区改造全面启动", core("■ 相关：青溪市老旧小区改造全面启动"), "a bullet, then a label");
        assertEquals(4L << 32 | 10, LineCore.of("原标题：:青溪市改造"), "a label ends at its first colon");
    }

    @Test
    void aColonFarIntoTheLineOrAfterAClauseMarkIsTheLinesOwn() {
        assertEquals("记者从青溪市住建局获悉：全市将改造小区", core("记者从青溪市住建局获悉：全市将改造小区"), "seven chars before it");
        assertEquals("据悉，市长表示：改造将在年内完成", core("据悉，市长表示：改造将在年内完成。"));
        assertEquals("：改造全面启动", core("：改造全面启动"), "no label before it");
        assertEquals("", core(""));
        assertEquals("", core("。。。"));
    }

    @Property(tries = 500)
    void theCoreIsAStretchOfTheLine(@ForAll String s) {
        long c = LineCore.of(s);
        assertTrue(0 <= LineCore.start(c) && LineCore.start(c) <= LineCore.end(c) && LineCore.end(c) <= s.length());
    }
}
