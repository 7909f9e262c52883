package org.linesift.feature;

import org.junit.jupiter.api.Test;
import org.linesift.text.Segmenter;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PageFeaturizerTest {
    static final String[] PAGE = {
            "首页 | 新闻 | 体育 | 财经",
            "城南新区招商引资再创佳绩",
            "2023-04-21 10:23 来源：城南日报",
            "今年以来，城南新区坚持招商引资“一号工程”，全区新签约项目十二个，总投资超过八十亿元。",
            "区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。",
            "",
            "版权所有 © 城南日报社 京ICP备12345678号",
    };

    static CharLm tinyLm() {
        CharLm.Builder b = new CharLm.Builder();
        b.add("今年以来，城南新区坚持招商引资，新签约项目主要集中在智能制造领域。");
        return b.build(0.75);
    }

    @Test
    void featuresAreDistinctInRangeAndDeterministic() {
        PageFeaturizer f = new PageFeaturizer(FeatureConfig.defaults(), tinyLm(), Segmenter.get());
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        f.analyse(PAGE, s);
        int[] a = new int[f.maxFeatures()];
        int[] b = new int[f.maxFeatures()];
        for (int i = 0; i < PAGE.length; i++) {
            int na = f.features(PAGE, i, s, a);
            int nb = f.features(PAGE, i, s, b);
            assertEquals(na, nb);
            assertArrayEquals(Arrays.copyOf(a, na), Arrays.copyOf(b, nb), "same line, same features");
            int[] sorted = Arrays.copyOf(a, na);
            Arrays.sort(sorted);
            for (int k = 0; k < na; k++) {
                assertTrue(sorted[k] >= 0 && sorted[k] < FeatureConfig.defaults().dimension());
                if (k > 0) assertNotEquals(sorted[k - 1], sorted[k], "features are deduplicated");
            }
        }
        // a fresh scratch gives the same result
        PageFeaturizer.Scratch s2 = new PageFeaturizer.Scratch();
        f.analyse(PAGE, s2);
        int n1 = f.features(PAGE, 3, s, a);
        int n2 = f.features(PAGE, 3, s2, b);
        assertArrayEquals(Arrays.copyOf(a, n1), Arrays.copyOf(b, n2));
    }

    /**
     * With {@link FeatureConfig#DIGIT_SHAPES}, a page that prints other numbers (2019年 for 2026年, another phone
     * number) has exactly the same character, n-gram and word features, line by line; without it, it has not.
     */
    @Test
    void digitShapesMakeTheNumbersAPagePrintsNoEvidence() {
        String[] a = {"2026年3月18日 来源：青溪日报", "2026年全市将改造一百二十个老旧小区，咨询电话0571-86052931。"};
        String[] b = {"2019年7月20日 来源：青溪日报", "2019年全市将改造一百二十个老旧小区，咨询电话0571-37418265。"};
        int lexical = FeatureConfig.WORDS | FeatureConfig.CHAR_TRIGRAMS | FeatureConfig.CONTEXT;
        for (boolean shapes : new boolean[] {true, false}) {
            FeatureConfig cfg = new FeatureConfig(FeatureConfig.CURRENT_VERSION, 20, 1024, lexical | (shapes ? FeatureConfig.DIGIT_SHAPES : 0));
            PageFeaturizer f = new PageFeaturizer(cfg, null, Segmenter.get());
            for (int i = 0; i < a.length; i++) {
                boolean same = Arrays.equals(sortedFeatures(f, a, i), sortedFeatures(f, b, i));
                assertEquals(shapes, same, (shapes ? "with" : "without") + " digit shapes, line " + i);
            }
        }
    }

    /**
     * Every year (four digits, 1900 to 2099) reads as 2020, in every model: pages that differ only in their years
     * get identical features; other numbers (an ICP or phone number, 1899, 2100, 20250) keep their digits.
     */
    @Test
    void yearsReadAsOneYear() {
        PageFeaturizer f = new PageFeaturizer(FeatureConfig.defaults(), tinyLm(), Segmenter.get());
        String page = "Y-03-18 09:42 来源：青溪日报|据悉，Y年全市将改造一百二十个老旧小区，比Y年多三成。|Copyright © Y 青溪日报社 青ICP备20310318号-1";
        String[] base = page.replace("Y", "2024").split("\\|");
        for (String year : new String[] {"1900", "1998", "2019", "2026", "2099"}) {
            String[] other = page.replace("Y", year).split("\\|");
            for (int i = 0; i < base.length; i++) assertArrayEquals(sortedFeatures(f, base, i), sortedFeatures(f, other, i), year + ", line " + i);
        }
        for (String number : new String[] {"1899", "2100", "20250", "202", "3026"}) {
            String[] other = page.replace("Y", number).split("\\|");
            assertFalse(Arrays.equals(sortedFeatures(f, base, 1), sortedFeatures(f, other, 1)), number + " is not a year");
        }
        String[] icp = {base[0], base[1], base[2].replace("20310318", "20190318")};
        assertFalse(Arrays.equals(sortedFeatures(f, base, 2), sortedFeatures(f, icp, 2)), "a registration number is not a year");
    }

    private static int[] sortedFeatures(PageFeaturizer f, String[] page, int i) {
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        f.analyse(page, s);
        int[] out = new int[f.maxFeatures()];
        int[] x = Arrays.copyOf(out, f.features(page, i, s, out));
        Arrays.sort(x);
        return x;
    }

    /** The line the title finder picks on {@code page}, with the default features. */
    private static int titleOf(String[] page) {
        PageFeaturizer f = new PageFeaturizer(FeatureConfig.defaults(), tinyLm(), Segmenter.get());
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        f.analyse(page, s);
        return f.title(s);
    }

    @Test
    void choosesTheHeadlineAsTitle() {
        assertEquals(1, titleOf(PAGE));
    }

    @Test
    void aShortMenuItemWhosePairsRecurByChanceDoesNotBeatTheHeadline() {
        // "企业服务" has 3 pairs and all of them recur below (100 %); the headline has 13 pairs and 9 recur. The
        // old score (share of pairs that recur) chose the menu item; the shrunk count and the date line pick the headline.
        String[] page = {
                "首页 | 新闻 | 财经",
                "企业服务",
                "图片 | 视频 | 专题 | 评论 | 热点 | 排行",
                "城南新区企业服务中心今天正式启用运行",
                "2026-11-20 09:30 来源：城南日报",
                "今年以来，城南新区为企业服务的方式不断创新，新建的服务中心把审批、咨询和政策兑现集中到一处。",
                "中心今天正式启用后，企业办事平均用时缩短了一半，多项业务可以当天办结，受到企业欢迎。",
                "版权所有 © 城南日报社",
        };
        assertEquals(3, titleOf(page));
    }

    @Test
    void aNewspaperHeadlineThatStandsThreeTimesIsStillTheTitle() {
        // an e-paper page lists the headline in its page index and its own index, then heads the article with it;
        // before, a line standing three times counted as a menu item, and the page-index line next to the date won
        String headline = "老教师跨界执掌民乐团 和学生一起较劲成长";
        String[] page = {
                "版面导航",
                headline,
                "第A01版：头版",
                "第A03版：成长周刊",
                headline,
                "2022年02月12日 查看旧版",
                headline,
                "年过五十的老教师跨界执掌学校民乐团，带着学生一起较劲成长，在比赛中拿下不俗的成绩。",
                "谈起民乐团的孩子们，这位老教师说，和学生一起较劲，自己也在成长，每天都很快乐。",
        };
        assertEquals(6, titleOf(page));
    }

    @Test
    void aBreadcrumbThatEndsInTheHeadlineGivesWayToTheHeadline() {
        // the date line right above the breadcrumb made it win before
        String[] page = {
                "2026-11-20 09:30 星期五",
                "首页 --> 财经频道 --> 城南新区企业服务中心今天正式启用",
                "城南新区企业服务中心今天正式启用",
                "今年以来，城南新区为企业服务的方式不断创新，新建的服务中心今天正式启用，审批和咨询集中到一处。",
                "中心启用后，企业办事平均用时缩短了一半，多项业务可以当天办结，受到新区企业欢迎。",
        };
        assertEquals(2, titleOf(page));
        // a line that only starts the title (a source, a column name) does not take its place
        page[2] = "城南新区";
        assertEquals(1, titleOf(page));
    }

    @Test
    void measuresShape() {
        PageFeaturizer f = new PageFeaturizer(FeatureConfig.defaults(), tinyLm(), Segmenter.get());
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        String[] page = {"下(xia)岗(gang)职工的社(she)会资本", "点招j9官网和3359.vip", "2023-04-21 10:23", "京ICP备12345678号", ""};
        f.analyse(page, s);
        assertEquals(3, s.pinyin[0]);
        assertEquals(3, s.alnumRuns[1], "j9, 3359 and vip");
        assertEquals(1, s.mixedRuns[1], "only j9 mixes letters and digits");
        assertEquals(2, s.hanAdjRuns[1], "j9 follows 招 and 3359 follows 和; vip follows a dot");
        assertEquals(1, s.domains[1]);
        assertTrue((s.flags[2] & PageFeaturizer.F_DATE) != 0);
        assertTrue((s.flags[2] & PageFeaturizer.F_TIME) != 0);
        assertTrue((s.flags[3] & PageFeaturizer.F_ICP) != 0);
        assertTrue((s.flags[4] & PageFeaturizer.F_BLANK) != 0);
        assertEquals(0, s.len[4]);
    }

    @Test
    void bucketsAreMonotone() {
        int prev = -1;
        for (int v = 0; v < 5000; v++) {
            int b = PageFeaturizer.bucket(v);
            assertTrue(b >= prev);
            prev = b;
        }
        assertEquals(0, PageFeaturizer.bucket(0));
        assertEquals(3, PageFeaturizer.bucket(3));
        assertEquals(4, PageFeaturizer.bucket(5));
    }

    @Test
    void languageModelScoresSeenPairsBelowUnseen() {
        CharLm lm = tinyLm();
        assertTrue(lm.bigramQ('招', '商') < lm.bigramQ('招', '乐'), "seen bigram is less surprising");
        assertTrue(lm.unigramQ('新') < lm.unigramQ('锟'));
    }

    /** Namespaces of the features of line {@code i} of {@code page}, by name. */
    static java.util.Set<String> namespacesOf(PageFeaturizer f, String[] page, int i) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int ns : namespaceIds(f, page, i)) names.add(PageFeaturizer.namespaceName(ns));
        return names;
    }

    /** The namespace of each feature of line {@code i} of {@code page}. */
    static int[] namespaceIds(PageFeaturizer f, String[] page, int i) {
        PageFeaturizer.Scratch s = analysed(f, page);
        int[] ns = new int[f.maxFeatures()];
        s.recordNamespaces(ns);
        return Arrays.copyOf(ns, f.features(page, i, s, new int[f.maxFeatures()]));
    }

    /** A fresh scratch after {@code f.analyse(page)}. */
    static PageFeaturizer.Scratch analysed(PageFeaturizer f, String[] page) {
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        f.analyse(page, s);
        return s;
    }

    @Test
    void insertionFeaturesFireOnAnInjectedBrandOnlyWhenTheConfigAsksForThem() {
        String[] page = {
                "城南新区招商引资再创佳绩",
                "今年以来，【金鼎汇】城南新区坚持招商引资，【金鼎汇】新签约项目十二个，总投资超过八十亿元。",
                "区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。",
        };
        String name = "insertion at a clause boundary";
        PageFeaturizer with = new PageFeaturizer(FeatureConfig.defaults(), tinyLm(), Segmenter.get());
        assertTrue(with.config().has(FeatureConfig.INSERTION));
        assertTrue(namespacesOf(with, page, 1).contains(name), "the bracketed brand at a clause start");
        assertFalse(namespacesOf(with, page, 2).contains(name), "clean prose has no candidate");
        FeatureConfig d = FeatureConfig.defaults();
        PageFeaturizer without = new PageFeaturizer(new FeatureConfig(d.featureVersion(), d.hashBits(), d.maxNgramChars(),
                d.flags() & ~FeatureConfig.INSERTION), tinyLm(), Segmenter.get());
        assertFalse(namespacesOf(without, page, 1).contains(name));
    }

    /** Features of line {@code i} in namespace {@code ns} (by number). */
    static int countInNamespace(PageFeaturizer f, String[] page, int i, int ns) {
        return (int) Arrays.stream(namespaceIds(f, page, i)).filter(x -> x == ns).count();
    }

    static PageFeaturizer withFlags(int add) {
        FeatureConfig d = FeatureConfig.defaults();
        return new PageFeaturizer(new FeatureConfig(d.featureVersion(), d.hashBits(), d.maxNgramChars(), d.flags() | add),
                proseLm(), Segmenter.get());
    }

    static final String[] PROSE = {
            "今年以来，城南新区坚持招商引资，新签约项目主要集中在智能制造领域。",
            "区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。",
            "下一步，城南新区将继续优化营商环境，推动签约项目尽快开工建设。",
            "据了解，今年城南新区还将举办多场招商推介活动，吸引更多企业落户。",
    };

    static CharLm proseLm() {
        CharLm.Builder b = new CharLm.Builder();
        for (String p : PROSE) b.add(p);
        return b.build(0.75);
    }

    @Test
    void pageRelativeLmCountsHowFarALineStandsAboveItsPage() {
        // the same words shuffled: every junction is one the prose never makes
        String salad = "营商环境项目城南，尽快推动优化开工继续新区签约将下一步建设。";
        String[] page = {PROSE[0], PROSE[1], PROSE[2], salad, PROSE[3]};
        PageFeaturizer with = withFlags(FeatureConfig.PAGE_LM);
        PageFeaturizer without = withFlags(0);
        int lm = PageFeaturizer.NS_LM;
        int cleanExtra = countInNamespace(with, page, 0, lm) - countInNamespace(without, page, 0, lm);
        int saladExtra = countInNamespace(with, page, 3, lm) - countInNamespace(without, page, 3, lm);
        assertTrue(cleanExtra >= 1, "every line learns its page's median: " + cleanExtra);
        assertTrue(saladExtra > cleanExtra + 4, "the salad line passes more thresholds: " + saladExtra + " vs " + cleanExtra);
        // too few Chinese lines of 10+ chars to measure a page against: no page-relative features at all
        String[] small = {"首页 | 新闻", PROSE[0], salad};
        assertEquals(countInNamespace(without, small, 2, lm), countInNamespace(with, small, 2, lm));
    }

    @Test
    void theLowerQuartileMeasuresASaladLineAgainstTheCleanHalfOfItsPage() {
        // half of the page shuffled: the median is the salad's, the lower quartile the prose's
        String[] salad = {"营商环境项目城南，尽快推动优化开工继续新区签约将下一步建设。", "领域制造主要智能新签约集中，以来城南今年坚持引资招商新区。",
                "落户企业活动更多吸引推介多场，今年了解还将城南据举办新区招商。", "介绍现代物流主要新签约，负责人领域区招商局集中两个智能制造在和。"};
        String[] page = {PROSE[0], salad[0], PROSE[1], salad[1], PROSE[2], salad[2], PROSE[3], salad[3]};
        int lm = PageFeaturizer.NS_LM;
        PageFeaturizer median = withFlags(FeatureConfig.PAGE_LM), both = withFlags(FeatureConfig.PAGE_LM | FeatureConfig.PAGE_LM_LOW);
        int saladExtra = countInNamespace(both, page, 1, lm) - countInNamespace(median, page, 1, lm);
        int cleanExtra = countInNamespace(both, page, 0, lm) - countInNamespace(median, page, 0, lm);
        assertTrue(saladExtra > cleanExtra + 8, "the salad line stands far above the lower quartile: " + saladExtra + " vs " + cleanExtra);
        assertEquals(countInNamespace(withFlags(0), page, 1, lm), countInNamespace(withFlags(FeatureConfig.PAGE_LM_LOW), page, 1, lm),
                "the lower quartile is a second reference of the page LM, nothing without it");
    }

    @Test
    void looseCharactersCountWhatNoDictionaryWordClaimsInWordSalad() {
        // our own sentence, and the same characters shuffled one by one
        String clean = "区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。";
        String salad = "领局招介项负域商绍，区流约集现物责目造签主智人中新在能代个制要和两。";
        String[] page = {PROSE[0], clean, salad};
        int wf = PageFeaturizer.NS_WFREQ;
        PageFeaturizer with = withFlags(FeatureConfig.LOOSE_CHARS);
        PageFeaturizer without = withFlags(0);
        int cleanExtra = countInNamespace(with, page, 1, wf) - countInNamespace(without, page, 1, wf);
        int saladExtra = countInNamespace(with, page, 2, wf) - countInNamespace(without, page, 2, wf);
        assertEquals(0, cleanExtra, "clean prose is made of dictionary words");
        assertTrue(saladExtra >= 5, "the salad passes the thermometer's first steps: " + saladExtra);
        // a short line is not judged
        String[] shortPage = {PROSE[0], "领局招介项负域"};
        assertEquals(countInNamespace(without, shortPage, 1, wf), countInNamespace(with, shortPage, 1, wf));
    }

    @Test
    void pinyinRunsAddFeaturesOnlyForPinyin() {
        String[] page = {PROSE[0], "城(cheng)南(nan)新区坚持招商引资，新签约项目主要集中在智能制造领域。",
                "城cheng南nan新区坚持招商引资，新签约项目主要集中在智能制造领域。", PROSE[1]};
        int br = PageFeaturizer.NS_BRAND;
        PageFeaturizer with = withFlags(FeatureConfig.PINYIN_RUNS);
        PageFeaturizer without = withFlags(0);
        for (int i : new int[]{1, 2}) {
            assertTrue(countInNamespace(with, page, i, br) > countInNamespace(without, page, i, br), page[i]);
        }
        assertEquals(countInNamespace(without, page, 3, br), countInNamespace(with, page, 3, br));
    }

    @Test
    void titleContextSeesAFragmentThatBreaksItsSentence() {
        String title = "城南新区招商引资再创佳绩";
        String clean = "今年以来，城南新区坚持招商引资，新签约项目主要集中在智能制造领域。";
        String shredded = "今年以来，城南新区坚持再创佳绩招商引资，新签约项目主要集中在智能制造领域。";
        String[] page = {title, "2023-04-21 10:23 来源：城南日报", clean, shredded, PROSE[1], PROSE[2]};
        PageFeaturizer with = withFlags(FeatureConfig.TITLE_CONTEXT);
        PageFeaturizer without = withFlags(0);
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        with.analyse(page, s);
        assertEquals(0, with.title(s));
        int t = PageFeaturizer.NS_TITLE;
        int cleanExtra = countInNamespace(with, page, 2, t) - countInNamespace(without, page, 2, t);
        int shredExtra = countInNamespace(with, page, 3, t) - countInNamespace(without, page, 3, t);
        // clean: 城南新区 after a comma is judged by its right seam alone, 区坚 (4 bits): one threshold, plus the count,
        // plus one for standing between the headline and the last prose line
        assertEquals(3, cleanExtra);
        // 再创佳绩 between 坚持 and 招商: seams 持再 16.75 + 绩招 8.1 bits against the join 持招 2 bits = 22.9 bits,
        // five 4-bit thresholds, plus the count (two strong seams: that one and 招商引资 after 绩), plus the article span
        assertEquals(7, shredExtra);
        // the headline sits right above its date line; the flag adds the date-neighbour features
        int nb = PageFeaturizer.NS_NB;
        assertEquals(2, countInNamespace(with, page, 0, nb) - countInNamespace(without, page, 0, nb));
    }

    /**
     * {@link FeatureConfig#SHRED_CUTS}: HanLP cuts the headline 城/南/新区/招商引资/再/创佳/绩. The clean paragraph
     * repeats 城南新区 and 招商引资 as whole words; the shredded one carries 城南新 (ends inside 新区), 招商引 (inside
     * 招商引资) and 资再 (starts inside it): three cuts, two of them three chars long.
     */
    @Test
    void shredCutsCountTitleRunsThatBeginOrEndInsideATitleWord() {
        String title = "城南新区招商引资再创佳绩";
        String shredded = "今年以来，城南新坚持招商引，新签约项目主要集中在资再智能制造领域。";
        String[] page = {title, "2023-04-21 10:23 来源：城南日报", PROSE[0], shredded, PROSE[1], PROSE[2]};
        PageFeaturizer with = withFlags(FeatureConfig.SHRED_CUTS);
        PageFeaturizer without = withFlags(0);
        assertEquals(0, with.title(analysed(with, page)));
        int mask = FeatureConfig.defaults().dimension() - 1, t = PageFeaturizer.NS_TITLE;
        int[] ids = featureIds(with, page, 3);
        for (int k = 1; k <= 3; k++) assertTrue(has(ids, Hashing.index(mask, t, 40, k)), "cuts >= " + k);
        assertFalse(has(ids, Hashing.index(mask, t, 40, 4)));
        for (int k = 1; k <= 2; k++) assertTrue(has(ids, Hashing.index(mask, t, 41, k)), "long cuts >= " + k);
        assertFalse(has(ids, Hashing.index(mask, t, 41, 3)));
        assertTrue(has(ids, Hashing.index(mask, t, 42, 3, lenClassOf(with, page, 3))));
        // the clean paragraph: two runs, no cut; just the two count features
        int[] clean = featureIds(with, page, 2);
        assertFalse(has(clean, Hashing.index(mask, t, 40, 1)));
        assertTrue(has(clean, Hashing.index(mask, t, 42, 0, lenClassOf(with, page, 2))));
        assertEquals(2, countInNamespace(with, page, 2, t) - countInNamespace(without, page, 2, t));
        assertEquals(3 + 2 + 2, countInNamespace(with, page, 3, t) - countInNamespace(without, page, 3, t));
        // the headline itself gets none, and without the flag no line does
        assertEquals(0, countInNamespace(with, page, 0, t) - countInNamespace(without, page, 0, t));
        assertFalse(has(featureIds(without, page, 3), Hashing.index(mask, t, 40, 1)));
    }

    @Test
    void leadSeamsSeeAFragmentOfTheFirstParagraphThatBreaksItsSentence() {
        String title = "城南新区招商引资再创佳绩";
        String lead = PROSE[1];
        String clean = PROSE[2];
        String shredded = "下一步，城南新区将继续优化负责人介绍营商环境，推动签约项目尽快开工建设。";
        String[] page = {title, "2023-04-21 10:23 来源：城南日报", lead, clean, shredded, PROSE[3]};
        PageFeaturizer with = withFlags(FeatureConfig.TITLE_CONTEXT | FeatureConfig.LEAD_SEAMS);
        PageFeaturizer without = withFlags(FeatureConfig.TITLE_CONTEXT);
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        with.analyse(page, s);
        assertEquals(0, with.title(s));
        assertEquals(2, s.lead, "the first prose line below the title");
        without.analyse(page, s);
        assertEquals(-1, s.lead, "no lead without the flag");
        int t = PageFeaturizer.NS_TITLE;
        int[] extra = new int[page.length];
        for (int i = 0; i < page.length; i++) extra[i] = countInNamespace(with, page, i, t) - countInNamespace(without, page, i, t);
        // every other line gets four: its count of lead-pair runs, their share of the lead, the count by line
        // length, and runs per character; the date line shares no pair with the lead, so that is all
        assertEquals(4, extra[1]);
        assertEquals(0, extra[2], "the lead line is not compared with itself");
        // the headline (招商) and the clean paragraph (签约项目) share pairs that fit their sentences: one more
        // feature, the count of strong seams (none), and no seam threshold
        assertEquals(5, extra[0]);
        assertEquals(5, extra[3]);
        // 负责人介绍 dropped between 优化 and 营商: the count, and four 4-bit seam thresholds
        assertEquals(9, extra[4]);
    }

    @Test
    void shapesCollapseRunsAndSeeTheStartOrTheEnd() {
        // the same row template with other words, numbers and lengths: one end shape
        long row = PageFeaturizer.shape("导游为何热衷带人去商场【黑眼圈猫猫】08-12 11:59 338字 [164/0]", false);
        assertEquals(row, PageFeaturizer.shape("一把辛酸泪【用户甲】10-01 9:05 80字 [7/12]  ", false));
        assertEquals(1, row & 1, "digits and brackets make a structural shape");
        // an end of 8 tokens: 2 more tokens further back do not matter, another bracket does
        assertEquals(row, PageFeaturizer.shape("转：【注意】一把辛酸泪【用户甲】10-01 9:05 80字 [7/12]", false));
        assertNotEquals(row, PageFeaturizer.shape("一把辛酸泪【用户甲】10-01 9:05 80字 (7/12)", false));
        // prose ends alike and is not structural
        long prose = PageFeaturizer.shape("今年以来，城南新区坚持招商引资。", false);
        assertEquals(prose, PageFeaturizer.shape("区招商局负责人介绍，新签约项目主要集中在两个领域。", false));
        assertEquals(0, prose & 1);
        // the start: 【用户】 vs 用户：
        assertEquals(PageFeaturizer.shape("【黑眼圈猫猫】说得对", true), PageFeaturizer.shape("  【甲】乙", true));
        assertNotEquals(PageFeaturizer.shape("【黑眼圈猫猫】说得对", true), PageFeaturizer.shape("黑眼圈猫猫：说得对", true));
        assertNotEquals(0, PageFeaturizer.shape("", true));
    }

    @Test
    void templateFeaturesCountTheOtherLinesOfTheSameShapeOnlyWhenTheConfigAsksForThem() {
        String[] page = {
                "论坛首页 > 旅游投诉",
                "导游为何热衷带人去商场【黑眼圈猫猫】08-12 11:59 338字 [164/0]",
                "一把辛酸泪【皮皮说话】08-11 17:15 80字 [176/0]",
                "我的黄山苦行【东海怒龙】08-14 02:16 813字 [139/0]",
                "今年以来，城南新区坚持招商引资，新签约项目主要集中在智能制造领域。",
        };
        PageFeaturizer with = withFlags(FeatureConfig.TEMPLATES);
        PageFeaturizer.Scratch s = analysed(with, page);
        assertArrayEquals(new int[] {0, 2, 2, 2, 0}, Arrays.copyOf(s.tailRep, page.length));
        // the rows' starts (a Han run, then 【Han】 and the date) are alike too
        assertArrayEquals(new int[] {0, 2, 2, 2, 0}, Arrays.copyOf(s.headRep, page.length));
        int r = PageFeaturizer.NS_REPEAT;
        for (int i = 0; i < page.length; i++) {
            assertEquals(4, countInNamespace(with, page, i, r) - countInNamespace(withFlags(0), page, i, r), "line " + i);
        }
        assertFalse(Arrays.equals(featureIds(with, page, 1), featureIds(with, page, 0)));
        // no flag: nothing measured, nothing written
        PageFeaturizer.Scratch s0 = analysed(withFlags(0), page);
        assertArrayEquals(new int[5], Arrays.copyOf(s0.tailRep, page.length));
    }

    /** The feature indices of line {@code i}. */
    static int[] featureIds(PageFeaturizer f, String[] page, int i) {
        int[] out = new int[f.maxFeatures()];
        return Arrays.copyOf(out, f.features(page, i, analysed(f, page), out));
    }

    static boolean has(int[] ids, int id) {
        return Arrays.stream(ids).anyMatch(x -> x == id);
    }

    @Test
    void articleVocabularyIsTheShareOfALinesPairsThatOtherProseLinesUse() {
        String[] page = {
                "首页 | 新闻 | 体育 | 娱乐",
                "城南新区招商引资再创佳绩",
                PROSE[0], // 今年以来，城南新区坚持招商引资，新签约项目主要集中在智能制造领域。
                "签约项目",
                PROSE[1], // 区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域。
                "版权所有 城南日报社",
        };
        PageFeaturizer with = withFlags(FeatureConfig.ARTICLE_VOCAB);
        PageFeaturizer without = withFlags(0);
        int mask = FeatureConfig.defaults().dimension() - 1, r = PageFeaturizer.NS_REGION;
        for (int i = 0; i < page.length; i++) {
            assertEquals(4, countInNamespace(with, page, i, r) - countInNamespace(without, page, i, r), page[i]);
        }
        // 签约项目: its three pairs 签约 约项 项目 are in both paragraphs: share 10/10 for one other line and for two
        int[] sub = featureIds(with, page, 3);
        assertTrue(has(sub, Hashing.index(mask, r, 21, 10)));
        assertTrue(has(sub, Hashing.index(mask, r, 23, 10, lenClassOf(with, page, 3))));
        // the menu shares none of its pairs (首页 新闻 体育 娱乐) with the article
        assertTrue(has(featureIds(with, page, 0), Hashing.index(mask, r, 21, 0)));
        // the first paragraph, against the second only (not itself): of its 26 pairs, 招商, 领域 and the 13 of
        // 新签约项目主要集中在智能制造 recur there: 15 * 10 / 26 = 5
        assertTrue(has(featureIds(with, page, 2), Hashing.index(mask, r, 21, 5)));
        // no pair recurs in two other prose lines when there is only one other
        assertTrue(has(featureIds(with, page, 2), Hashing.index(mask, r, 23, 0, lenClassOf(with, page, 2))));
    }

    @Test
    void theDedupeSetForgetsEachLineAndKeepsEveryIndexAsItGrows() {
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        for (int line = 0; line < 3; line++) {
            s.startLine();
            // 5,000 distinct indices spread over a 2^24 space, more than the set's first 1,024 slots hold
            for (int k = 0; k < 5000; k++) assertTrue(s.firstTime(k * 3331 % (1 << 24)), "line " + line + ", index " + k);
            for (int k = 0; k < 5000; k++) assertFalse(s.firstTime(k * 3331 % (1 << 24)), "line " + line + ", repeat " + k);
            assertTrue(s.firstTime(0x7FFFFF) != s.firstTime(0x7FFFFF), "a new index once, then seen");
        }
    }

    private static int lenClassOf(PageFeaturizer f, String[] page, int i) {
        return PageFeaturizer.lenClass(analysed(f, page), i);
    }

    @Test
    void bodyVocabularyComparesALineWithWhatTheFirstPassCallsBody() {
        // an agenda: no prose line at all, so the article vocabulary is empty, but the first pass is sure of two lines
        String[] page = {
                "首页 | 新闻 | 体育",
                "城南新区招商推介会议程",
                "上午九点 招商推介会开幕",
                "上午十点 城南新区签约仪式",
                "下午两点 招商推介会分组座谈",
        };
        float[] probs = {
                0.1f, 0.9f, 0f,
                0.6f, 0.4f, 0f,
                0.7f, 0.3f, 0f,
                0.4f, 0.6f, 0f,
                0.8f, 0.2f, 0f,
        };
        PageFeaturizer f = withFlags(FeatureConfig.BODY_VOCAB);
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        f.analyse(page, s);
        f.prepareStack(page, probs, s);
        // body by the first pass: lines 1, 2 and 4. Line 3 has 10 pairs (上午 午十 十点, 城南 … 仪式); 上午 is in line 2
        // and 城南 南新 新区 in line 1: 4 of 10
        assertEquals(4, s.bodyShare[3]);
        assertEquals(0, s.bodyShare2[3], "no pair of line 3 is in two body lines");
        // line 4 against lines 1 and 2 (not itself): 招商 商推 推介 介会 in both, 下午 午两 两点 分组 组座 座谈 in neither
        // and 会分 in neither: 4 of 11 pairs once, the same 4 twice
        assertEquals(4 * 10 / 11, s.bodyShare[4]);
        assertEquals(4 * 10 / 11, s.bodyShare2[4]);
        // the menu shares nothing
        assertEquals(0, s.bodyShare[0]);
        int mask = FeatureConfig.defaults().dimension() - 1;
        int[] ids = stackIds(f, page, probs, 3);
        assertTrue(has(ids, Hashing.index(mask, PageFeaturizer.NS_STACK, 70, 4)));
        assertEquals(4, ids.length - stackIds(withFlags(0), page, probs, 3).length, "four body-vocabulary features");
    }

    /** The features of line {@code i}, both passes, with {@code probs} as the first pass's probabilities. */
    private static int[] stackIds(PageFeaturizer f, String[] page, float[] probs, int i) {
        PageFeaturizer.Scratch s = analysed(f, page);
        f.prepareStack(page, probs, s);
        int[] out = new int[f.maxFeatures() + 64];
        return Arrays.copyOf(out, f.stackFeatures(probs, i, s, out, f.features(page, i, s, out)));
    }

    @Test
    void spamVocabularyFindsTheFirstPassBrandsInOtherLinesHoweverTheyAreDressed() {
        String[] page = {
                "首页 | 新闻 | 体育",
                "【金沙娱乐】" + PROSE[0],
                "金沙娱乐：" + PROSE[1],
                PROSE[2],
                "据了解，金沙娱乐今年城南新区还将举办多场招商推介活动，吸引更多企业落户。",
                "",
                "版权所有 城南新区管委会",
        };
        float[] probs = {
                0.1f, 0.9f, 0f,
                0.05f, 0.05f, 0.9f,
                0.8f, 0.1f, 0.1f,
                0.9f, 0.1f, 0f,
                0.9f, 0.1f, 0f,
                0f, 1f, 0f,
                0.1f, 0.9f, 0f,
        };
        PageFeaturizer f = withFlags(FeatureConfig.SPAM_VOCAB);
        PageFeaturizer.Scratch s = analysed(f, page);
        // the insertion test finds the bracketed brand of line 1, brackets left out
        assertEquals("金沙娱乐", page[1].substring(s.insFrom[1], s.insTo[1]));
        f.prepareStack(page, probs, s);
        assertEquals(1, s.terms, "one spun line, one term");
        assertArrayEquals(new int[]{0, 0, 1, 0, 1, 0, 0}, Arrays.copyOf(s.spamHits, page.length),
                "the term counts in the lines other than its own");
        assertArrayEquals(new int[]{0, 0, 1, 0, 0, 0, 0}, Arrays.copyOf(s.spamStart, page.length), "it opens line 2 only");
        int mask = FeatureConfig.defaults().dimension() - 1;
        int[] ids = stackIds(f, page, probs, 2);
        assertTrue(has(ids, Hashing.index(mask, PageFeaturizer.NS_STACK, 80, 1)));
        assertEquals(3, ids.length - stackIds(withFlags(0), page, probs, 2).length, "three spam-vocabulary features");
    }

    @Test
    void aTermInMostLinesOfThePageIsDroppedAsAWordOfTheArticle() {
        // a page about the 金沙娱乐 company: the first pass calls its bracketed name in line 0 spun, but the name is
        // in 6 of the 10 lines, more than 3 + 10 / 8
        String[] page = new String[10];
        float[] probs = new float[30];
        page[0] = "【金沙娱乐】" + PROSE[0];
        for (int i = 1; i < page.length; i++) page[i] = i % 2 == 0 || i == 1 ? "金沙娱乐" + PROSE[i % 4] : PROSE[i % 4];
        for (int i = 0; i < page.length; i++) probs[3 * i + (i == 0 ? 2 : 0)] = 0.9f;
        PageFeaturizer f = withFlags(FeatureConfig.SPAM_VOCAB);
        PageFeaturizer.Scratch s = analysed(f, page);
        f.prepareStack(page, probs, s);
        assertEquals(1, s.terms);
        for (int i = 0; i < page.length; i++) assertEquals(0, s.spamHits[i], "line " + i);
        // in 4 of the 10 lines it would count
        for (int i = 6; i < page.length; i += 2) page[i] = PROSE[i % 4];
        f.analyse(page, s);
        f.prepareStack(page, probs, s);
        assertArrayEquals(new int[]{0, 1, 1, 0, 1, 0, 0, 0, 0, 0}, Arrays.copyOf(s.spamHits, page.length));
    }

    @Test
    void withoutSpunLinesThePageHasNoSpamVocabulary() {
        String[] page = {"【城南新区】" + PROSE[0], PROSE[1], "城南新区：" + PROSE[2]};
        float[] probs = {0.9f, 0.1f, 0f, 0.9f, 0.1f, 0f, 0.5f, 0.1f, 0.4f};
        PageFeaturizer f = withFlags(FeatureConfig.SPAM_VOCAB);
        PageFeaturizer.Scratch s = analysed(f, page);
        f.prepareStack(page, probs, s);
        assertEquals(0, s.terms);
        assertArrayEquals(new int[3], Arrays.copyOf(s.spamHits, 3));
    }

    @Test
    void aLatinSpamTermCountsOnlyAsAWholeLatinWord() {
        char[] term = "ayx".toCharArray();
        assertEquals(0, PageFeaturizer.termAt("ayx官网".toCharArray(), 0, 5, term, 0, 3));
        assertEquals(2, PageFeaturizer.termAt("进入ayx".toCharArray(), 0, 5, term, 0, 3));
        assertEquals(-1, PageFeaturizer.termAt("kayxo ayxz".toCharArray(), 0, 10, term, 0, 3));
        assertEquals(6, PageFeaturizer.termAt("kayxo ayx9".toCharArray(), 0, 10, term, 0, 3), "a digit ends a Latin word");
        char[] han = "金沙".toCharArray();
        assertEquals(1, PageFeaturizer.termAt("a金沙b".toCharArray(), 0, 4, han, 0, 2), "Han terms have no word bounds");
    }

    @Test
    void numbersAndPinyinReadingsDoNotBecomeSpamTerms() {
        String[] page = {"【2031】" + PROSE[0], "2031年，" + PROSE[1], "城(cheng)南(nan)新区坚持招商引资，(xin)新签约项目主要集中在智能制造领域。",
                "据(ju)了解，(jin)今年城南新区还将举办多场招商推介活动。"};
        float[] probs = {0f, 0f, 1f, 0f, 0f, 1f, 0f, 0f, 1f, 0f, 0f, 1f};
        PageFeaturizer f = withFlags(FeatureConfig.SPAM_VOCAB);
        PageFeaturizer.Scratch s = analysed(f, page);
        // the insertion test does find spans on these lines; the vocabulary leaves them out
        for (int i : new int[]{0, 2, 3}) assertTrue(s.insTo[i] - s.insFrom[i] >= 2, "line " + i + ": " + s.insFrom[i] + ".." + s.insTo[i]);
        f.prepareStack(page, probs, s);
        assertEquals(0, s.terms);
    }

    @Test
    void findSpamTermsTakesTermsOnlyFromLinesAsSureAsAsked() {
        String[] page = {"【金沙娱乐】" + PROSE[0], "金沙娱乐：" + PROSE[1], PROSE[2]};
        float[] probs = {0.1f, 0.2f, 0.7f, 0.9f, 0.1f, 0f, 0.9f, 0.1f, 0f};
        PageFeaturizer f = withFlags(0);
        PageFeaturizer.Scratch s = analysed(f, page);
        f.findSpamTerms(page, probs, 0.8f, s);
        assertFalse(f.hasSpamTerm(1, s), "line 0 is spun at 0.7 only");
        probs[2] = 0.8f;
        f.findSpamTerms(page, probs, 0.8f, s);
        assertTrue(f.hasSpamTerm(1, s));
        assertFalse(f.hasSpamTerm(0, s), "the line that gave the term");
        assertFalse(f.hasSpamTerm(2, s));
    }

    @Test
    void aBareRunOfHanCharsIsNotASpamTermButABareCodeIs() {
        String han = "今年以来，城南新区坚持招商引资，新签约项目主要集中在智能制造领域。";
        String[] page = {han.replace("，新签约", "，汇金鼎新签约").replace("，城南", "，汇金鼎城南"), PROSE[1],
                "汇金鼎" + PROSE[2], han.replace("，新签约", "，hj888新签约"), "hj888" + PROSE[3]};
        float[] probs = {0f, 0f, 1f, 1f, 0f, 0f, 1f, 0f, 0f, 0f, 0f, 1f, 1f, 0f, 0f};
        PageFeaturizer f = withFlags(0);
        PageFeaturizer.Scratch s = analysed(f, page);
        assertEquals(LmProbes.BARE, s.insKind[0], "the insertion test finds the bare name: " + s.insFrom[0] + ".." + s.insTo[0]);
        assertEquals("汇金鼎", page[0].substring(s.insFrom[0], s.insTo[0]));
        f.findSpamTerms(page, probs, 0.8f, s);
        assertEquals(List.of("hj888"), f.spamTerms(s));
        assertFalse(f.hasSpamTerm(2, s));
        assertTrue(f.hasSpamTerm(4, s));
    }

    @Test
    void bracketedLatinFindsCodesNotGlosses() {
        assertEquals(1, PageFeaturizer.bracketedLatin("【bet365】3.3. 淘宝网物流", 0));
        assertEquals(4, PageFeaturizer.bracketedLatin("目前，(ayx)交易的顺利", 0));
        assertEquals(1, PageFeaturizer.bracketedLatin("（ＢＥＴ365）", 0), "a digit makes capitals a code; full-width folds");
        assertEquals(6, PageFeaturizer.bracketedLatin("【ab】x【jin沙88】", 2), "from the given index");
        assertEquals(-1, PageFeaturizer.bracketedLatin("区分B（Build）打头", 0), "a capitalised word is a gloss");
        assertEquals(-1, PageFeaturizer.bracketedLatin("世界贸易组织（WTO）", 0), "so is an acronym");
        assertEquals(-1, PageFeaturizer.bracketedLatin("(a)、(记者 li)、(12)、(金沙)、【bet365", 0), "too short, a space, no letter, unclosed");
    }

    @Test
    void aSureLineGivesItsBracketedCodesBesidesItsInsertionSpan() {
        String[] page = {"【金沙娱乐】" + PROSE[0] + "（hth88）", "hth88：" + PROSE[1], "区分B（Build）打头。" + PROSE[2], "Build：" + PROSE[3]};
        float[] probs = {0f, 0f, 1f, 1f, 0f, 0f, 0f, 0f, 1f, 1f, 0f, 0f};
        PageFeaturizer f = withFlags(0);
        PageFeaturizer.Scratch s = analysed(f, page);
        f.findSpamTerms(page, probs, 0.8f, s);
        assertTrue(f.spamTerms(s).contains("hth88"), f.spamTerms(s).toString());
        assertFalse(f.spamTerms(s).contains("build"), f.spamTerms(s).toString());
        assertTrue(f.hasSpamTerm(1, s));
        assertFalse(f.hasSpamTerm(3, s));
    }
}
