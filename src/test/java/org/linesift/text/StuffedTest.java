package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Keyword stuffing on lines written for this test. */
class StuffedTest {
    @Test
    void searchPhrasesAroundOneKeywordAreStuffing() {
        assertEquals("北京装修", Stuffed.keyword("北京装修公司 北京装修报价 北京装修设计 北京装修效果图 北京装修公司排名"));
        assertEquals("减肥药", Stuffed.keyword("减肥药排行榜|减肥药哪个好|最有效的减肥药|减肥药副作用|减肥药价格"));
        assertEquals("代开发票", Stuffed.keyword("代开发票，代开发票公司，代开发票联系方式，正规代开发票"), "the longest run every item holds");
        assertNull(Stuffed.keyword("代开发票，代开增值税发票，代开普通发票，代开发票联系方式"), "代开 and 发票 are in every item, but two chars each");
        assertEquals("种植牙", Stuffed.keyword("热门搜索：杭州种植牙 / 宁波种植牙价格 / 温州种植牙多少钱 / 种植牙"), "a label before the first item");
        assertEquals("种植牙", Stuffed.keyword("杭州種植牙　寧波種植牙價格　溫州種植牙多少錢　種植牙排行"), "traditional chars and ideographic spaces");
    }

    @Test
    void menusListsAndSentencesAreNot() {
        assertFalse(Stuffed.test("体育新闻 | 娱乐新闻 | 财经新闻 | 科技新闻 | 汽车新闻"), "a two-char word in every menu item");
        assertFalse(Stuffed.test("人民网评论频道 中国评论网 新华网评论频道 央视网评论频道"), "partner sites: not every item has it");
        assertFalse(Stuffed.test("北京装修公司 北京装修报价 北京装修设计"), "three items");
        assertFalse(Stuffed.test("北京装修公司 北京装修报价 北京装修设计 北京装修效果图。"), "a sentence");
        assertFalse(Stuffed.test("北京装修公司 北京装修报价 北京装修设计 北京装修公司效果图大全及价格明细表"), "an item too long for a search phrase");
        assertFalse(Stuffed.test("改造工作坚持先民生后提升的原则，优先解决漏水、停电、排水不畅等问题"));
        assertFalse(Stuffed.test("首页 | 国内 | 国际 | 财经 | 体育"));
        assertFalse(Stuffed.test("2024年1月 2024年2月 2024年3月 2024年4月"), "an archive: the shared part is not Han");
        assertFalse(Stuffed.test(null));
        assertFalse(Stuffed.test(""));
        assertFalse(Stuffed.test("   |  | "));
    }

    @Test
    void aGamblingKitsListOfNamesAndTradeWordsIsStuffing() {
        // invented names: what makes the list is the trade words, not the names
        String line = "金鲤会返水|鸿途国际首存送|xg88开户|银泰城登录";
        assertArrayEquals(new int[] {0, 5, 6, 13, 14, 20, 21, 26}, Stuffed.tradeItems(line));
        assertTrue(Stuffed.test(line));
        assertNull(Stuffed.keyword(line), "no keyword in every item");
        assertNotNull(Stuffed.tradeItems("金鲤会登录 鸿途国际手机版 XG88APP下载 银泰城官网"), "all traded, one word only the trade uses");
        assertNotNull(Stuffed.tradeItems("金鯉會返水|鴻途國際首存送|xg88開戶|銀泰城登錄"), "traditional characters");
        assertNotNull(Stuffed.tradeItems("金鲤会网址、鸿途国际代理、银泰城登录、星河湾娱乐、Bet88返水、青溪日报"),
                "five in six items, two words only the trade uses");
    }

    @Test
    void menusOfTradeWordsAreNotAKitsList() {
        assertNull(Stuffed.tradeItems("首页 | 注册 | 登录 | 下载 | 官网"), "trade words alone, no names");
        assertNull(Stuffed.tradeItems("新浪体育 | 腾讯娱乐 | 网易体育 | 搜狐娱乐"), "channels: no word only the trade uses");
        assertNull(Stuffed.tradeItems("会员注册 会员登录 客户端下载 关于我们 联系我们"), "two in five items");
        assertNull(Stuffed.tradeItems("金鲤会返水|鸿途国际首存送|xg88开户"), "three items");
        assertNull(Stuffed.tradeItems("金鲤会返水|鸿途国际首存送|xg88开户|银泰城登录。"), "a sentence");
        assertNull(Stuffed.tradeItems("金鲤会返水|鸿途国际首存送|xg88开户|银泰城的会员每天早上八点以后都可以登录"), "an item too long");
        assertFalse(Stuffed.test("青溪日报 青溪晚报 青溪新闻网 青溪手机报"));
    }

    @Test
    void longLines() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) sb.append("城区").append(i % 100).append("装修公司报价 ");
        assertEquals("装修公司报价", Stuffed.keyword(sb));
        assertNull(Stuffed.keyword("装修公司报价".repeat(100_000)), "one long item");
    }

    @Property(tries = 500)
    void neverThrows(@ForAll String s) {
        String w = Stuffed.keyword(s);
        if (w != null) assertTrue(w.length() >= Stuffed.MIN_KEYWORD);
        int[] items = Stuffed.tradeItems(s);
        if (items != null) {
            assertTrue(items.length >= 2 * Stuffed.MIN_ITEMS);
            for (int k = 0; k < items.length; k += 2) assertTrue(0 <= items[k] && items[k] < items[k + 1] && items[k + 1] <= s.length());
        }
    }
}
