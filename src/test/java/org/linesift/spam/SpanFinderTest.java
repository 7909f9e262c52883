package org.linesift.spam;

import org.junit.jupiter.api.Test;
import org.linesift.Span;
import org.linesift.feature.CharLm;
import org.linesift.feature.Hashing;
import org.linesift.feature.TermSet;
import org.linesift.text.Normalizer;
import org.linesift.text.Segmenter;
import org.linesift.text.SynonymTable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Span detectors on sentences written for this test, with exact UTF-16 offsets. */
class SpanFinderTest {
    static final CharLm LM = new CharLm.Builder()
            .add("今年以来，城南新区坚持招商引资，新签约项目十二个，总投资超过八十亿元。")
            .add("区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。")
            .add("据悉，本次签约仪式上，五家企业代表分别发言，表示将加快项目落地进度。")
            .add("如果项目进行顺利，将会取得成功。我们希望项目进行顺利。")
            .build(0.75);

    static TermSet lexicon(String... terms) {
        long[] h = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            char[] c = Normalizer.normalize(terms[i]).toCharArray();
            h[i] = Hashing.chars(c, 0, c.length);
        }
        return TermSet.of(h);
    }

    final SpanFinder finder = new SpanFinder(LM, lexicon("官网", "九游会"), SynonymTable.get(), Segmenter.get());

    @Test
    void aSpinnersCopyOfAnotherLineHasTheSwappedWordsAsItsSpans() {
        String twin = "新签约项目主要集中在智能制造和现代物流两个领域。";
        // 主要→首要 (one char: widened to the word), 物流→货运 (a run of two)
        String line = "新签约项目首要集中在智能制造和现代货运两个领域。";
        List<Span> spans = finder.find(line, null, List.of(), null, twin);
        assertEquals(List.of(new Span(5, 7, Span.Kind.SUBSTITUTION, "首要"), new Span(17, 19, Span.Kind.SUBSTITUTION, "货运")), spans);
        assertEquals(line, Cleaner.clean(line, spans), "a swapped word is pointed at, not cut");
        assertEquals(finder.find(line, null, List.of(), null), finder.find(line, null, List.of(), null, line.substring(1)),
                "a twin of another length says nothing");
        List<Span> withPinyin = finder.find("烟(yan)台市今年新签约项目", null, List.of(), null, "烟(yan)台市今年新签约项目");
        assertEquals(List.of(new Span(1, 6, Span.Kind.PINYIN, "(yan)")), withPinyin, "an identical twin swaps nothing");
    }

    @Test
    void anInstitutionsAddressIsNoBrandWhereACasinosIs() {
        String casino = "据悉，居民可登录（www.8866bet.vip）查询改造进度。";
        assertEquals(List.of(new Span(13, 24, Span.Kind.BRAND, "8866bet.vip")), finder.find(casino, null));
        String gov = "据悉，居民可登录（www.qingxi.gov.cn）查询改造进度。";
        assertTrue(finder.find(gov, null).stream().noneMatch(sp -> sp.kind() == Span.Kind.BRAND), finder.find(gov, null).toString());
    }

    @Test
    void aGamblingKitsListIsSpamFromEndToEnd() {
        String line = "金鲤会返水|鸿途国际首存送|xg88开户|银泰城登录";
        // the items' spans, apart only by separators, are one brand span: the whole line
        assertEquals(List.of(new Span(0, 26, Span.Kind.BRAND, line)), finder.find(line, null));
        assertEquals("", Cleaner.clean(line, finder.find(line, null)));
    }

    @Test
    void aKitsPhraseAppendedToALineIsItsBrand() {
        String line = "青溪市老旧小区改造全面启动|金鲤会app下载";
        assertEquals(List.of(new Span(14, 22, Span.Kind.BRAND, "金鲤会app下载")), finder.find(line, null));
        assertEquals("青溪市老旧小区改造全面启动|", Cleaner.clean(line, finder.find(line, null)));
    }

    @Test
    void aKitsPhraseOpeningTwoClausesIsABrandWhereverItOpensOne() {
        String line = "金鲤会官网今年以来，城南新区坚持招商引资，金鲤会官网新签约项目十二个。";
        assertEquals(List.of(new Span(0, 5, Span.Kind.BRAND, "金鲤会官网"), new Span(21, 26, Span.Kind.BRAND, "金鲤会官网")),
                finder.find(line, null));
    }

    @Test
    void aTagSetIntoTwoSentencesIsABrandWhereverItStands() {
        String line = "今年以来，(金鲤会)城南新区坚持招商引资，(金鲤会)新签约项目十二个。";
        assertEquals(List.of(new Span(5, 10, Span.Kind.BRAND, "(金鲤会)"), new Span(21, 26, Span.Kind.BRAND, "(金鲤会)")), finder.find(line, null));
        assertEquals("今年以来，城南新区坚持招商引资，新签约项目十二个。", Cleaner.clean(line, finder.find(line, null)));
    }

    @Test
    void pinyinBrackets() {
        String line = "烟(yan)台市(shi)今年新签约项目";
        List<Span> spans = finder.find(line, null);
        assertEquals(List.of(new Span(1, 6, Span.Kind.PINYIN, "(yan)"), new Span(8, 13, Span.Kind.PINYIN, "(shi)")), spans);
        assertEquals("烟台市今年新签约项目", Cleaner.clean(line, spans));
    }

    @Test
    void mojibakeRuns() {
        String line = "报名地点：锟斤拷锟斤拷，邮编è¯ç";
        List<Span> spans = finder.find(line, null);
        assertEquals(new Span(5, 11, Span.Kind.MOJIBAKE, "锟斤拷锟斤拷"), spans.get(0));
        assertEquals(Span.Kind.MOJIBAKE, spans.get(1).kind());
        assertEquals(14, spans.get(1).start());
        assertEquals(line, Cleaner.clean(line, spans), "mojibake is pointed at, not cut");
    }

    @Test
    void aBrandSetAsALabelAtAClauseStartTakesItsColon() {
        String line = "据悉，尊龙凯时：本次签约仪式上，五家企业代表分别发言。";
        List<Span> spans = finder.find(line, null);
        assertEquals(List.of(new Span(3, 8, Span.Kind.BRAND, "尊龙凯时：")), spans);
        assertEquals("据悉，本次签约仪式上，五家企业代表分别发言。", Cleaner.clean(line, spans));
        assertEquals(List.of(new Span(0, 5, Span.Kind.BRAND, "尊龙凯时:")), finder.find("尊龙凯时:本次签约仪式上", null), "line start, ASCII colon");
        // inside a clause the colon is the sentence's own
        assertEquals(List.of(new Span(5, 9, Span.Kind.BRAND, "尊龙凯时")), finder.find("据悉，本次尊龙凯时：签约仪式上", null));
    }

    @Test
    void aCodeThePageAlsoUsesInItsCleanLinesIsNoBrand() {
        // our line: a page about online shops writes C2C in its clean lines too
        String line = "据悉，本次签约仪式上，C2C企业代表分别发言。";
        List<Span> all = finder.find(line, null, List.of());
        assertEquals(List.of(new Span(11, 14, Span.Kind.BRAND, "C2C")), all, "a code glued to the text, alone");
        java.util.function.Predicate<String> pageUses = w -> "城南C2C平台今年新增商户三百家。".contains(w);
        assertEquals(List.of(), finder.find(line, null, List.of(), pageUses));
        // a page term stays a brand even where the page's clean lines use it
        assertEquals(all, finder.find(line, null, List.of("c2c"), w -> true));
    }

    @Test
    void besideAListedBrandACodeOrLexiconWordIsTheTextsOwn() {
        // a kit injects its brand; the line's own product code is not a second one
        String line = "据悉，尊龙凯时本次签约仪式上，C2C企业代表分别发言。";
        assertEquals(List.of(new Span(3, 7, Span.Kind.BRAND, "尊龙凯时")), finder.find(line, null, List.of()));
        assertEquals(List.of(new Span(3, 7, Span.Kind.BRAND, "尊龙凯时")), finder.find(line, null, List.of(), w -> true));
        // nor beside a page term
        assertEquals(List.of(new Span(3, 6, Span.Kind.BRAND, "金鲤会")),
                finder.find("据悉，金鲤会本次签约仪式上，C2C企业代表分别发言。", null, List.of("金鲤会")));
    }

    @Test
    void aBracketedCapitalIsNoPinyin() {
        // a reference list marks a journal article [J]; a reading is a lower-case syllable
        assertEquals(List.of(), finder.find("城南新区招商引资研究[J]. 城市经济, 2031(3): 12-15.", null).stream()
                .filter(sp -> sp.kind() == Span.Kind.PINYIN).toList());
        assertEquals(List.of(new Span(1, 4, Span.Kind.PINYIN, "(e)")), finder.find("饿(e)了就吃饭", null).stream()
                .filter(sp -> sp.kind() == Span.Kind.PINYIN).toList());
    }

    @Test
    void mojibakeRunsAFewHanCharsApartAreOneRun() {
        // a wrong charset turns some bytes into common Han chars (是, 的), which sit between the garbled runs
        String line = "报名地点：锟斤拷是锟斤拷的锟斤拷，邮编锟斤拷";
        assertEquals(List.of(new Span(5, 16, Span.Kind.MOJIBAKE, "锟斤拷是锟斤拷的锟斤拷"), new Span(19, 22, Span.Kind.MOJIBAKE, "锟斤拷")),
                finder.find(line, null), "a comma or five chars apart, the runs stay two");
        assertEquals(List.of(new Span(0, 3, Span.Kind.MOJIBAKE, "锟斤拷"), new Span(8, 11, Span.Kind.MOJIBAKE, "锟斤拷")),
                finder.find("锟斤拷城南新区招锟斤拷", null));
        assertEquals(List.of(new Span(0, 10, Span.Kind.MOJIBAKE, "锟斤拷城南新区锟斤拷")), finder.find("锟斤拷城南新区锟斤拷", null));
    }

    @Test
    void aLoneLatin1SignOrToneIsNoMojibakeSpan() {
        for (String line : new String[]{"Copyright © 2024 城南日报社 版权所有", "夜雨 yè yǔ", "尺寸：30×40厘米"}) {
            assertTrue(finder.find(line, null).stream().noneMatch(sp -> sp.kind() == Span.Kind.MOJIBAKE), line);
        }
        // two of them side by side are UTF-8 read as Latin-1
        String line = "报名地点：城南区Ã¤Ã¶路";
        assertTrue(finder.find(line, null).contains(new Span(8, 12, Span.Kind.MOJIBAKE, "Ã¤Ã¶")), line);
    }

    @Test
    void escapedTextIsOneMojibakeSpanPerRun() {
        String entities = "&#35760;&#32773;&#20174;&#38738;";
        String line = "记者：" + entities + " " + "%E8%AE%B0%E8%80%85";
        List<Span> spans = finder.find(line, null);
        assertEquals(List.of(new Span(3, 3 + entities.length(), Span.Kind.MOJIBAKE, entities),
                new Span(4 + entities.length(), line.length(), Span.Kind.MOJIBAKE, "%E8%AE%B0%E8%80%85")), spans);
        assertEquals(List.of(), finder.find("网页里的“中”字写作%E4%B8%AD，这就是百分号编码，浏览器会自动把它还原为汉字。", null).stream()
                .filter(sp -> sp.kind() == Span.Kind.MOJIBAKE).toList(), "a quoted code on a readable line is no span");
    }

    @Test
    void wordsHiddenByInvisibleCharsAreABrandSpanThatCleaningCuts() {
        String hidden = String.join("\u200d", "金鼎汇官网".split(""));
        String line = "改造工作坚持先民生后提升的原则，" + hidden + "优先解决漏水问题。";
        List<Span> spans = new SpanFinder(null, null, null, null).find(line, null);
        assertEquals(List.of(new Span(16, 16 + hidden.length(), Span.Kind.BRAND, hidden)), spans, "without the LM tests, exactly the run");
        assertTrue(finder.find(line, null).contains(spans.get(0)), "with them, the run among their spans");
        assertEquals("改造工作坚持先民生后提升的原则，优先解决漏水问题。", Cleaner.clean(line, spans));
    }

    @Test
    void utf8ReadAsGbkIsOneMojibakeSpanEvenWithoutTheLm() {
        String garbled = new String("二、报名条件".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.Charset.forName("GBK"));
        String line = "报名须知：" + garbled;
        // the tiny test LM knows none of these chars; without any LM, Garbled's marks alone make the run
        for (SpanFinder f : new SpanFinder[]{finder, new SpanFinder(null, null, null, null)}) {
            List<Span> spans = f.find(line, null);
            assertEquals(List.of(new Span(5, line.length(), Span.Kind.MOJIBAKE, garbled)), spans, garbled);
        }
    }

    @Test
    void injectedBrandCodeAndLexiconTerms() {
        String line = "据悉，点招j9九游会官网本次签约仪式上，五家企业代表分别发言。";
        List<Span> spans = finder.find(line, null);
        Span brand = spans.stream().filter(s -> s.kind() == Span.Kind.BRAND).findFirst().orElseThrow();
        // 点招 (no word) sits between the clause start and the code: the call to action goes with the brand
        assertEquals(3, brand.start(), spans.toString());
        assertEquals(12, brand.end(), spans.toString());
        assertEquals("点招j9九游会官网", brand.text());
        assertEquals("据悉，本次签约仪式上，五家企业代表分别发言。", Cleaner.clean(line, spans));
    }

    @Test
    void aWordBeforeABrandCodeStaysOutOfItsSpan() {
        String line = "据悉，新款j9九游会官网本次签约仪式上，五家企业代表分别发言。";
        Span brand = finder.find(line, null).stream().filter(s -> s.kind() == Span.Kind.BRAND).findFirst().orElseThrow();
        assertEquals(new Span(5, 12, Span.Kind.BRAND, "j9九游会官网"), brand);
        String mid = "五家企业代表点招j9九游会官网分别发言。";
        Span inside = finder.find(mid, null).stream().filter(s -> s.kind() == Span.Kind.BRAND).findFirst().orElseThrow();
        assertEquals(8, inside.start(), "no clause starts at 点招 here: " + inside);
    }

    @Test
    void theDeletionTestNeverCutsAcrossAClauseMark() {
        // words the LM has never seen, on both sides of an enumeration's 、: cutting 晾晒区、口袋 would save the
        // most, but an injected brand is one token
        String line = "新签约项目主要集中在智能制造、晾晒区、口袋公园和现代物流两个领域。";
        for (Span s : finder.find(line, null)) {
            assertFalse(s.text().contains("、"), s.toString());
            assertFalse(s.text().contains("，"), s.toString());
        }
    }

    @Test
    void thePagesSpamTermsAreBrandsWhereverTheyStandAsWholeWords() {
        SpanFinder plain = new SpanFinder(null, null, null, null);
        String line = "金鼎汇：城南新区坚持招商引资，金鼎汇新签约项目，kjdhx与jdh";
        // the label colon at the line start is the kit's (aBrandSetAsALabelAtAClauseStartTakesItsColon)
        assertEquals(List.of(new Span(0, 4, Span.Kind.BRAND, "金鼎汇："), new Span(15, 18, Span.Kind.BRAND, "金鼎汇"),
                        new Span(30, 33, Span.Kind.BRAND, "jdh")),
                plain.find(line, null, List.of("金鼎汇", "jdh")));
        assertEquals(List.of(), plain.find(line, null), "no page terms, no brand here");
        assertEquals(List.of(new Span(2, 5, Span.Kind.BRAND, "JDH")), plain.find("进入JDH", null, List.of("jdh")), "terms are folded");
    }

    @Test
    void aWellKnownBrandIsABrandSpanWithoutALexiconOrLm() {
        SpanFinder plain = new SpanFinder(null, null, null, null);
        String line = "九游会官网：城南新区坚持招商引资，万博新签约项目，万博总投资超过八十亿元。";
        assertEquals(List.of(new Span(0, 6, Span.Kind.BRAND, "九游会官网："), new Span(17, 19, Span.Kind.BRAND, "万博"),
                        new Span(25, 27, Span.Kind.BRAND, "万博")),
                plain.find(line, null));
        assertEquals(List.of(), plain.find("城南新区盈利来看不错，创新利器不断。", null), "words that contain a name");
    }

    @Test
    void decoratedBrandIsCutWithItsBrackets() {
        String line = "今年以来，【hg8868】城南新区坚持招商引资。";
        List<Span> spans = finder.find(line, null);
        assertEquals(new Span(5, 13, Span.Kind.BRAND, "【hg8868】"), spans.get(0));
        assertEquals("今年以来，城南新区坚持招商引资。", Cleaner.clean(line, spans));
    }

    @Test
    void symbolsBeforeABrandAndBracketedLowerCaseCodesAreTheBrands() {
        // after a Han char, a bracketed Latin run is read as pinyin; here it opens a clause
        String line = "今年以来，★✅🔥【hg8868】城南新区坚持招商引资，(kjdh)新签约项目十二个。";
        List<Span> spans = finder.find(line, null);
        assertEquals(List.of(new Span(5, 17, Span.Kind.BRAND, "★✅🔥【hg8868】"), new Span(28, 34, Span.Kind.BRAND, "(kjdh)")),
                spans.stream().filter(s -> s.kind() == Span.Kind.BRAND).toList(), spans.toString());
        assertTrue(spans.stream().noneMatch(s -> s.kind() == Span.Kind.MOJIBAKE), "the emoji is the brand's, not mojibake: " + spans);
        assertEquals("今年以来，城南新区坚持招商引资，新签约项目十二个。", Cleaner.clean(line, spans));
        for (String clean : List.of("城南新区坚持招商引资(GDP)，新签约项目十二个。", "新签约项目重5(kg)，总投资超过八十亿元。")) {
            assertTrue(finder.find(clean, null).stream().noneMatch(s -> s.kind() == Span.Kind.BRAND), clean);
        }
    }

    @Test
    void repeatedChineseBrandAtClauseStartsIsFoundEveryTime() {
        String line = "今年以来，【金鼎汇】城南新区坚持招商引资，【金鼎汇】新签约项目十二个。";
        List<Span> brands = finder.find(line, null).stream().filter(s -> s.kind() == Span.Kind.BRAND).toList();
        assertEquals(List.of(new Span(5, 10, Span.Kind.BRAND, "【金鼎汇】"), new Span(21, 26, Span.Kind.BRAND, "【金鼎汇】")), brands);
        assertEquals("今年以来，城南新区坚持招商引资，新签约项目十二个。", Cleaner.clean(line, finder.find(line, null)));
    }

    @Test
    void shreddedTitleFragments() {
        String title = "城南新区招商引资再创佳绩";
        String line = "城南今年以来，新区全区招商引资取得进展，再创签约项目十二个，佳绩不断。";
        List<Span> spans = finder.find(line, title);
        List<String> frags = spans.stream().filter(s -> s.kind() == Span.Kind.TITLE_FRAGMENT).map(Span::text).toList();
        // longest title substring at each point: 全区招商引资 gives 区招商引资, which the title contains
        assertEquals(List.of("城南", "新区", "区招商引资", "再创", "佳绩"), frags);
        assertEquals(new Span(10, 15, Span.Kind.TITLE_FRAGMENT, "区招商引资"), spans.stream().filter(s -> s.kind() == Span.Kind.TITLE_FRAGMENT).toList().get(2));
        assertTrue(finder.find(line, null).stream().noneMatch(s -> s.kind() == Span.Kind.TITLE_FRAGMENT));
    }

    @Test
    void aLineWhoseSpamASureDetectorFoundGetsNoTitleFragments() {
        // the shredded line of the test above, with a well-known brand or pinyin in it: the brand or the pinyin is
        // the spam; its title words are the article's own
        String title = "城南新区招商引资再创佳绩";
        List<Span> brand = finder.find("城南今年以来，尊龙凯时新区全区招商引资取得进展，再创签约项目十二个，佳绩不断。", title);
        assertEquals(List.of(new Span(7, 11, Span.Kind.BRAND, "尊龙凯时")), brand);
        List<Span> pinyin = finder.find("城南今年以来，新(xin)区全区招商引资取得进展，再创签约项目十二个，佳绩不断。", title);
        assertEquals(List.of(new Span(8, 13, Span.Kind.PINYIN, "(xin)")), pinyin);
        // a code glued into the text (5G), which the brand detector marks, is no sure sign: the fragments stay
        List<Span> code = finder.find("城南今年以来，新区全区招商引资取得进展，再创5G签约项目十二个，佳绩不断。", title);
        assertEquals(List.of("城南", "新区", "区招商引资", "佳绩"),
                code.stream().filter(s -> s.kind() == Span.Kind.TITLE_FRAGMENT).map(Span::text).toList(), code.toString());
        assertTrue(code.contains(new Span(20, 24, Span.Kind.BRAND, "再创5G")), code.toString());
    }

    @Test
    void aLineWhoseSpamASureDetectorFoundGetsNoSubstitutions() throws Exception {
        org.linesift.model.Model model;
        try (java.io.InputStream in = SpanFinder.class.getResourceAsStream(org.linesift.model.ModelFile.BUNDLED)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(in != null, "bundled model not built yet");
            model = org.linesift.model.ModelFile.read(in.readAllBytes(), "bundled");
        }
        SpanFinder real = new SpanFinder(model.lm(), model.terms(), SynonymTable.get(), Segmenter.get());
        // our line; the synonym test takes 长短 (of 长短不一) for a substitution of a likelier synonym
        String line = "网店的物流配送的特点是批量小且品种多，运输距离又长短不一。";
        assertTrue(real.find(line, null).contains(new Span(24, 26, Span.Kind.SUBSTITUTION, "长短")), real.find(line, null).toString());
        String withPinyin = "网店的物流配送的特点是批量小且品种多，运(yun)输距离又长短不一。";
        List<Span> spans = real.find(withPinyin, null);
        assertTrue(spans.contains(new Span(20, 25, Span.Kind.PINYIN, "(yun)")), spans.toString());
        assertTrue(spans.stream().noneMatch(s -> s.kind() == Span.Kind.SUBSTITUTION), spans.toString());
    }

    @Test
    void oneSharedPhraseIsNotShredding() {
        List<Span> spans = finder.find("今年以来，城南新区坚持招商引资。", "城南新区招商引资再创佳绩");
        assertTrue(spans.stream().noneMatch(s -> s.kind() == Span.Kind.TITLE_FRAGMENT), spans.toString());
    }

    @Test
    void cleanLinesHaveNoSpansAndHostileInputIsSafe() {
        assertEquals(List.of(), finder.find("区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。", null));
        assertEquals(List.of(), finder.find("", null));
        assertEquals(List.of(), finder.find(null, null));
        finder.find("\uD800(\uDFFF)(" + "a".repeat(5000) + ")", "\uD800");
    }
}
