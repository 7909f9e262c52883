package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** {@link TradePhrases} on lines written for this test (invented names), with exact offsets. */
class TradePhrasesTest {
    @Test
    void aNameAndATradeWordAfterASeparatorEndingTheLine() {
        assertEquals(13, TradePhrases.appended("青溪市老旧小区改造全面启动|金鲤会app下载"));
        assertEquals(13, TradePhrases.appended("青溪市老旧小区改造全面启动_鸿途国际登录  "), "trailing spaces");
        assertEquals(13, TradePhrases.appended("青溪市老旧小区改造全面启动 银泰城注册"));
        assertEquals(13, TradePhrases.appended("青溪市老旧小区改造全面启动-XG88APP下载"), "folded");
    }

    @Test
    void aSitesOwnNameOrAChannelIsNoTradePhrase() {
        assertEquals(-1, TradePhrases.appended("青溪市老旧小区改造全面启动_青溪日报"), "a site's name");
        assertEquals(-1, TradePhrases.appended("青溪市老旧小区改造全面启动_青溪市住建局官网"), "a site calls itself 官网");
        assertEquals(-1, TradePhrases.appended("青溪队主场三比一获胜_青溪体育"), "体育 ends portals' channels too");
        assertEquals(-1, TradePhrases.appended("青溪市老旧小区改造全面启动|登录"), "no name");
        assertEquals(-1, TradePhrases.appended("请先登录"), "no separator");
        assertEquals(-1, TradePhrases.appended("改造全面启动|青溪市住房和城乡建设局登录"), "a name of ten chars");
        assertEquals(-1, TradePhrases.appended("用户名 密码 登录"), "a form: the trade word stands alone");
        assertEquals(-1, TradePhrases.appended(""));
    }

    @Test
    void aSitesPhraseOpeningTwoClausesOfALine() {
        String line = "金鲤会官网目前青溪科学奖下设三个奖项，金鲤会官网每个奖项奖金一百万元，金鲤会官网各由四位企业家捐赠。";
        assertEquals(0L << 32 | 5, TradePhrases.repeated(line));
        assertEquals(19L << 32 | 24, TradePhrases.next(line, 0, 5, 5));
        assertEquals(35L << 32 | 40, TradePhrases.next(line, 0, 5, 24));
        assertEquals(-1, TradePhrases.next(line, 0, 5, 40));
        assertEquals(9L << 32 | 15, TradePhrases.repeated("据悉，活动期间，(金鲤会首存送)二十元，(金鲤会首存送)再送十元"), "bracketed");
        assertEquals(0L << 32 | 5, TradePhrases.repeated("金鯉會官網目前青溪科學獎下設三個獎項，金鯉會官網每個獎項獎金一百萬元"), "traditional characters");
    }

    @Test
    void proseThatOpensClausesWithATradeWordOnceOrWithAnotherIsNot() {
        assertEquals(-1, TradePhrases.repeated("上周基金开户数近五万户，基金开户数创一年来新高"), "开户 is no site word");
        assertEquals(-1, TradePhrases.repeated("图片来源：青溪科学奖官网"), "once");
        assertEquals(-1, TradePhrases.repeated("青溪日报官网改版，青溪晚报官网同步上线"), "two sites");
        assertEquals(-1, TradePhrases.repeated("据青溪日报官网消息，记者在青溪日报官网看到"), "the second is inside a clause");
        assertEquals(-1, TradePhrases.repeated(""));
    }

    @Property(tries = 500)
    void neverThrows(@ForAll String s) {
        int k = TradePhrases.appended(s);
        assertTrue(k >= -1 && k < s.length());
        long r = TradePhrases.repeated(s);
        if (r >= 0) assertTrue((int) (r >>> 32) < (int) r && (int) r <= s.length());
    }
}
