package org.linesift.train;

import com.hankcs.hanlp.HanLP;

import java.util.List;
import java.util.Random;

/**
 * Pinyin obfuscation: pinyin in brackets after some Chinese characters, {@code 下(xia)岗(gang)职工}, or written
 * beside them or in their place ({@code 下xia岗gang职工}, {@code xia岗职工}), as spammers do to defeat keyword
 * filters.
 */
public final class Pinyin {
    private Pinyin() {}

    /**
     * Styles. PLAIN is {@code 字(zi)}; the next ones vary brackets, tones and case ({@code 字（zi）}, {@code 字(zi4)},
     * {@code 字[zi]}, {@code 字(zì)}, {@code 字(ZI)}, {@code 字【zi】}); GLUED writes the pinyin after the character
     * without brackets ({@code 字zi}) and REPLACE writes it instead of the character ({@code zi}).
     */
    public enum Style { PLAIN, FULLWIDTH, TONE_NUMBER, SQUARE, TONE_MARK, UPPER, LENTICULAR, GLUED, REPLACE }

    /** Picks a style: PLAIN in about half of the lines. */
    public static Style randomStyle(Random r) {
        int k = r.nextInt(100);
        if (k < 45) return Style.PLAIN;
        if (k < 55) return Style.FULLWIDTH;
        if (k < 62) return Style.TONE_NUMBER;
        if (k < 68) return Style.SQUARE;
        if (k < 78) return Style.TONE_MARK;
        if (k < 83) return Style.UPPER;
        if (k < 86) return Style.LENTICULAR;
        if (k < 95) return Style.GLUED;
        return Style.REPLACE;
    }

    /**
     * Annotates each Chinese character with probability {@code rate} (at least one is always annotated when the
     * line has a Chinese character with a known reading). Words are annotated in runs: once a character is
     * chosen, the next one is chosen with a higher probability.
     */
    public static String annotate(String line, Random r, Style style, double rate) {
        List<com.hankcs.hanlp.dictionary.py.Pinyin> py = HanLP.convertToPinyinList(line);
        int n = line.length();
        if (py.size() != n) return line; // surrogates etc.: leave alone
        boolean[] mark = new boolean[n];
        int count = 0;
        boolean prev = false;
        for (int i = 0; i < n; i++) {
            if (!annotatable(line.charAt(i), py.get(i))) { prev = false; continue; }
            double p = prev ? Math.min(0.9, rate * 1.8) : rate;
            prev = r.nextDouble() < p;
            if (prev) { mark[i] = true; count++; }
        }
        if (count == 0) {
            int cands = 0;
            for (int i = 0; i < n; i++) if (annotatable(line.charAt(i), py.get(i))) cands++;
            if (cands == 0) return line;
            int pickIdx = r.nextInt(cands);
            for (int i = 0; i < n; i++) if (annotatable(line.charAt(i), py.get(i)) && pickIdx-- == 0) { mark[i] = true; break; }
        }
        StringBuilder sb = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            if (!mark[i] || style != Style.REPLACE) sb.append(line.charAt(i));
            if (!mark[i]) continue;
            com.hankcs.hanlp.dictionary.py.Pinyin p = py.get(i);
            String s = p.getPinyinWithoutTone().replace('ü', 'v');
            switch (style) {
                case PLAIN: sb.append('(').append(s).append(')'); break;
                case FULLWIDTH: sb.append('（').append(s).append('）'); break;
                case TONE_NUMBER: sb.append('(').append(s).append(p.getTone()).append(')'); break;
                case SQUARE: sb.append('[').append(s).append(']'); break;
                case TONE_MARK: sb.append('(').append(p.getPinyinWithToneMark()).append(')'); break;
                case UPPER: sb.append('(').append(s.toUpperCase(java.util.Locale.ROOT)).append(')'); break;
                case LENTICULAR: sb.append('【').append(s).append('】'); break;
                case GLUED: case REPLACE: sb.append(s); break;
            }
        }
        return sb.toString();
    }

    /** Random style and a rate of 15–50%. */
    public static String annotate(String line, Random r) {
        return annotate(line, r, randomStyle(r), 0.15 + 0.35 * r.nextDouble());
    }

    static boolean annotatable(char c, com.hankcs.hanlp.dictionary.py.Pinyin p) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) return false;
        if (p == null || p == com.hankcs.hanlp.dictionary.py.Pinyin.none5) return false;
        String s = p.getPinyinWithoutTone();
        return s != null && !s.isEmpty() && s.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || ch == 'ü');
    }
}
