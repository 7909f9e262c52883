package org.linesift.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Institutions' web and mail addresses, on lines written for this test, with exact offsets. */
class AddressesTest {
    private static long range(int a, int b) {
        return (long) a << 32 | b;
    }

    @Test
    void hostsUnderAnInstitutionsSuffixWithTheirSchemeMailboxAndPath() {
        String line = "详情可登录市住建局官网（www.qingxi.gov.cn）查询。";
        assertEquals(range(12, 29), Addresses.next(line, 0), "www.qingxi.gov.cn");
        assertEquals(-1, Addresses.next(line, 29));
        String url = "报名网址：https://bm.qingxi.edu.cn/apply?id=3，截止时间为4月30日。";
        assertEquals(range(5, 40), Addresses.next(url, 0), "scheme, host and path, up to the comma");
        String mail = "来稿请寄 news_desk@qingxi.gov.cn.";
        assertEquals(range(5, 28), Addresses.next(mail, 0), "a mailbox; the final full stop is the sentence's");
        assertEquals(range(2, 16), Addresses.next("访问WWW.NHC.GOV.CN了解", 0), "any case");
        assertEquals(range(0, 11), Addresses.next("www.who.int", 0));
        assertEquals(range(0, 19), Addresses.next("http://www.mit.edu/", 0));
        assertEquals(range(3, 21), Addresses.next("参见 ief.ac.cn/a/1.html", 0), "a path after the host is the address's");
    }

    @Test
    void hostsOthersCanBuyAreNotInstitutions() {
        for (String s : new String[] {"www.8866bet.com", "qingxi.com.cn", "www.12306.cn", "news@qingxi.com",
                "host.docker.internal:28080", "www.government.cn", "edu.example.com", "qingxi.gov.cn.example.com",
                ".gov.cn", "上海.gov.cn", "www.educ.com"}) {
            assertFalse(Addresses.test("请访问" + s + "查询。"), s);
        }
        assertFalse(Addresses.test(null));
        assertFalse(Addresses.test(""));
    }

    @Test
    void withoutCutsAddressesInsideTheTextWithTheirBrackets() {
        assertEquals("详情可登录市住建局官网查询。", Addresses.without("详情可登录市住建局官网（www.qingxi.gov.cn）查询。"));
        assertEquals("相关信息可在中国政府网查询。", Addresses.without("相关信息可在中国政府网(www.gov.cn)查询。"));
        assertEquals("市民可登录了解详情。", Addresses.without("市民可登录http://www.qingxi.gov.cn了解详情。"));
        assertEquals("两处：和查询。", Addresses.without("两处：（a.gov.cn）和（b.edu.cn）查询。"));
    }

    @Test
    void withoutKeepsFieldsOfFootersAndReferenceLists() {
        for (String s : new String[] {"网址：www.qingxi.gov.cn", "巴彦淖尔市政府门户网站 www.bynr.gov.cn",
                "网址：www.qingxi.gov.cn，电话：0571-86001234", "规划公示-中国雄安官网. www.xiongan.gov.cn. [2023-06-09].",
                "没有地址的一行。", "（www.8866bet.com）开户", "ceic.ac.cn是由中国地震台网中心资助的科研项目。"}) {
            assertSame(s, Addresses.without(s), s);
        }
    }

    /** Lines glued from the pieces of addresses, brackets and Chinese text, so that most hold one or more. */
    @Provide
    Arbitrary<String> addressy() {
        return Arbitraries.of(".gov.cn", ".edu", ".int", ".ac.cn", "www", "qingxi", ".", "-", "@", "http://", "https://",
                "/", ":", " ", "（", "）", "(", ")", "中", "查询。", "，", "a", "1", "www.qingxi.gov.cn", "news@qx.edu.cn",
                "http://a.gov.cn/x?y=1", "（www.gov.cn）").list().ofMaxSize(14)
                .map(pieces -> String.join("", pieces));
    }

    @Property
    void neverThrowsAndOnlyEverCutsOnAddressyLines(@ForAll("addressy") String line) {
        neverThrowsAndOnlyEverCuts(line);
        Statistics.label("kind").collect(Addresses.without(line) != line ? "cut" : Addresses.test(line) ? "kept" : "none");
        Statistics.label("kind").coverage(c -> {
            c.check("cut").percentage(p -> p > 3);
            c.check("kept").percentage(p -> p > 3);
        });
    }

    @Property
    void neverThrowsAndOnlyEverCuts(@ForAll String line) {
        String w = Addresses.without(line);
        assertTrue(w.length() <= line.length());
        if (w != line) assertTrue(Addresses.test(line));
        for (long r = Addresses.next(line, 0); r >= 0; r = Addresses.next(line, (int) r)) {
            int a = (int) (r >>> 32), b = (int) r;
            assertTrue(0 <= a && a < b && b <= line.length(), a + ".." + b);
        }
    }
}
