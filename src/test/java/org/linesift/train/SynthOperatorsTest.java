package org.linesift.train;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** Each operator changes a line in its documented way. All sentences here are written for the test. */
class SynthOperatorsTest {
    static final String SENT = "我们的团队经过三年努力，终于在今年春天完成了这个研究项目，大家都非常高兴。";
    static final String TITLE = "城南新区招商引资再创佳绩";
    static Synth synth;

    @BeforeAll
    static void init() throws Exception {
        synth = new Synth(new Synth.Options());
    }

    @Test
    void mojibakeCodecsGiveExactStrings() {
        assertEquals("涓\uE15F枃", Mojibake.utf8AsGbk("中文")); // AD E6 is in GBK's user-defined (private-use) area
        assertEquals("锟斤拷锟侥诧拷锟斤拷", Mojibake.kunJinKao("中文测试"));
        assertEquals("ä¸\u00ad", Mojibake.utf8AsLatin1("中"));
        assertEquals("����", Mojibake.gbkAsUtf8("中文"));
        assertEquals("abc", Mojibake.utf8AsGbk("abc"), "ASCII survives every codec");
    }

    @Test
    void mojibakeAlwaysChangesChineseLines() {
        for (int s = 0; s < 50; s++) {
            String out = synth.mojibake(SENT, new Random(s));
            assertNotEquals(SENT, out);
            assertFalse(out.contains("\t") || out.contains("\n"));
        }
    }

    @Test
    void pinyinAddsBracketedReadingsAndNothingElse() {
        String out = Pinyin.annotate(SENT, new Random(3), Pinyin.Style.PLAIN, 0.4);
        assertTrue(Pattern.compile("\\p{IsHan}\\([a-z]+\\)").matcher(out).find(), out);
        assertEquals(SENT, out.replaceAll("\\([a-z]+\\)", ""));
        assertTrue(out.contains("项(xiang)") || out.contains("("), out);
        // random styles change the line, and every style is one that PinyinRuns (or the bracket pattern) finds
        for (int s = 0; s < 60; s++) {
            String o = synth.pinyin(SENT, new Random(s));
            assertNotEquals(SENT, o);
            boolean plain = Pattern.compile("\\p{IsHan}[(（\\[][a-zv]+[0-5]?[)）\\]]").matcher(o).find();
            assertTrue(plain || org.linesift.text.PinyinRuns.count(o) > 0, o);
        }
    }

    @Test
    void pinyinOfKnownCharactersInEveryStyle() {
        assertEquals("下(xia)岗(gang)", Pinyin.annotate("下岗", new Random(1), Pinyin.Style.PLAIN, 1.0));
        assertEquals("下（xia）岗（gang）", Pinyin.annotate("下岗", new Random(1), Pinyin.Style.FULLWIDTH, 1.0));
        assertEquals("下(xia4)岗(gang3)", Pinyin.annotate("下岗", new Random(1), Pinyin.Style.TONE_NUMBER, 1.0));
        assertEquals("下[xia]岗[gang]", Pinyin.annotate("下岗", new Random(1), Pinyin.Style.SQUARE, 1.0));
        assertEquals("下(xià)岗(gǎng)", Pinyin.annotate("下岗", new Random(1), Pinyin.Style.TONE_MARK, 1.0));
        assertEquals("下(XIA)岗(GANG)", Pinyin.annotate("下岗", new Random(1), Pinyin.Style.UPPER, 1.0));
        assertEquals("下【xia】岗【gang】", Pinyin.annotate("下岗", new Random(1), Pinyin.Style.LENTICULAR, 1.0));
        assertEquals("下xia岗gang", Pinyin.annotate("下岗", new Random(1), Pinyin.Style.GLUED, 1.0));
        assertEquals("xiagang", Pinyin.annotate("下岗", new Random(1), Pinyin.Style.REPLACE, 1.0));
    }

