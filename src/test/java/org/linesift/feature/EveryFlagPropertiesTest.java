package org.linesift.feature;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.linesift.text.Segmenter;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A featurizer with every flag this code knows that needs no extra table (all but the spam lexicon) reads hostile
 * pages, both passes, without throwing and with every feature index in range. The bundled model's flags are a
 * subset, so {@code PropertiesTest} does not reach the others.
 */
class EveryFlagPropertiesTest {
    static final PageFeaturizer EVERY = everyFlag();

    static PageFeaturizer everyFlag() {
        CharLm.Builder b = new CharLm.Builder().trigrams(12);
        for (String p : PageFeaturizerTest.PROSE) b.add(p);
        FeatureConfig d = FeatureConfig.defaults();
        int flags = FeatureConfig.KNOWN_FLAGS & ~FeatureConfig.LEXICON;
        return new PageFeaturizer(new FeatureConfig(d.featureVersion(), d.hashBits(), d.maxNgramChars(), flags),
                b.build(0.75), Segmenter.get());
    }

    @Provide
    Arbitrary<String[]> hostilePages() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
        // titles and their pieces: short Han lines, the same few chars, so that runs of title pairs recur
        Arbitrary<String> titleish = Arbitraries.strings().withChars("城南新区招商引资再创佳绩，“”、 \u3000\uE5E5").ofMaxLength(70);
        Arbitrary<String> longLine = Arbitraries.strings().withChars("城南新区 \t").ofMinLength(1100).ofMaxLength(1500);
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(4, anyChars), Tuple.of(6, titleish), Tuple.of(1, longLine), Tuple.of(1, Arbitraries.just("")));
        // a headline and a paragraph first, so that the title finder has a title and the title features run
        return line.list().ofMaxSize(40).map(l -> {
            List<String> page = new ArrayList<>(List.of("城南新区招商引资再创佳绩", PageFeaturizerTest.PROSE[0]));
            page.addAll(l);
            return page.toArray(new String[0]);
        });
    }

    @Property(tries = 200)
    void bothPassesNeverThrowAndStayInRange(@ForAll("hostilePages") String[] page) {
        PageFeaturizer.Scratch s = new PageFeaturizer.Scratch();
        EVERY.analyse(page, s);
        int[] out = new int[EVERY.maxFeatures()];
        float[] probs = new float[3 * page.length];
        for (int i = 0; i < page.length; i++) {
            probs[3 * i + i % 3] = 1; // any first-pass labels will do
        }
        EVERY.prepareStack(page, probs, s);
        int dim = EVERY.config().dimension();
        for (int i = 0; i < page.length; i++) {
            int k = EVERY.features(page, i, s, out);
            k = EVERY.stackFeatures(probs, i, s, out, k);
            assertTrue(k <= out.length);
            for (int j = 0; j < k; j++) assertTrue(out[j] >= 0 && out[j] < dim, "index " + out[j]);
        }
    }
}
