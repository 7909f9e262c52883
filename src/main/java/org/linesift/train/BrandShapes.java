package org.linesift.train;


import org.linesift.text.SynonymTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates gambling / SEO brand names and keywords by <em>shape</em> rather than from a fixed list:
 * Chinese stems from lucky characters, pinyin-initial codes, Latin+digit codes ({@code hg8868}),
 * number-heavy domains ({@code 3359.vip}), place prefixes and suffixes (娱乐/体育/官网/app下载 ...).
 * User lists (one entry a line, {@code #} comments) are mixed in; political terms are always dropped.
 */
public final class BrandShapes {
    private static final String RES = "/org/linesift/synth/";
    private static final String[] TLDS = {".com", ".vip", ".cc", ".net", ".top", ".app", ".me", ".bet", ".co", ".xyz", ".club", ".in", ".org", ".tv"};
    private static final String LETTERS = "abcdefghjkmnpqrstwxyz";

    private final Map<String, List<String>> vocab;
    private final List<String> userBrands = new ArrayList<>();
    private final List<String> deny;
    private final List<String> filler;
    private double wordShare, seoShare;
    private List<String> words;

    /** Loads the built-in vocabulary plus user brand files (missing file → {@link InvalidInputException}). */
    public BrandShapes(List<Path> userFiles) throws IOException {
        vocab = sections(resourceLines("brands.txt"));
        deny = new ArrayList<>();
        for (String l : resourceLines("deny.txt")) for (String w : l.trim().split("\\s+")) if (!w.isEmpty()) deny.add(w);
        filler = new ArrayList<>();
        for (String l : resourceLines("filler.txt")) if (!l.isBlank()) filler.add(l.trim());
        for (Path p : userFiles) {
            for (String l : readUserFile(p)) {
                String t = l.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                int tab = t.lastIndexOf('\t');
                if (tab >= 0) t = t.substring(tab + 1).strip();   // "category<TAB>term" lists: keep the term
                if (acceptable(t)) userBrands.add(t);
            }
        }
    }

    /** True when a user-supplied entry may be used: 2–24 chars, no political/denied term. */
    public boolean acceptable(String t) {
        if (t.codePointCount(0, t.length()) < 2 || t.length() > 24) return false;
        return !denied(t);
    }

    /** True when the text contains a denied (political) term. */
    public boolean denied(String t) {
        for (String d : deny) if (t.contains(d)) return true;
        return false;
    }

    public List<String> userBrands() { return userBrands; }

    /**
     * Makes {@link #brand} return, with probability {@code share}, an ordinary noun of 2–4 characters from
     * HanLP's Cilin thesaurus (object, abstract and place groups), sometimes with 体育/国际/娱乐/官网 behind it.
     * Real brands are often ordinary words or transliterations that look like nothing special, so the model
     * should learn where and how a brand is set, not which characters it has. 0 (the default) draws nothing.
     */
    public BrandShapes wordShare(double share) {
        if (share > 0 && words == null) {
            words = new ArrayList<>();
            for (String w : cilinNouns()) if (!denied(w)) words.add(w);
        }
        this.wordShare = share;
        return this;
    }

    /**
     * Makes {@link #brand} return, with probability {@code share}, an SEO injection instead of a gambling brand: an
     * illicit service or good ({@code 代开发票}, {@code 信用卡套现}; the {@code [seo-inject]} section) or, as often, a
     * local-service keyword ({@link #seoKeyword}: {@code 上海搬家公司哪家好}). Hacked pages carry those as often as
     * casino names, and the model should learn that a sales phrase glued into a sentence is spam whatever it sells.
     * 0 (the default) draws nothing.
     */
    public BrandShapes seoShare(double share) {
        this.seoShare = share;
        return this;
    }

    private static List<String> cilinNouns() {
        List<String> out = new ArrayList<>();
        try (InputStream in = BrandShapes.class.getResourceAsStream(SynonymTable.RESOURCE)) {
            if (in == null) throw new IllegalStateException("HanLP's " + SynonymTable.RESOURCE + " is not on the classpath");
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l; (l = br.readLine()) != null; ) {
                // group codes: B objects, C time and space, D abstract things
                if (l.isEmpty() || "BCD".indexOf(l.charAt(0)) < 0) continue;
                String[] f = l.split(" ");
                for (int i = 1; i < f.length; i++) {
                    String w = f[i];
                    if (w.length() < 2 || w.length() > 4) continue;
                    boolean han = true;
                    for (int k = 0; k < w.length(); k++) if (Character.UnicodeScript.of(w.charAt(k)) != Character.UnicodeScript.HAN) han = false;
                    if (han) out.add(w);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** A brand name of a random shape. */
    public String brand(Random r) {
        if (seoShare > 0 && r.nextDouble() < seoShare) {
            return r.nextBoolean() ? pick(vocab.get("seo-inject"), r) : seoKeyword(seoStem(r), r);
        }
        if (wordShare > 0 && r.nextDouble() < wordShare) {
            String w = pick(words, r);
            return r.nextInt(5) < 2 ? w + pick(List.of("体育", "国际", "娱乐", "官网", "平台", "会", "城", "棋牌"), r) : w;
        }
        if (!userBrands.isEmpty() && r.nextDouble() < 0.25) return pick(userBrands, r);
        if (r.nextInt(5) == 0) return pick(vocab.get("famous"), r);
        int k = r.nextInt(100);
        if (k < 5) return lowerCode(r);
        if (k < 22) return cnStem(r);
        if (k < 32) return cnStem(r) + pick(List.of("娱乐", "体育", "国际", "棋牌", "彩票", "电竞", "真人", "娱乐城"), r);
        if (k < 40) return pick(vocab.get("place"), r) + cnStem(r);
        if (k < 50) return latinCode(r);
        if (k < 58) return initials(cnStem(r), r);
        if (k < 68) return domain(r);
        if (k < 76) return latinCode(r) + cnStem(r);          // "k8凯发"-like compounds
        if (k < 82) return cnStem(r) + latinCode(r);
        if (k < 90) return pick(vocab.get("latin-word"), r) + (r.nextInt(4) > 0 ? digits(r, 1 + r.nextInt(3)) : shapes2(r));
        if (k < 95) return pick(vocab.get("cn-word"), r);
        return digits(r, 2 + r.nextInt(3)) + cnStem(r);
    }

    /** A brand followed by a suffix (娱乐, 官网, app下载, 首存送 ...): a stuffed keyword. */
    public String keyword(Random r) {
        String b = brand(r);
        if (r.nextInt(10) == 0) return pick(vocab.get("sport-word"), r);
        return b + pick(vocab.get("suffix"), r);
    }

    /**
     * A local-service SEO keyword, as stuffed lines repeat one service across many keywords: {@code stem} with a
     * city in front and a buyer's question or promise behind ({@code 上海搬家公司哪家好}, {@code 搬家公司电话}).
     */
    public String seoKeyword(String stem, Random r) {
        String city = r.nextInt(3) == 0 ? "" : pick(vocab.get("seo-city"), r);
        String suffix = r.nextInt(5) == 0 ? "" : pick(vocab.get("seo-suffix"), r);
        return city + stem + suffix;
    }

    /** A service that SEO pages sell ({@link #seoKeyword}'s stem). */
    public String seoStem(Random r) { return pick(vocab.get("seo-stem"), r); }

    private String shapes2(Random r) { return r.nextBoolean() ? cnStem(r) : pick(List.of("bet", "win", "app", "vip", "club", "888", "365"), r); }

    /** A two-character Chinese stem made of lucky characters. */
    public String cnStem(Random r) {
        if (r.nextInt(4) == 0) return pick(vocab.get("cn-word"), r);
        return pick(vocab.get("cn-head"), r) + pick(vocab.get("cn-tail"), r);
    }

    /** A short lowercase letter code, as brands abbreviate their pinyin: kyty, hgw, lyu. */
    public String lowerCode(Random r) {
        StringBuilder sb = new StringBuilder();
        int nl = 2 + r.nextInt(4);
        for (int i = 0; i < nl; i++) sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        return sb.toString();
    }

    /** Latin letters + digits: hg8868, k8, am68, xpj88. */
    public String latinCode(Random r) {
        StringBuilder sb = new StringBuilder();
        int nl = 1 + r.nextInt(3);
        for (int i = 0; i < nl; i++) sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        sb.append(digits(r, 1 + r.nextInt(4)));
        String s = sb.toString();
        return r.nextInt(6) == 0 ? s.toUpperCase(Locale.ROOT) : s;
    }

    /** Pinyin initials of a Chinese stem, sometimes with a suffix: 鼎盛 → ds, dsyl, ds88. */
    public String initials(String cn, Random r) {
        StringBuilder sb = new StringBuilder();
        for (com.hankcs.hanlp.dictionary.py.Pinyin p : com.hankcs.hanlp.HanLP.convertToPinyinList(cn)) {
            String s = p.getPinyinWithoutTone();
            if (s != null && !s.isEmpty() && Character.isLetter(s.charAt(0)) && !"none".equals(s)) sb.append(s.charAt(0));
        }
        if (sb.length() == 0) sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        int k = r.nextInt(4);
        if (k == 0) sb.append(pick(List.of("yl", "ty", "gj", "app", "bet", "vip"), r));
        else if (k == 1) sb.append(digits(r, 1 + r.nextInt(3)));
        return sb.toString();
    }

    /** A number-heavy domain: 3359.vip, am68.cc, www.8866bet.com. */
    public String domain(Random r) {
        String host;
        int k = r.nextInt(5);
        if (k == 0) host = digits(r, 3 + r.nextInt(3));
        else if (k == 1) host = latinCode(r).toLowerCase(Locale.ROOT);
        else if (k == 2) host = digits(r, 2 + r.nextInt(3)) + pick(vocab.get("latin-word"), r);
        else if (k == 3) host = initials(cnStem(r), r) + digits(r, 2 + r.nextInt(3));
        else host = repeatDigit(r);
        String d = (r.nextInt(5) == 0 ? "www." : "") + host + TLDS[r.nextInt(TLDS.length)];
        if (r.nextInt(8) == 0) d = d.toUpperCase(Locale.ROOT);
        if (r.nextInt(25) == 0) d = mathBold(d);
        return d;
    }

    /** A sport/gambling SEO word such as 足球投注. */
    public String sportWord(Random r) { return pick(vocab.get("sport-word"), r); }

    /** A suffix such as 官网, 登录, app下载. */
    public String suffix(Random r) { return pick(vocab.get("suffix"), r); }

    /** A filled-in filler template: an invented SEO/gambling sentence. */
    public String filler(Random r) {
        String t = filler.get(r.nextInt(filler.size()));
        StringBuilder sb = new StringBuilder();
        String b = brand(r);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '{' && i + 2 < t.length() && t.charAt(i + 2) == '}') {
                switch (t.charAt(i + 1)) {
                    case 'b': sb.append(b); break;
                    case 'd': sb.append(domain(r)); break;
                    case 'n': sb.append(1 + r.nextInt(r.nextBoolean() ? 100 : 10000)); break;
                    case 'k': sb.append(keyword(r)); break;
                    case 's': sb.append(sportWord(r)); break;
                    default: sb.append(c); continue;
                }
                i += 2;
            } else sb.append(c);
        }
        return sb.toString();
    }

    private static String repeatDigit(Random r) {
        char a = (char) ('0' + r.nextInt(10)), b = (char) ('0' + r.nextInt(10));
        switch (r.nextInt(4)) {
            case 0: return "" + a + a + b + b;
            case 1: return "" + a + a + a + a + (r.nextBoolean() ? "" + a : "");
            case 2: return "" + a + b + a + b;
            default: return "" + a + b + b + b;
        }
    }

    static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // spammers love 8, 6, 9
            sb.append(r.nextInt(3) == 0 ? "869".charAt(r.nextInt(3)) : (char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    /** ASCII letters/digits → mathematical bold (𝐀𝐌𝟔𝟖), a trick seen in spam farms. */
    static String mathBold(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') sb.appendCodePoint(0x1D400 + (c - 'A'));
            else if (c >= 'a' && c <= 'z') sb.appendCodePoint(0x1D41A + (c - 'a'));
            else if (c >= '0' && c <= '9') sb.appendCodePoint(0x1D7CE + (c - '0'));
            else sb.append(c);
        }
        return sb.toString();
    }

    static <T> T pick(List<T> l, Random r) { return l.get(r.nextInt(l.size())); }

    static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = BrandShapes.class.getResourceAsStream(RES + name)) {
            if (in == null) throw new IOException("missing resource " + RES + name);
            List<String> out = new ArrayList<>();
            try (BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String s;
                while ((s = br.readLine()) != null) if (!s.startsWith("#")) out.add(s);
            }
            return out;
        }
    }

    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        List<String> cur = null;
        for (String l : lines) {
            String t = l.trim();
            if (t.startsWith("[") && t.endsWith("]")) { cur = new ArrayList<>(); m.put(t.substring(1, t.length() - 1), cur); continue; }
            if (cur == null || t.isEmpty()) continue;
            for (String w : t.split("\\s+")) cur.add(w);
        }
        return m;
    }

    /** Reads a user file as UTF-8 lines; a missing or unreadable file is a {@link InvalidInputException} naming it. */
    static List<String> readUserFile(Path p) throws IOException {
        if (!Files.exists(p)) throw new InvalidInputException(p + ": no such file");
        if (Files.isDirectory(p)) throw new InvalidInputException(p + ": is a directory, expected a file");
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(p + ": not valid UTF-8");
        }
    }
}