    /** True when out = line with pieces inserted, each piece a 2–4 char substring of the title. */
    static boolean isShredOf(String out, String line, String title) {
        int n = out.length(), m = line.length();
        boolean[][] ok = new boolean[n + 1][m + 1];
        ok[0][0] = true;
        for (int i = 0; i <= n; i++) for (int j = 0; j <= m; j++) {
            if (!ok[i][j]) continue;
            if (i < n && j < m && out.charAt(i) == line.charAt(j)) ok[i + 1][j + 1] = true;
            for (int len = 2; len <= 4 && i + len <= n; len++) if (title.contains(out.substring(i, i + len))) ok[i + len][j] = true;
        }
        return ok[n][m];
    }

    @Test
    void shredInsertsOnlyTitleChunks() {
        for (int s = 0; s < 40; s++) {
            String out = synth.shred(SENT, TITLE, new Random(s));
            assertNotEquals(SENT, out);
            assertTrue(out.length() > SENT.length());
            assertTrue(isShredOf(out, SENT, TITLE), out);
        }
        for (int s = 0; s < 20; s++) for (String c : Synth.titleChunks(TITLE, new Random(s))) {
            assertTrue(TITLE.contains(c), c);
            assertTrue(c.length() >= 2 && c.length() <= 4, c);
        }
    }

    @Test
    void shredAtClauseStartsLeavesEveryClauseWhole() throws Exception {
        Synth.Options o = new Synth.Options();
        o.shredClauseShare = 1;
        Synth clauses = new Synth(o);
        String[] parts = {"我们的团队经过三年努力，", "终于在今年春天完成了这个研究项目，", "大家都非常高兴。"};
        for (int seed = 0; seed < 40; seed++) {
            String out = clauses.shred(SENT, TITLE, new Random(seed));
            assertNotEquals(SENT, out);
            // out = chunks + clause 1 + chunks + clause 2 + chunks + clause 3: nothing lands inside a clause
            int at = 0;
            StringBuilder inserted = new StringBuilder();
            for (String part : parts) {
                int k = out.indexOf(part, at);
                assertTrue(k >= at, out);
                inserted.append(out, at, k);
                at = k + part.length();
            }
            assertEquals(out.length(), at, out);
            assertEquals(out.length() - SENT.length(), inserted.length());
            for (int i = 0; i < inserted.length(); i++) assertTrue(TITLE.indexOf(inserted.charAt(i)) >= 0, out);
        }
    }

