package org.linesift.train;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Mojibake: text encoded with one charset and decoded with another, as a misconfigured crawler or CMS
 * shows it. Every codec is a real round trip through the JDK's charsets, so the output is exactly what
 * such a bug produces (and is deterministic).
 */
public final class Mojibake {
    private Mojibake() {}

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset SJIS = Charset.forName("Shift_JIS");

    /** The codec names, in a fixed order. */
    public static final List<String> CODECS = List.of(
            "utf8-as-gbk", "gbk-as-utf8", "kunjinkao", "utf8-as-latin1", "utf8-as-cp1252",
            "utf8-as-big5", "gbk-as-big5", "big5-as-gbk", "utf8-as-sjis", "utf8-as-gbk-twice");

    /** UTF-8 bytes read as GBK: 中文 → 涓枃. */
    public static String utf8AsGbk(String s) { return clean(new String(s.getBytes(StandardCharsets.UTF_8), GBK)); }

    /** GBK bytes read as UTF-8: mostly U+FFFD with stray Cyrillic/Greek letters. */
    public static String gbkAsUtf8(String s) { return clean(new String(s.getBytes(GBK), StandardCharsets.UTF_8)); }

    /** GBK read as UTF-8, saved as UTF-8, read as GBK again: the famous 锟斤拷 runs. */
    public static String kunJinKao(String s) {
        String once = new String(s.getBytes(GBK), StandardCharsets.UTF_8);
        return clean(new String(once.getBytes(StandardCharsets.UTF_8), GBK));
    }

    /** UTF-8 read as ISO-8859-1, with the invisible C1 controls dropped: 中 → ä¸. */
    public static String utf8AsLatin1(String s) { return clean(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)); }

    /** UTF-8 read as Windows-1252 (keeps €‚ƒ„… visible). */
    public static String utf8AsCp1252(String s) { return clean(new String(s.getBytes(StandardCharsets.UTF_8), CP1252)); }

    /** UTF-8 read as Big5: 中文 → 銝剜... */
    public static String utf8AsBig5(String s) { return clean(new String(s.getBytes(StandardCharsets.UTF_8), BIG5)); }

    /** GBK (simplified) bytes read as Big5. */
    public static String gbkAsBig5(String s) { return clean(new String(s.getBytes(GBK), BIG5)); }

    /** Traditional text encoded as Big5, read as GBK. */
    public static String big5AsGbk(String s) {
        String trad = com.hankcs.hanlp.HanLP.convertToTraditionalChinese(s);
        return clean(new String(trad.getBytes(BIG5), GBK));
    }

    /** UTF-8 read as Shift_JIS (縺ｮ-style). */
    public static String utf8AsSjis(String s) { return clean(new String(s.getBytes(StandardCharsets.UTF_8), SJIS)); }

    /** Applies a codec by name. */
    public static String apply(String codec, String s) {
        switch (codec) {
            case "utf8-as-gbk": return utf8AsGbk(s);
            case "gbk-as-utf8": return gbkAsUtf8(s);
            case "kunjinkao": return kunJinKao(s);
            case "utf8-as-latin1": return utf8AsLatin1(s);
            case "utf8-as-cp1252": return utf8AsCp1252(s);
            case "utf8-as-big5": return utf8AsBig5(s);
            case "gbk-as-big5": return gbkAsBig5(s);
            case "big5-as-gbk": return big5AsGbk(s);
            case "utf8-as-sjis": return utf8AsSjis(s);
            case "utf8-as-gbk-twice": return utf8AsGbk(utf8AsGbk(s));
            default: throw new IllegalArgumentException("unknown codec " + codec);
        }
    }

    /** Weighted choice of a codec (GBK/UTF-8 confusion dominates on Chinese pages). */
    public static String randomCodec(Random r) {
        int k = r.nextInt(100);
        if (k < 30) return "utf8-as-gbk";
        if (k < 48) return "gbk-as-utf8";
        if (k < 58) return "kunjinkao";
        if (k < 68) return "utf8-as-latin1";
        if (k < 73) return "utf8-as-cp1252";
        if (k < 84) return "utf8-as-big5";
        if (k < 89) return "gbk-as-big5";
        if (k < 94) return "big5-as-gbk";
        if (k < 97) return "utf8-as-sjis";
        return "utf8-as-gbk-twice";
    }

    /**
     * Garbles a line: the whole line (about half the time) or one span of it, with a random codec.
     * The result always differs from the input when the garbled part contains a non-ASCII character.
     */
    public static String garble(String line, Random r) {
        String codec = randomCodec(r);
        int n = line.length();
        if (n < 4 || r.nextInt(2) == 0) return apply(codec, line);
        // span: a run of non-ASCII-bearing text, 25–80% of the line
        int len = Math.max(2, (int) Math.round(n * (0.25 + 0.55 * r.nextDouble())));
        int start = r.nextInt(n - len + 1);
        if (start > 0 && Character.isLowSurrogate(line.charAt(start))) start--;
        int end = Math.min(n, start + len);
        if (end < n && Character.isLowSurrogate(line.charAt(end))) end++;
        String mid = apply(codec, line.substring(start, end));
        return line.substring(0, start) + mid + line.substring(end);
    }

    /** Drops control characters (C0/C1) that a browser would not render and that would break the corpus format. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') sb.append(' ');
            else if (Character.isISOControl(c)) continue;
            else sb.append(c);
        }
        return sb.toString();
    }
}
