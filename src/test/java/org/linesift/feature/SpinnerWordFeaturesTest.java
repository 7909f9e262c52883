package org.linesift.feature;

import org.junit.jupiter.api.Test;
import org.linesift.text.Segmenter;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@link FeatureConfig#SPIN_WORDS}: a line counts the spinner words it contains, overlapping ones too, and two or
 * more make features.
 */
class SpinnerWordFeaturesTest {
    private static long spin(String w) {
        return Hashing.spinnerWord(Hashing.chars(w, 0, w.length()));
    }

    private static PageFeaturizer featurizer(boolean spinWords) {
        FeatureConfig d = FeatureConfig.defaults();
        int flags = d.flags() | FeatureConfig.LEXICON | (spinWords ? FeatureConfig.SPIN_WORDS : 0);
        TermSet terms = TermSet.of(new long[] {spin("黉舍"), spin("甚么"), spin("甚么事"), Hashing.chars("万博", 0, 2)});
        return new PageFeaturizer(new FeatureConfig(d.featureVersion(), d.hashBits(), d.maxNgramChars(), flags),
                PageFeaturizerTest.tinyLm(), Segmenter.get(), terms);
    }

    @Test
    void countsTheSpinnerWordsOfALine() {
        String[] page = {
                "城南新区新建黉舍正式开学",            // one
                "记者问校长甚么事最要紧，黉舍如何发展", // 甚么, 甚么事 and 黉舍: three
                "城南新区新建学校正式开学",            // none
                "万博体育",                          // a spam-lexicon term is no spinner word
        };
        PageFeaturizer f = featurizer(true);
        int mask = f.config().dimension() - 1, ns = PageFeaturizer.NS_SYN;
        int[] one = PageFeaturizerTest.featureIds(f, page, 0), three = PageFeaturizerTest.featureIds(f, page, 1);
        int[] none = PageFeaturizerTest.featureIds(f, page, 2), brand = PageFeaturizerTest.featureIds(f, page, 3);
        int lc0 = PageFeaturizer.lenClass(PageFeaturizerTest.analysed(f, page), 0);
        int lc = PageFeaturizer.lenClass(PageFeaturizerTest.analysed(f, page), 1);
        assertFalse(PageFeaturizerTest.has(one, Hashing.index(mask, ns, 20, 2)), "one spinner word is not enough");
        assertFalse(PageFeaturizerTest.has(one, Hashing.index(mask, ns, 21, 1, lc0)));
        for (int t = 2; t <= 3; t++) assertTrue(PageFeaturizerTest.has(three, Hashing.index(mask, ns, 20, t)), "at least " + t);
        assertTrue(PageFeaturizerTest.has(three, Hashing.index(mask, ns, 21, 3, lc)));
        for (int[] ids : new int[][] {none, brand}) {
            for (int t = 1; t <= 3; t++) assertFalse(PageFeaturizerTest.has(ids, Hashing.index(mask, ns, 20, t)));
        }
    }

    @Test
    void aModelWithoutTheFlagHasNoneOfThem() {
        PageFeaturizer f = featurizer(false);
        int mask = f.config().dimension() - 1;
        String[] two = {"记者问校长甚么事最要紧，黉舍如何发展"};
        assertFalse(PageFeaturizerTest.has(PageFeaturizerTest.featureIds(f, two, 0), Hashing.index(mask, PageFeaturizer.NS_SYN, 20, 2)));
    }
}