    @Test
    void brandColonShareWritesTheBrandAsALabel() throws Exception {
        Synth.Options o = new Synth.Options();
        o.brandColonShare = 1;
        Synth colons = new Synth(o);
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 40; seed++) seen.add(colons.decorate("万利", new Random(seed)));
        assertEquals(Set.of("万利：", "万利:"), seen);
    }

    @Test
    void sharesOutsideZeroToOneAreRefusedByName() {
        Synth.Options o = new Synth.Options();
        o.shredClauseShare = 1.5;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Synth(o));
        assertTrue(e.getMessage().contains("shred clause share"), e.getMessage());
        o.shredClauseShare = 0;
        o.brandColonShare = -1;
        e = assertThrows(InvalidInputException.class, () -> new Synth(o));
        assertTrue(e.getMessage().contains("brand colon share"), e.getMessage());
        o.brandColonShare = 0;
        o.structuredShare = -0.1;
        e = assertThrows(InvalidInputException.class, () -> new Synth(o));
        assertTrue(e.getMessage().contains("structured share"), e.getMessage());
    }

    @Test
    void synonymWithTableReplacesTheWord(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("table.txt");
        Files.writeString(table, "# test table\n成功→乐成\n", StandardCharsets.UTF_8);
        Synth.Options o = new Synth.Options();
        o.tables = List.of(table);
        o.cilin = false;
        Synth s = new Synth(o);
        String line = "这次发射取得圆满成功。";
        for (int seed = 0; seed < 10; seed++) assertEquals("这次发射取得圆满乐成。", s.synonym(line, new Random(seed)));
        assertEquals("没有可以替换的词", s.synonym("没有可以替换的词", new Random(1)), "no replaceable word: unchanged");
    }

    @Test
    void synonymWithCilinChangesAWord() throws Exception {
        Spinner sp = new Spinner(List.of(), true) ;
        String line = "他希望明天能够顺利完成这个重要的任务。";
        assertTrue(sp.canSpin(line));
        Set<String> outs = new HashSet<>();
        for (int s = 0; s < 20; s++) {
            String out = sp.spin(line, new Random(s));
            assertNotEquals(line, out);
            assertTrue(out.endsWith("。"));
            outs.add(out);
        }
        assertTrue(outs.size() > 3, "spins vary: " + outs);
    }

    @Test
    void brandInsertsAPieceAndKeepsTheLine() {
        for (int s = 0; s < 40; s++) {
            String out = synth.brand(SENT, new Random(s));
            assertTrue(out.length() > SENT.length(), out);
            assertTrue(isSubsequence(SENT, out), out);
        }
    }

    @Test
    void aBrandPoolOfOneGivesEveryBrandLineOfAPageTheSameBrand() throws Exception {
        Synth.Options o = new Synth.Options();
        o.allLinesShare = 1;
        Synth fresh = new Synth(o);
        Synth.Options p = new Synth.Options();
        p.allLinesShare = 1;
        p.brandPool = 1;
        Synth pooled = new Synth(p);
        List<GoldLine> lines = new java.util.ArrayList<>();
        lines.add(GoldLine.of(org.linesift.Label.BODY, TITLE));
        for (int i = 0; i < 12; i++) lines.add(GoldLine.of(org.linesift.Label.BODY, SENT));
        GoldPage page = new GoldPage("p", lines);
        for (int seed = 0; seed < 5; seed++) {
            assertFalse(sharedPairs(pooled.spam(page, new Random(seed), List.of("brand"))).isEmpty(), "pool of one, seed " + seed);
            assertTrue(sharedPairs(fresh.spam(page, new Random(seed), List.of("brand"))).isEmpty(), "fresh brands, seed " + seed);
        }
        o.brandPool = -1;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Synth(o));
        assertTrue(e.getMessage().contains("brand pool"), e.getMessage());
    }

    /** The char pairs that the inserted text of every spun line of the page has (the line is {@link #SENT} plus insertions). */
    private static Set<String> sharedPairs(GoldPage spammed) {
        Set<String> shared = null;
        int spun = 0;
        for (GoldLine l : spammed.lines()) {
            if (l.label() != org.linesift.Label.SPUN) continue;
            spun++;
            StringBuilder inserted = new StringBuilder();
            int j = 0;
            for (int i = 0; i < l.text().length(); i++) {
                char c = l.text().charAt(i);
                if (j < SENT.length() && c == SENT.charAt(j)) j++; else inserted.append(c);
            }
            Set<String> pairs = new HashSet<>();
            for (int i = 0; i + 2 <= inserted.length(); i++) pairs.add(inserted.substring(i, i + 2));
            if (shared == null) shared = pairs; else shared.retainAll(pairs);
        }
        assertTrue(spun >= 10, "most of the 12 lines take a brand: " + spun);
        return shared;
    }

    @Test
    void brandTitleKeepsTheTitleAtOneEnd() {
        for (int s = 0; s < 40; s++) {
            String out = synth.brandTitle(TITLE, new Random(s));
            assertTrue(out.length() > TITLE.length());
            assertTrue(out.startsWith(TITLE) || out.endsWith(TITLE), out);
        }
    }

    @Test
    void stuffJoinsSeveralKeywords() {
        int seo = 0;
        for (int s = 0; s < 60; s++) {
            String out = synth.stuff(new Random(s));
            assertTrue(out.length() >= 12, out);
            assertFalse(out.contains("\t"));
            if (out.contains("哪家好") || out.contains("多少钱") || out.contains("电话") || out.contains("价格")) seo++;
        }
        assertTrue(seo >= 5, "some lines stuff local-service SEO keywords: " + seo);
    }

    @Test
    void seoKeywordsRepeatOneService() {
        BrandShapes shapes = synth.shapes();
        Random r = new Random(5);
        String stem = shapes.seoStem(r);
        for (int i = 0; i < 20; i++) assertTrue(shapes.seoKeyword(stem, r).contains(stem));
    }

    @Test
    void anSeoShareOfOneMakesEveryBrandAnSeoInjection() throws Exception {
        BrandShapes shapes = new BrandShapes(java.util.List.of()).seoShare(1.0);
        java.util.Random r = new java.util.Random(3);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int phrases = 0;
        for (int i = 0; i < 400; i++) {
            String b = shapes.brand(r);
            seen.add(b);
            // an illicit service from [seo-inject], or a local-service keyword around a [seo-stem] service
            if (b.equals("代开发票") || b.equals("信用卡套现") || b.equals("刷单") || b.equals("私家侦探")) phrases++;
        }
        assertTrue(phrases > 0, "illicit services among " + seen.size() + " distinct injections");
        assertTrue(seen.stream().anyMatch(b -> b.contains("搬家公司") || b.contains("开锁") || b.contains("装修公司")), "local services");
        assertTrue(seen.stream().noneMatch(b -> b.contains("娱乐城") || b.contains("棋牌")), "no casino shapes");
        assertThrows(InvalidInputException.class, () -> { Synth.Options o = new Synth.Options(); o.brandSeoShare = 1.5; new Synth(o); });
    }

    @Test
    void saladPermutesTheCharacters() {
        for (int s = 0; s < 30; s++) {
            String out = synth.salad(SENT, new Random(s));
            assertNotEquals(SENT, out);
            assertEquals(sorted(SENT), sorted(out));
        }
    }

    @Test
    void saladWordsKeepClausePunctuationInPlace() throws Exception {
        Synth.Options o = new Synth.Options();
        o.saladWords = true;
        Synth words = new Synth(o);
        int inPlace = 0;
        for (int s = 0; s < 60; s++) {
            String out = words.salad(SENT, new Random(s));
            assertNotEquals(SENT, out);
            assertEquals(sorted(SENT), sorted(out));
            if (out.indexOf('，') == SENT.indexOf('，') && out.lastIndexOf('，') == SENT.lastIndexOf('，') && out.endsWith("。")) inPlace++;
        }
        // a third of the lines shuffle words within clauses; the other modes move the punctuation
        assertTrue(inPlace >= 10 && inPlace <= 35, "lines shuffled word by word: " + inPlace);
    }

    @Test
    void brandShapesAreVariedAndClean() throws Exception {
        BrandShapes b = new BrandShapes(List.of());
        Set<String> seen = new HashSet<>();
        Random r = new Random(5);
        for (int i = 0; i < 500; i++) {
            String x = b.brand(r);
            assertFalse(x.isBlank());
            assertFalse(b.denied(x), x);
            seen.add(x);
        }
        assertTrue(seen.size() > 400, "distinct brands: " + seen.size());
        assertTrue(seen.stream().anyMatch(x -> x.matches("[a-zA-Z]{1,3}[0-9]{1,4}")), "latin+digit codes");
        assertTrue(seen.stream().anyMatch(x -> x.matches(".*[0-9]{3,}\\.[a-z]+")), "number domains");
        assertFalse(b.acceptable("某某主席"), "political terms are dropped");
        assertFalse(b.acceptable("赌"), "single characters are dropped");
    }

    @Test
    void ordinaryWordBrandsAreHanNounsWithAnOptionalSuffix() throws Exception {
        BrandShapes b = new BrandShapes(List.of());
        Random r = new Random(9);
        b.wordShare(0);
        assertNotNull(b.brand(r));
        b.wordShare(1);
        Set<String> seen = new HashSet<>();
        int suffixed = 0;
        for (int i = 0; i < 300; i++) {
            String x = b.brand(r);
            assertTrue(x.matches("\\p{IsHan}{2,6}"), x);
            assertFalse(b.denied(x), x);
            if (x.matches(".*(体育|国际|娱乐|官网|平台|会|城|棋牌)")) suffixed++;
            seen.add(x);
        }
        assertTrue(seen.size() > 250, "distinct: " + seen.size());
        assertTrue(suffixed > 60 && suffixed < 200, "about 40 % carry a suffix: " + suffixed);
    }

    static boolean isSubsequence(String a, String b) {
        int i = 0;
        for (int j = 0; j < b.length() && i < a.length(); j++) if (a.charAt(i) == b.charAt(j)) i++;
        return i == a.length();
    }

    static String sorted(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
