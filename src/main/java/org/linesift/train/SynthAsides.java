package org.linesift.train;

import org.linesift.Label;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Clean asides in other scripts: emoji after a sentence ({@code 太好吃了👍👍}) and a name given in Korean or Japanese
 * in brackets ({@code 金锺国（朝鲜语：김종국）}, {@code 东京塔（日语：東京タワー）}), written into clean lines without
 * changing their labels. Real pages have them (on the corpus's 142 labelled pages: 80 lines with emoji, 90 with
 * Hangul, 19 with kana), the training pages hardly any, and the bundled model, which has learnt odd chars from
 * mojibake, calls some of them spun (12 of those lines). Korean and Japanese are drawn as random syllables
 * and kana: the model reads their script, not their words.
 *
 * <p>Deterministic for a given {@link Random}; thread-confined.
 */
final class SynthAsides {
    private SynthAsides() {}

    private static final String[] EMOJI = {"👍", "😂", "🔥", "❤️", "🎉", "🙏", "😊", "👏", "💪", "🌹", "😭", "🤣", "✨",
        "👀", "😅", "🐶", "☀️", "🌸", "💯", "😄"};
    private static final String[] LANGUAGES = {"朝鲜语：", "韩语：", "日语：", "日文：", "韩文：", ""};

    /**
     * Writes asides into one to three clean lines of the page (body or nav, not spun): emoji at a line's end, or a
     * bracketed Korean or Japanese name after a Han word before one of its clause marks. Returns {@code lines}
     * itself when nothing was written (pages read from HTML are left alone).
     */
    static List<GoldLine> write(List<GoldLine> lines, Random r) {
        List<Integer> clean = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            GoldLine g = lines.get(i);
            if (g.markup() != null) return lines;
            if (g.label() != Label.SPUN && g.unchanged() && g.text().length() >= 4) clean.add(i);
        }
        if (clean.isEmpty()) return lines;
        Collections.shuffle(clean, r);
        List<GoldLine> out = new ArrayList<>(lines);
        for (int i : clean.subList(0, 1 + r.nextInt(Math.min(3, clean.size())))) {
            GoldLine g = out.get(i);
            String text = r.nextInt(5) < 3 ? withEmoji(g.text(), r) : withName(g.text(), r);
            out.set(i, new GoldLine(g.label(), text, g.op(), g.markup()));
        }
        return out;
    }

    /** {@code line} with one to three emoji at its end (before a final full stop half of the time). */
    static String withEmoji(String line, Random r) {
        StringBuilder e = new StringBuilder();
        String one = EMOJI[r.nextInt(EMOJI.length)];
        int k = 1 + r.nextInt(3);
        for (int j = 0; j < k; j++) e.append(r.nextInt(3) == 0 ? EMOJI[r.nextInt(EMOJI.length)] : one);
        if (line.endsWith("。") && r.nextBoolean()) return line.substring(0, line.length() - 1) + e + "。";
        return line + e;
    }

    /**
     * {@code line} with a bracketed Korean or Japanese name right before one of its clause marks that follows a Han
     * char, or at its end when it has none.
     */
    static String withName(String line, Random r) {
        String name = r.nextBoolean() ? hangul(r) : kana(r);
        String aside = "（" + LANGUAGES[r.nextInt(LANGUAGES.length)] + name + "）";
        List<Integer> marks = new ArrayList<>();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '，' || c == '。' || c == '、') && Character.UnicodeScript.of(line.charAt(i - 1)) == Character.UnicodeScript.HAN) marks.add(i);
        }
        if (marks.isEmpty()) return line + aside;
        int at = marks.get(r.nextInt(marks.size()));
        return line.substring(0, at) + aside + line.substring(at);
    }

    /** Two to six Hangul syllables, with a space after the third half of the time. */
    static String hangul(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + r.nextInt(5);
        for (int j = 0; j < n; j++) {
            if (j == 3 && r.nextBoolean()) sb.append(' ');
            sb.append((char) (0xAC00 + r.nextInt(0xD7A4 - 0xAC00)));
        }
        return sb.toString();
    }

    /** Two to six kana, all hiragana or all katakana (random Han chars would be rare ones, which mojibake makes). */
    static String kana(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + r.nextInt(5);
        char base = r.nextBoolean() ? '\u30A1' : '\u3041';
        for (int j = 0; j < n; j++) sb.append((char) (base + r.nextInt(0x56)));
        return sb.toString();
    }
}
