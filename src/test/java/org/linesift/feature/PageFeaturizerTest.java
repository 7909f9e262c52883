package org.linesift.feature;

import org.junit.jupiter.api.Test;
import org.linesift.text.Segmenter;

import java.util.Arrays;

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

    @Test
    void choosesTheHeadlineAsTitle() {
        PageFeaturizer f = new PageFeaturizer(FeatureConfig.defaults(), tinyLm(), Segmenter.get());
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        f.analyse(PAGE, s);
        assertEquals(1, f.title(s));
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
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        f.analyse(page, s);
        int[] out = new int[f.maxFeatures()];
        int[] ns = new int[f.maxFeatures()];
        s.recordNamespaces(ns);
        int k = f.features(page, i, s, out);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int j = 0; j < k; j++) names.add(PageFeaturizer.namespaceName(ns[j]));
        return names;
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
}
