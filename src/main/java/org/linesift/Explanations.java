package org.linesift;

import org.linesift.feature.PageFeaturizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns feature-group margins and spans into short sentences for {@link LineResult#reasons()}. */
final class Explanations {
    private Explanations() {}

    /** At most this many feature groups are named. */
    static final int TOP = 3;

    static List<String> reasons(String line, boolean isTitle, List<Span> spans, float[] contrib, int i) {
        return reasons(line, isTitle, spans, contrib, i, -1);
    }

    /**
     * Like {@link #reasons(String, boolean, List, float[], int)} for a line that is a spinner's copy of line
     * {@code twin} of the page (0-based; -1 for none): its substitution spans are the words it swapped.
     */
    static List<String> reasons(String line, boolean isTitle, List<Span> spans, float[] contrib, int i, int twin) {
        List<String> out = new ArrayList<>();
        int brands = 0, frags = 0, pinyin = 0;
        if (twin >= 0) {
            StringBuilder words = new StringBuilder();
            for (Span s : spans) if (s.kind() == Span.Kind.SUBSTITUTION) words.append(words.length() == 0 ? "" : ", ").append(s.text());
            // 1-based, as the CLI numbers lines
            out.add("a copy of line " + (twin + 1) + " with words swapped" + (words.length() == 0 ? "" : " (" + words + ")"));
        }
        for (Span s : spans) {
            if (twin >= 0 && s.kind() == Span.Kind.SUBSTITUTION) continue;
            switch (s.kind()) {
                case BRAND:
                    if (brands++ < 2) out.add("brand-like token '" + s.text() + "'");
                    break;
                case TITLE_FRAGMENT: frags++; break;
                case PINYIN: pinyin++; break;
                case MOJIBAKE:
                    out.add("mojibake run '" + shorten(s.text()) + "'");
                    break;
                case SUBSTITUTION:
                    out.add("unlikely word '" + s.text() + "' (a synonym fits the context better)");
                    break;
                default:
            }
        }
        if (frags > 0) out.add("title fragment ×" + frags);
        if (pinyin > 0) out.add("pinyin brackets ×" + pinyin);
        if (isTitle) out.add("taken as the page title");
        if (contrib != null) {
            int base = i * PageFeaturizer.NAMESPACES;
            boolean[] used = new boolean[PageFeaturizer.NAMESPACES];
            for (int k = 0; k < TOP; k++) {
                int best = -1;
                for (int ns = 0; ns < PageFeaturizer.NAMESPACES; ns++) {
                    if (used[ns] || PageFeaturizer.namespaceName(ns) == null || contrib[base + ns] <= 0.05f) continue;
                    if (best < 0 || contrib[base + ns] > contrib[base + best]) best = ns;
                }
                if (best < 0) break;
                used[best] = true;
                out.add(String.format(Locale.ROOT, "%s (+%.1f)", PageFeaturizer.namespaceName(best), contrib[base + best]));
            }
        }
        return out;
    }

    /**
     * Why a line the models find more likely nav is labelled body: a page pass moved it, the markup-group pass when
     * {@code lookAlikes} other lines share its markup and are mostly body, else the region pass.
     */
    static String pagePass(int lookAlikes) {
        return lookAlikes > 0
                ? "same markup as " + lookAlikes + " other line" + (lookAlikes == 1 ? "" : "s") + ", most of them body"
                : "inside the article's stretch of the page";
    }

    /** Why a line is labelled {@code label} against what the passes before the context pass said. */
    static String contextPass(Label label) {
        return "moved to " + label.id() + " by the context pass (the labels and probabilities of the lines around it; the passes alone said "
                + (label == Label.BODY ? Label.NAV : Label.BODY).id() + ")";
    }

    private static String shorten(String s) {
        return s.length() <= 12 ? s : s.substring(0, 12) + "…";
    }
}
