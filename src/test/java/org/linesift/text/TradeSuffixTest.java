package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** {@link TradeSuffix} on lines written for this test (invented names), with exact offsets. */
class TradeSuffixTest {
    @Test
    void aNameAndATradeWordAfterASeparatorEndingTheLine() {
        assertEquals(13, TradeSuffix.start("青溪市老旧小区改造全面启动|金鲤会app下载"));
        assertEquals(13, TradeSuffix.start("青溪市老旧小区改造全面启动_鸿途国际登录  "), "trailing spaces");
        assertEquals(13, TradeSuffix.start("青溪市老旧小区改造全面启动 银泰城官网"));
        assertEquals(13, TradeSuffix.start("青溪市老旧小区改造全面启动-XG88APP下载"), "folded");
    }

    @Test
    void aSitesOwnNameOrAChannelIsNoTradePhrase() {
        assertEquals(-1, TradeSuffix.start("青溪市老旧小区改造全面启动_青溪日报"), "a site's name");
        assertEquals(-1, TradeSuffix.start("青溪队主场三比一获胜_青溪体育"), "体育 ends portals' channels too");
        assertEquals(-1, TradeSuffix.start("青溪市老旧小区改造全面启动|登录"), "no name");
        assertEquals(-1, TradeSuffix.start("请先登录"), "no separator");
        assertEquals(-1, TradeSuffix.start("改造全面启动|青溪市住房和城乡建设局官网"), "a name of ten chars");
        assertEquals(-1, TradeSuffix.start("用户名 密码 登录"), "a form: the trade word stands alone");
        assertEquals(-1, TradeSuffix.start(""));
    }

    @Property(tries = 500)
    void neverThrows(@ForAll String s) {
        int k = TradeSuffix.start(s);
        assertTrue(k >= -1 && k < s.length());
    }
}
