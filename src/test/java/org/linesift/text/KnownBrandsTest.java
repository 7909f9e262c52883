package org.linesift.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Well-known gambling brands on lines written for this test, with exact offsets. */
class KnownBrandsTest {
    private static long span(int a, int b) {
        return (long) a << 32 | b;
    }

    @Test
    void distinctNamesCountWhereverTheyStand() {
        assertEquals(span(5, 8), KnownBrands.nextHit("本次活动由九游会官网赞助播出", 0), "glued between Han chars");
        assertEquals(span(7, 11), KnownBrands.nextHit("据悉，此次车展尊龙凯时新车型扎堆", 0));
        assertEquals(span(0, 3), KnownBrands.nextHit("时时彩开奖结果实时更新", 0));
        assertEquals(span(2, 8), KnownBrands.nextHit("欢迎澳门威尼斯人会员", 0), "the longest name first");
        assertEquals(span(4, 9), KnownBrands.nextHit("新区项目威斯尼斯人落地", 0), "a kit's misspelling");
        assertEquals(span(3, 10), KnownBrands.nextHit("会议上manbetx代表发言", 0), "a Latin code");
        assertEquals(-1L, KnownBrands.nextHit("会议上manbetxyz代表发言", 0), "a longer run is another word");
    }

    @Test
    void theKitsTitleTemplateWithTheNameInFrontOfIt() {
        assertEquals(span(0, 13), KnownBrands.nextHit("sbvip(中国)官方网站一来可行性研究", 0), "a Latin name");
        assertEquals(span(3, 16), KnownBrands.nextHit("据悉，环聚府体育（中国）官方网站领先", 0), "a Han name back to the clause start, full-width brackets");
        assertEquals(-1L, KnownBrands.nextHit("苹果 (中国大陆) - 官方网站", 0), "a company's own title");
        assertEquals(-1L, KnownBrands.nextHit("华为技术(中国)有限公司官方网站", 0));
    }

    @Test
    void shortNamesCountOnlyWhereTheyStandApart() {
        assertEquals(span(0, 3), KnownBrands.nextHit("美高梅：企业可以利用政府建立的配送中心", 0), "a colon label");
        assertEquals(span(1, 3), KnownBrands.nextHit("（万博）致使跨国公司不再高调", 0), "bracketed");
        assertEquals(span(0, 2), KnownBrands.nextHit("亚博官网推荐", 0), "a trade word after it");
        assertEquals(span(0, 2), KnownBrands.nextHit("立博用户可以自由选择，立博让事实改变看法", 0), "opening two clauses");
        assertEquals(span(5, 7), KnownBrands.nextHit("欢迎来到 永利", 0), "a clause of its own");
        assertEquals(span(12, 14), KnownBrands.nextHit("比赛结果昨晚公布，他说：新利2018年", 0), "a number after it");
    }

    @Test
    void wordsThatContainANameAreNot() {
        assertFalse(KnownBrands.test("房地产板块从上市公司盈利来看，今明两年表现不错"), "盈利来看");
        assertFalse(KnownBrands.test("基金公司祭出创新利器，最新利好消息不断"), "创新利器, 最新利好");
        assertFalse(KnownBrands.test("从来就会实现自由平等的快乐天堂"), "快乐天堂");
        assertFalse(KnownBrands.test("他听后大发雷霆"), "大发 is left out");
        assertFalse(KnownBrands.test("朝鲜半岛局势趋于缓和"), "半岛 is left out");
        assertFalse(KnownBrands.test("皇冠、权杖、披风，最美旗袍闪耀全场"), "皇冠 alone is a crown");
        assertFalse(KnownBrands.test("野村下调银河娱乐至中性评级"), "a listed company inside a sentence");
        assertFalse(KnownBrands.test("太阳城位于南非西北省"), "a place at a clause start, followed by its sentence");
        assertFalse(KnownBrands.test("访问yabox获取"), "a longer Latin run");
        assertFalse(KnownBrands.test(null));
        assertFalse(KnownBrands.test(""));
    }

    @Test
    void aShortNameInsideASentenceDoesNotOpenAClause() {
        assertEquals(span(15, 19), KnownBrands.nextHit("淘宝用户今天万博可以，万博可以yabo", 0), "万博 follows 天 once and opens a clause once");
    }

    @Test
    void latinCodesAreWholeRuns() {
        assertEquals(span(2, 6), KnownBrands.nextHit("访问yabo获取", 0));
        assertEquals(span(0, 2), KnownBrands.nextHit("j9周仕仁. 电子商务下的物流配送模式研究", 0));
        assertEquals(span(3, 9), KnownBrands.nextHit("最新版BET365下载", 0), "upper case");
    }

    @Test
    void foldedFormsMatch() {
        assertEquals(span(2, 4), KnownBrands.nextHit("点招Ｊ９官网", 0), "full-width Latin and digits");
        assertEquals(span(2, 5), KnownBrands.nextHit("歡迎九遊會會員", 0), "traditional characters");
    }

    @Test
    void everyHitOfALineInTurn() {
        String line = "九游会官网，万博可以，万博可以yabo";
        long a = KnownBrands.nextHit(line, 0);
        assertEquals(span(0, 3), a);
        long b = KnownBrands.nextHit(line, (int) a);
        assertEquals(span(6, 8), b);
        long c = KnownBrands.nextHit(line, (int) b);
        assertEquals(span(11, 13), c);
        long d = KnownBrands.nextHit(line, (int) c);
        assertEquals(span(15, 19), d);
        assertEquals(-1, KnownBrands.nextHit(line, (int) d));
    }

    @Test
    void theListsAreWrittenTheWayTheMatcherReadsThem() {
        for (String[] names : new String[][] {KnownBrands.DISTINCT, KnownBrands.SHORT}) {
            for (String name : names) {
                assertTrue(name.length() >= 2 && CharClass.allHan(name, 0, name.length()), name);
                assertEquals(name, Normalizer.normalize(name), "folded already: " + name);
                assertTrue(KnownBrands.test("，" + name + "："), name);
            }
        }
        for (String code : KnownBrands.LATIN) {
            assertTrue(code.matches("[a-z0-9]{2,8}"), code);
            assertTrue(KnownBrands.test("访问" + code + "。"), code);
        }
    }

    @Test
    void longLines() {
        String many = "，万博可以".repeat(40_000);
        assertEquals(span(1, 3), KnownBrands.nextHit(many, 0));
        long last = -1;
        int hits = 0;
        for (long r = KnownBrands.nextHit(many, 0); r >= 0; r = KnownBrands.nextHit(many, (int) r)) { hits++; last = r; }
        assertEquals(40_000, hits);
        assertEquals(span(many.length() - 4, many.length() - 2), last);
        assertFalse(KnownBrands.test("盈利来看".repeat(50_000)), "no name stands apart");
    }

    @Property(tries = 500)
    void neverThrowsAndHitsAreInOrder(@ForAll String s) {
        KnownBrands.test(s);
        int last = 0;
        for (long r = KnownBrands.nextHit(s, 0); r >= 0; r = KnownBrands.nextHit(s, (int) r)) {
            int a = (int) (r >>> 32), b = (int) r;
            assertTrue(last <= a && a < b && b <= s.length());
            last = b;
        }
    }
}
