package org.linesift.train;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.linesift.Label;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Training-data generator: copies labelled pages (and assembles pages from clean prose), then spams a share
 * of them with recorded operators. Every changed line becomes {@code spun} with its operator name in the
 * {@code op} field; unchanged lines keep their label and op {@code "-"}. Output is deterministic for a seed.
 */
public final class Synth {
    public static final List<String> OPERATORS = List.of("brand", "brand-title", "shred", "synonym", "synonym-nav",
            "stuff", "salad", "pinyin", "mojibake");
    /** The operator of the lines of a spam page ({@link Options#spamPages}); not one of the page operators above. */
    public static final String SPAM_PAGE_OP = SynthSpamPages.OP;
    /** The id prefix of a short page ({@link Options#shortShare}): {@code short-} and the id of the page it is cut from. */
    public static final String SHORT_PREFIX = "short-";

    /** Plain mutable configuration with defaults. */
    public static final class Options {
        public long seed = 1;
        /** Share of pages that get spammed. */
        public double spamShare = 0.5;
        /** Enabled operators (for hold-out experiments). */
        public Set<String> operators = new LinkedHashSet<>(OPERATORS);
        /** 原词→替换词 files; none → HanLP Cilin only. */
        public List<Path> tables = new ArrayList<>();
        /** One brand/keyword per line, '#' comments; mixed with the built-in shapes. */
        public List<Path> brands = new ArrayList<>();
        /** Clean prose files (see {@link SynthPages#loadProse}). */
        public List<Path> prose = new ArrayList<>();
        /** Headline files; the first TAB column is the headline. */
        public List<Path> headlines = new ArrayList<>();
        /** Spam text (gambling site lines, SEO farm docs), one line each, used as pasted filler. */
        public List<Path> spamText = new ArrayList<>();
        /** Pages assembled from prose; -1 = as many as the labelled input pages (100 when there are none). */
        public int prosePages = -1;
        /** Each labelled input page is emitted this many times (each copy spammed independently). */
        public int copies = 1;
        /** Use HanLP's Cilin groups even when tables are given. */
        public boolean cilin = true;
        /** Relative operator weights when choosing the 1–3 operators of a spammed page. */
        public Map<String, Double> weights = new LinkedHashMap<>(Map.of(
                "brand", 3.0, "brand-title", 2.0, "shred", 1.5, "synonym", 2.5, "synonym-nav", 1.5,
                "stuff", 1.0, "salad", 1.0, "pinyin", 1.5, "mojibake", 2.0));
        /** Probability that a spammed page has all its body lines hit (otherwise 10% to 10% + {@link #hitShareSpan}). */
        public double allLinesShare = 0.1;
        /**
         * Share of the generated pages (of 12 lines or more) also given as a short page: a window of 6 to 20 lines
         * that starts 0 to 5 lines above the article's first line ({@link #shortPage}); 0 draws nothing.
         */
        public double shortShare = 0;
        /** A spammed page that is not {@link #allLinesShare all hit} has 10% plus up to this share of its body lines hit. */
        public double hitShareSpan = 0.3;
        /** At most this many nav lines per page are spun by synonym-nav (keeps the operator mix balanced). */
        public int maxNavSpins = 40;
        /** Share of prose pages whose article gets sub-headings, list items, captions ({@link SynthPages#structure}). */
        public double structuredShare = 0;
        /** Share of prose pages whose article gets a table, list, reference list or code listing ({@link SynthBlocks}); 0 draws nothing. */
        public double blockShare = 0;
        /** Share of labelled input page copies (text only) given a block the same way, inside their article; 0 draws nothing. */
        public double pageBlockShare = 0;
        /** Share of prose pages given sidebar widgets of templated nav rows ({@link SynthWidgets}); 0 draws nothing. */
        public double widgetShare = 0;
        /**
         * Share of the pages (labelled copies and prose pages) given clean web references: an official site or
         * mailbox in some body lines and a footer line ({@link SynthReferences}); 0 draws nothing.
         */
        public double referenceShare = 0;
        /**
         * Share of the pages given clean asides in other scripts: emoji, a name in Korean or Japanese
         * ({@link SynthAsides}); 0 draws nothing.
         */
        public double asideShare = 0;
        /** Source files whose lines make the code listings of the blocks ({@link #blockShare}, {@link #pageBlockShare}). */
        public List<Path> code = new ArrayList<>();
        /** Share of brands that are ordinary Cilin nouns ({@link BrandShapes#wordShare}). */
        public double brandWordShare = 0;
        /** Share of brands that are SEO injections, illicit services or local-service keywords ({@link BrandShapes#seoShare}). */
        public double brandSeoShare = 0;
        /** Prose pages take as title the closest of this many random headlines ({@code <= 1}: any one headline). */
        public int titleDraws = 1;
        /** A third of salad lines shuffle whole words within each clause instead of characters or chunks. */
        public boolean saladWords = false;
        /** Share of shredded lines whose title chunks all go to clause starts ({@link #shred}); 0 draws nothing. */
        public double shredClauseShare = 0;
        /** Share of decorated brands that are {@code b：} (a label-like colon), before the other decorations; 0 draws nothing. */
        public double brandColonShare = 0;
        /**
         * Largest page brand pool: a spammed page draws 1 to this many brands and its brand lines take theirs from
         * the pool, so brands recur over the page as a spam kit's do; 0 draws a fresh brand for every line.
         */
        public int brandPool = 0;
        /** Spam pages ({@link SynthSpamPages}: half of them hacked prose pages when there is prose) emitted after the prose pages; 0 emits none. */
        public int spamPages = 0;
        /** {@code #DOC}-separated spam documents (a spam farm's) whose headers make some of the spam pages. */
        public List<Path> spamDocs = new ArrayList<>();
    }

    private static final Set<String> BODY_OPS = Set.of("brand", "shred", "synonym", "pinyin", "mojibake", "salad");

    private final Options o;
    private final BrandShapes shapes;
    private final Spinner spinner;
    private final List<List<String>> docs;
    private final List<String> headlines;
    private final List<String> spamLines = new ArrayList<>();
    private final SynthBlocks blocks;
    /** The spam-page maker; null when {@link Options#spamPages} is 0, so that no spam document is read for nothing. */
    private final SynthSpamPages spamPages;

    /** Loads vocabularies; a missing file → {@link InvalidInputException} naming it. */
    public Synth(Options o) throws IOException {
        this.o = o;
        for (String op : o.operators) if (!OPERATORS.contains(op)) throw new InvalidInputException("unknown operator '" + op + "' (expected one of " + String.join(",", OPERATORS) + ")");
        checkShare("spam share", o.spamShare);
        checkShare("structured share", o.structuredShare);
        checkShare("brand word share", o.brandWordShare);
        checkShare("brand SEO share", o.brandSeoShare);
        checkShare("shred clause share", o.shredClauseShare);
        checkShare("reference share", o.referenceShare);
        checkShare("aside share", o.asideShare);
        checkShare("all-lines share", o.allLinesShare);
        checkShare("short share", o.shortShare);
        checkShare("brand colon share", o.brandColonShare);
        checkShare("block share", o.blockShare);
        checkShare("widget share", o.widgetShare);
        checkShare("page block share", o.pageBlockShare);
        if (!(o.hitShareSpan >= 0 && o.hitShareSpan <= 0.9)) throw new InvalidInputException("the hit share must be between 0.1 and 1, got up to " + (0.1 + o.hitShareSpan));
        if (o.brandPool < 0 || o.brandPool > 1000) throw new InvalidInputException("the brand pool must be between 0 and 1000, got " + o.brandPool);
        if (o.spamPages < 0 || o.spamPages > 1_000_000) throw new InvalidInputException("spam pages must be between 0 and 1000000, got " + o.spamPages);
        if (o.titleDraws < 1 || o.titleDraws > 100_000) throw new InvalidInputException("title draws must be between 1 and 100000, got " + o.titleDraws);
        shapes = new BrandShapes(o.brands).wordShare(o.brandWordShare).seoShare(o.brandSeoShare);
        spinner = new Spinner(o.tables, o.cilin);
        docs = SynthPages.loadProse(o.prose, o.seed);
        headlines = SynthPages.loadHeadlines(o.headlines);
        blocks = new SynthBlocks(o.code);
        for (Path p : o.spamText) {
            for (String l : BrandShapes.readUserFile(p)) {
                String t = Mojibake.clean(l).strip();
                if (t.startsWith("#") || t.startsWith("<") || t.startsWith("{")) continue;
                if (t.length() >= 6 && t.length() <= 160 && !shapes.denied(t)) spamLines.add(t);
            }
        }
        spamPages = o.spamPages == 0 ? null : new SynthSpamPages(o.spamDocs, spamLines, shapes, r -> decorate(shapes.brand(r), r));
        if (spamPages != null && !spamPages.available()) throw new InvalidInputException("spam pages need spam text or spam documents (--spam, --spam-docs)");
    }

    private static void checkShare(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new InvalidInputException(name + " must be between 0 and 1, got " + v);
    }

    public BrandShapes shapes() { return shapes; }
    public Spinner spinner() { return spinner; }

    // ================================================================ operators on single lines

    /** Injects a decorated brand at the line start, a clause start or mid-sentence, 1–3 times. */
    public String brand(String line, Random r) {
        return brand(line, null, r);
    }

    /** Like {@link #brand(String, Random)}, drawing the brands from {@code pool} when it is not {@code null}. */
    private String brand(String line, List<String> pool, Random r) {
        String b = brandOf(pool, r);
        int k = r.nextInt(20);
        int times = k < 9 ? 1 : k < 16 ? 2 : 3;
        // spam kits usually repeat one decorated brand; sometimes they vary it
        boolean sameDecoration = r.nextInt(10) < 7;
        String d = decorate(b, r);
        // positions in the original line, filled from the back, so that no brand lands inside another
        java.util.TreeMap<Integer, String> at = new java.util.TreeMap<>();
        for (int t = 0; t < times; t++) {
            if (t > 0 && r.nextInt(5) == 0) { b = brandOf(pool, r); d = decorate(b, r); }
            else if (t > 0 && !sameDecoration) d = decorate(b, r);
            at.merge(insertionPoint(line, r, t == 0 ? 0.3 : 0.05), d, (x, y) -> x);
        }
        StringBuilder s = new StringBuilder(line);
        for (var e : at.descendingMap().entrySet()) s.insert((int) e.getKey(), e.getValue());
        return s.toString();
    }

    private String brandOf(List<String> pool, Random r) {
        return pool == null ? shapes.brand(r) : pool.get(r.nextInt(pool.size()));
    }

    /** The page's brand pool ({@link Options#brandPool}), or {@code null} when pages draw a fresh brand a line. */
    private List<String> brandPool(Random r) {
        if (o.brandPool == 0) return null;
        int k = 1 + r.nextInt(o.brandPool);
        List<String> pool = new ArrayList<>(k);
        for (int i = 0; i < k; i++) pool.add(shapes.brand(r));
        return pool;
    }

    /**
     * A brand with the decorations spammers use: 【b】, (b), b：, b官网, b.vip, 点招b ... ({@link Options#brandColonShare}
     * of them {@code b：}, besides the draw below).
     */
    public String decorate(String b, Random r) {
        if (o.brandColonShare > 0 && r.nextDouble() < o.brandColonShare) return b + (r.nextInt(4) == 0 ? ":" : "：");
        switch (r.nextInt(22)) {
            case 0: case 1: case 2: return "(" + b + ")";
            case 3: return "（" + b + "）";
            case 4: case 5: return "【" + b + "】";
            case 6: return b + "：";
            case 7: return b + "官网";
            case 8: return "[" + b + "]";
            case 9: return b.contains(".") ? b : b + pick(new String[]{".com", ".vip", ".cc", ".net"}, r);
            case 10: return pick(new String[]{"点招", "点击", "进入", "登录"}, r) + b;
            case 11: return "《" + b + "》";
            case 12: return "「" + b + "」";
            case 13: return pick(new String[]{"★", "✅", "👉", "🔥", "◆"}, r) + b + (r.nextBoolean() ? pick(new String[]{"★", "👈", "🔥", ""}, r) : "");
            case 14: return b + shapes.suffix(r);
            case 15: return b + "(" + shapes.domain(r) + ")";
            case 16: return b + "(中国)官方网站";
            case 17: return " " + b + " ";
            case 18: return "【" + b + shapes.suffix(r) + "】";
            default: return b;
        }
    }

    private static int insertionPoint(String s, Random r, double startProb) {
        if (s.isEmpty() || r.nextDouble() < startProb) return 0;
        List<Integer> clause = clauseStarts(s);
        clause = clause.subList(1, clause.size());
        if (!clause.isEmpty() && r.nextInt(10) < 8) return clause.get(r.nextInt(clause.size()));
        for (int tries = 0; tries < 10; tries++) {
            int p = 1 + r.nextInt(Math.max(1, s.length() - 1));
            if (p < s.length() && !Character.isLowSurrogate(s.charAt(p))) return p;
        }
        return 0;
    }

    /** Appends (rarely prepends) a brand keyword to a title: {@code 标题|某某app下载}, {@code 标题_某某登录}. */
    public String brandTitle(String title, Random r) {
        String b = shapes.brand(r) + (r.nextInt(4) == 0 ? "" : shapes.suffix(r));
        String sep = pick(new String[]{"|", "_", " ", "-", " - ", "——", " | ", "，", "_"}, r);
        switch (r.nextInt(8)) {
            case 0: return "【" + b + "】" + title;
            case 1: return title + sep + b + sep + shapes.keyword(r);
            case 2: return b + sep + title;
            default: return title + sep + b;
        }
    }

    /** Splits the title into 2–4 character chunks with one of several chunkings (each chunk is a title substring). */
    public static List<String> titleChunks(String title, Random r) {
        List<String> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isLetterOrDigit(c)) cur.append(c);
            else { if (cur.length() >= 2) runs.add(cur.toString()); cur.setLength(0); }
        }
        if (cur.length() >= 2) runs.add(cur.toString());
        List<String> out = new ArrayList<>();
        int mode = r.nextInt(4);
        for (String run : runs) {
            if (mode == 3) {
                // word-based: segment, merge tiny words into 2–4 char chunks
                StringBuilder acc = new StringBuilder();
                for (Term t : HanLP.segment(run)) {
                    if (acc.length() + t.word.length() > 4 && acc.length() >= 2) { out.add(acc.toString()); acc.setLength(0); }
                    if (t.word.length() > 4) { for (int i = 0; i + 2 <= t.word.length(); i += 2) out.add(t.word.substring(i, Math.min(t.word.length(), i + (t.word.length() - i == 3 ? 3 : 2)))); continue; }
                    acc.append(t.word);
                }
                if (acc.length() >= 2 && acc.length() <= 4) out.add(acc.toString());
                continue;
            }
            int i = 0;
            while (i < run.length()) {
                int len = mode == 0 ? 2 : mode == 1 ? 3 : 2 + r.nextInt(3);
                if (run.length() - i < 2) break;
                len = Math.min(len, run.length() - i);
                out.add(run.substring(i, i + len));
                i += len;
            }
        }
        out.removeIf(c -> c.length() < 2 || c.length() > 4 || Character.isLowSurrogate(c.charAt(0)));
        return out;
    }

    /**
     * Scatters 2–6 chunks of the title through the line (the line itself is kept in order): at any character, or,
     * for {@link Options#shredClauseShare} of the lines, at the starts of its clauses (the line start and after
     * {@code ，。；：！？、“（}), where a chunk meets the sentence on one side only.
     */
    public String shred(String line, String title, Random r) {
        List<String> chunks = titleChunks(title, r);
        if (chunks.isEmpty() || line.isEmpty()) return line;
        int k = Math.max(2, Math.min(6, line.length() / (15 + r.nextInt(25)) + 1));
        List<Integer> starts = o.shredClauseShare > 0 && r.nextDouble() < o.shredClauseShare ? clauseStarts(line) : null;
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (starts != null) {
                int p = starts.get(r.nextInt(starts.size()));
                if (!cuts.contains(p)) cuts.add(p);
                continue;
            }
            int p = r.nextInt(line.length() + 1);
            if (p > 0 && p < line.length() && Character.isLowSurrogate(line.charAt(p))) p--;
            cuts.add(p);
        }
        Collections.sort(cuts);
        StringBuilder sb = new StringBuilder();
        int prev = 0;
        for (int p : cuts) {
            sb.append(line, prev, p).append(chunks.get(r.nextInt(chunks.size())));
            prev = p;
        }
        sb.append(line.substring(prev));
        return sb.toString();
    }

    /** 0 and every position right after a clause mark ({@code ，。；：！？、,;:“（}) that is not the line end. */
    private static List<Integer> clauseStarts(String s) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int i = 0; i + 1 < s.length(); i++) if (CLAUSE_MARKS.indexOf(s.charAt(i)) >= 0) out.add(i + 1);
        return out;
    }

    private static final String CLAUSE_MARKS = "，。；：！？、,;:“（";

    /** 伪原创 substitution: at least one word is replaced (20–60% of the replaceable ones); unchanged if none. */
    public String synonym(String line, Random r) { return spinner.spin(line, r); }

    /**
     * A keyword-stuffed line: 4–10 keywords joined by spaces, |, 、 ...: gambling brand keywords, or (a third of the
     * lines) local-service SEO keywords that repeat one service ({@code 上海搬家公司 搬家公司哪家好 ...}).
     */
    public String stuff(Random r) {
        int n = 4 + r.nextInt(7);
        String sep = pick(new String[]{" ", "  ", "|", "、", " | ", ",", "，", "-", "_", " / ", "  "}, r);
        List<String> kws = new ArrayList<>();
        String seo = r.nextInt(3) == 0 ? shapes.seoStem(r) : null;
        for (int i = 0; i < n; i++) kws.add(seo != null ? shapes.seoKeyword(seo, r) : shapes.keyword(r));
        String s = String.join(sep, kws);
        if (r.nextInt(6) == 0) s = pick(new String[]{"热门搜索：", "友情链接：", "标签：", "相关搜索：", "热门关键词："}, r) + s;
        return s;
    }

    /** Word salad: the characters, chunks or clauses of the line shuffled (always differs when it can). */
    public String salad(String line, Random r) {
        if (line.codePointCount(0, line.length()) < 4) return line;
        int mode = r.nextInt(4);
        if (o.saladWords && r.nextInt(3) == 0) mode = 4;
        for (int tries = 0; tries < 6; tries++) {
            String s;
            switch (mode) {
                case 4: s = shuffleWords(line, r); break;                             // whole words, each clause
                case 0: s = shuffleChars(line, r, Integer.MAX_VALUE); break;          // full character shuffle
                case 1: s = shuffleChunks(line, r, 2 + r.nextInt(3)); break;          // 2–4 char pieces
                case 2: s = shuffleChars(line, r, 4 + r.nextInt(6)); break;           // local windows
                default: s = shuffleChunks(line, r, 1 + r.nextInt(2)); break;
            }
            if (!s.equals(line)) return s;
        }
        return line;
    }

    /**
     * Word salad that keeps every word whole: each clause's HanLP words in a random order, clause punctuation left
     * where it was, so that no character bigram inside a word looks wrong.
     */
    private static String shuffleWords(String line, Random r) {
        StringBuilder out = new StringBuilder(line.length());
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i < line.length() && "，。；！？、：,;!?".indexOf(line.charAt(i)) < 0) continue;
            String clause = line.substring(start, i);
            if (!clause.isEmpty()) {
                List<String> words = new ArrayList<>();
                for (Term t : HanLP.segment(clause)) words.add(t.word);
                Collections.shuffle(words, r);
                for (String w : words) out.append(w);
            }
            if (i < line.length()) out.append(line.charAt(i));
            start = i + 1;
        }
        return out.toString();
    }

    private static String shuffleChars(String line, Random r, int window) {
        List<String> cps = new ArrayList<>();
        line.codePoints().forEach(cp -> cps.add(new String(Character.toChars(cp))));
        for (int i = 0; i < cps.size(); i += window) Collections.shuffle(cps.subList(i, Math.min(cps.size(), i + window)), r);
        return String.join("", cps);
    }

    private static String shuffleChunks(String line, Random r, int size) {
        List<String> cps = new ArrayList<>();
        line.codePoints().forEach(cp -> cps.add(new String(Character.toChars(cp))));
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < cps.size(); i += size) chunks.add(String.join("", cps.subList(i, Math.min(cps.size(), i + size))));
        Collections.shuffle(chunks, r);
        return String.join("", chunks);
    }

    /** Pasted filler: a spam-source line, an invented SEO template, or unrelated prose sentences run together. */
    public String filler(Random r) {
        int k = r.nextInt(10);
        if (!spamLines.isEmpty() && k < 5) return spamLines.get(r.nextInt(spamLines.size()));
        if (!docs.isEmpty() && k < 7) {
            StringBuilder sb = new StringBuilder();
            int n = 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                List<String> d = docs.get(r.nextInt(docs.size()));
                String p = d.get(r.nextInt(d.size()));
                String[] sents = p.split("(?<=[。！？])");
                sb.append(sents[r.nextInt(sents.length)]);
            }
            return salad(sb.toString(), r); // unrelated prose pasted as-is would be indistinguishable from body
        }
        return shapes.filler(r);
    }

    /** Pinyin in brackets after some characters: 下(xia)岗(gang). */
    public String pinyin(String line, Random r) { return Pinyin.annotate(line, r); }

    /** Mojibake of the whole line or a span, with a random codec. */
    public String mojibake(String line, Random r) { return Mojibake.garble(line, r); }

    // ================================================================ pages

    /** A mutable line during spamming. */
    private static final class L {
        Label label; String text; String op; String markup;
        L(GoldLine g) { label = g.label(); text = g.text(); op = g.op() == null ? "-" : g.op(); markup = g.markup(); }
        L(Label label, String text, String op) { this.label = label; this.text = text; this.op = op; }
        boolean clean() { return "-".equals(op) && label != null && label != Label.SPUN; }
    }

    /** Generates the corpus: labelled pages (copied, a share spammed) followed by assembled prose pages. */
    public List<GoldPage> generate(List<GoldPage> pages) {
        List<GoldPage> out = new ArrayList<>();
        int idx = 0;
        for (int c = 0; c < Math.max(1, o.copies); c++) {
            for (GoldPage p : pages) {
                Random r = pageRandom(idx++);
                String id = o.copies > 1 ? p.id() + "#" + (c + 1) : p.id();
                List<GoldLine> lines = o.pageBlockShare > 0 ? withBlock(p.lines(), idx) : p.lines();
                out.add(maybeSpam(new GoldPage(id, withCleanExtras(lines, idx)), r));
            }
        }
        int nProse = o.prosePages >= 0 ? o.prosePages : (pages.isEmpty() ? 100 : pages.size());
        if (!docs.isEmpty()) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) order.add(i);
            Collections.shuffle(order, new Random(o.seed * 31 + 7));
            for (int j = 0; j < nProse; j++) {
                Random r = pageRandom(idx++);
                List<String> doc = docs.get(order.get(j % order.size()));
                GoldPage page = prosePage(String.format("synth-%06d", j + 1), doc, r);
                out.add(maybeSpam(new GoldPage(page.id(), withCleanExtras(page.lines(), idx)), r));
            }
        }
        for (int j = 0; j < o.spamPages; j++) {
            Random r = pageRandom(idx++);
            String id = String.format("synth-spam-%06d", j + 1);
            out.add(!docs.isEmpty() && r.nextBoolean() ? spamPages.hacked(prosePage(id, docs.get(r.nextInt(docs.size())), r), r) : spamPages.page(id, r));
        }
        if (o.shortShare > 0) {
            List<GoldPage> shorts = new ArrayList<>();
            for (int j = 0; j < out.size(); j++) {
                GoldPage s = shortPage(out.get(j), j);
                if (s != null) shorts.add(s);
            }
            out.addAll(shorts);
        }
        return out;
    }

    /**
     * With probability {@link Options#shortShare}, page {@code p} (the {@code index}th generated) cut to a short page:
     * 6 to 20 of its lines, from 0 to 5 lines above its first body or spun line, labels and operators kept, as a
     * crawler sees a page whose extraction kept little more than the article's start. Page-level features read
     * such a page differently (few prose lines to compare a line with), so the model should see some. Null when
     * not drawn, or for a page of fewer than 12 lines or without an article. Draws from its own stream.
     */
    GoldPage shortPage(GoldPage p, int index) {
        Random r = pageRandom(index, 0x5_0A7_7E5L);
        if (r.nextDouble() >= o.shortShare) return null;
        return shortWindow(p, r, SHORT_PREFIX + p.id());
    }

    /**
     * Page {@code p} cut to 6 to 20 of its lines, from 0 to 5 lines above its first body or spun line (both drawn
     * from {@code r}), labels and operators kept, with the id {@code id}. Null for a page of fewer than 12 lines or
     * without an article (nothing drawn then).
     */
    public static GoldPage shortWindow(GoldPage p, Random r, String id) {
        List<GoldLine> lines = p.lines();
        if (lines.size() < 12) return null;
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            Label l = lines.get(i).label();
            if (l == Label.BODY || l == Label.SPUN) first = i;
        }
        if (first < 0) return null;
        int from = Math.max(0, first - r.nextInt(6));
        int to = Math.min(lines.size(), from + 6 + r.nextInt(15));
        return new GoldPage(id, new ArrayList<>(lines.subList(from, to)));
    }

    /**
     * With probability {@link Options#pageBlockShare}, a text page's lines with one {@link SynthBlocks block} after
     * a body line that another body line follows somewhere below (so the block sits inside the article); the
     * block's words come from the page's body lines. Draws from its own stream, so the page's spam is as without.
     */
    private List<GoldLine> withBlock(List<GoldLine> lines, int index) {
        Random r = pageRandom(index, 0xB10C_5EEDL);
        if (r.nextDouble() >= o.pageBlockShare) return lines;
        List<String> body = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            GoldLine g = lines.get(i);
            if (g.markup() != null) return lines;
            if (g.label() == Label.BODY) { body.add(g.text()); last = i; }
        }
        if (body.size() < 3) return lines;
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < last; i++) if (lines.get(i).label() == Label.BODY) after.add(i);
        List<String> block = blocks.block(body, headlines, r);
        if (block.isEmpty()) return lines;
        int at = after.get(r.nextInt(after.size())) + 1;
        List<GoldLine> out = new ArrayList<>(lines.subList(0, at));
        out.addAll(SynthBlocks.lines(block));
        out.addAll(lines.subList(at, lines.size()));
        return out;
    }

    /**
     * With probability {@link Options#referenceShare}, the page's lines with clean web references written into some
     * of them ({@link SynthReferences}), and with probability {@link Options#asideShare} with clean asides in other
     * scripts ({@link SynthAsides}); labels stay. Each draws from its own stream, so the page's spam is as without.
     */
    private List<GoldLine> withCleanExtras(List<GoldLine> lines, int index) {
        if (o.referenceShare > 0) {
            Random r = pageRandom(index, 0x5EF_5EEDL);
            if (r.nextDouble() < o.referenceShare) lines = SynthReferences.write(lines, r);
        }
        if (o.asideShare > 0) {
            Random r = pageRandom(index, 0xA51_DE5L);
            if (r.nextDouble() < o.asideShare) lines = SynthAsides.write(lines, r);
        }
        return lines;
    }

    private Random pageRandom(int index) {
        return pageRandom(index, 0);
    }

    /** The {@code index}th page's stream for one side draw ({@code salt}), apart from its spam's (salt 0). */
    private Random pageRandom(int index, long salt) {
        return new Random(new SplittableRandom((o.seed * 0x9E3779B97F4A7C15L + index) ^ salt).nextLong());
    }

    /** Assembles a page from one prose document. */
    public GoldPage prosePage(String id, List<String> doc, Random r) {
        List<String> paras = new ArrayList<>(doc);
        String title;
        if (!headlines.isEmpty()) title = o.titleDraws > 1 ? closestHeadline(paras, o.titleDraws, r) : headlines.get(r.nextInt(headlines.size()));
        else {
            String first = paras.get(0);
            int cut = first.indexOf('。');
            title = (cut > 4 && cut < 40) ? first.substring(0, cut) : first.substring(0, Math.min(first.length(), 24));
            if (paras.size() > 1 && first.length() <= 40) paras.remove(0);
        }
        List<String> related = headlines;
        if (related.isEmpty()) {
            related = new ArrayList<>();
            for (int i = 0; i < 15 && !docs.isEmpty(); i++) {
                String f = docs.get(r.nextInt(docs.size())).get(0);
                related.add(f.substring(0, Math.min(f.length(), 6 + r.nextInt(20))));
            }
        }
        return new GoldPage(id, SynthPages.assemble(title, paras, related, o.structuredShare, blocks, o.blockShare, o.widgetShare, r));
    }

    /**
     * Of {@code draws} random headlines, the one that shares the most character bigrams with the article's first
     * two paragraphs (the first drawn on a tie), so that the title is about the article, as a real one is.
     */
    private String closestHeadline(List<String> paras, int draws, Random r) {
        Set<Integer> grams = new HashSet<>();
        for (String p : paras.subList(0, Math.min(2, paras.size()))) addBigrams(p, grams);
        String best = null;
        int bestShared = -1;
        for (int d = 0; d < draws; d++) {
            String h = headlines.get(r.nextInt(headlines.size()));
            Set<Integer> shared = addBigrams(h, new HashSet<>());
            shared.retainAll(grams);
            if (shared.size() > bestShared) { bestShared = shared.size(); best = h; }
        }
        return best;
    }

    /** Adds each character bigram of {@code s} to {@code into}, as one int; returns {@code into}. */
    private static Set<Integer> addBigrams(String s, Set<Integer> into) {
        for (int k = 1; k < s.length(); k++) into.add(s.charAt(k - 1) << 16 | s.charAt(k));
        return into;
    }

    private GoldPage maybeSpam(GoldPage p, Random r) {
        boolean spam = r.nextDouble() < o.spamShare;
        if (!spam || o.operators.isEmpty()) {
            List<GoldLine> ls = new ArrayList<>();
            for (GoldLine g : p.lines()) ls.add(new GoldLine(g.label(), g.text(), writtenOp(g.op()), g.markup()));
            return new GoldPage(p.id(), ls);
        }
        return spam(p, r);
    }

    /** The operator as the corpus shows it: a block line ({@link SynthBlocks#OP}) is an unchanged line. */
    private static String writtenOp(String op) {
        return op == null || SynthBlocks.OP.equals(op) ? "-" : op;
    }

    /** Spams one page with 1–3 operators chosen by weight from the enabled ones. */
    public GoldPage spam(GoldPage page, Random r) {
        int k = r.nextInt(100) < 50 ? 1 : r.nextInt(100) < 70 ? 2 : 3;
        return spam(page, r, chooseOps(k, r));
    }

    List<String> chooseOps(int k, Random r) {
        List<String> avail = new ArrayList<>();
        for (String op : OPERATORS) if (o.operators.contains(op)) avail.add(op);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < k && !avail.isEmpty()) {
            double tot = 0;
            for (String a : avail) tot += o.weights.getOrDefault(a, 1.0);
            double x = r.nextDouble() * tot;
            int pickI = avail.size() - 1;
            for (int i = 0; i < avail.size(); i++) { x -= o.weights.getOrDefault(avail.get(i), 1.0); if (x < 0) { pickI = i; break; } }
            chosen.add(avail.remove(pickI));
        }
        return chosen;
    }

    /** Spams one page with the given operators. */
    public GoldPage spam(GoldPage page, Random r, List<String> ops) {
        List<L> ls = new ArrayList<>();
        for (GoldLine g : page.lines()) ls.add(new L(g));
        int title = -1;
        List<Integer> body = new ArrayList<>(), nav = new ArrayList<>();
        for (int i = 0; i < ls.size(); i++) {
            L l = ls.get(i);
            if (!l.clean()) continue;
            if (l.label == Label.BODY) { if (title < 0) title = i; else body.add(i); }
            else if (l.label == Label.NAV) nav.add(i);
        }
        String titleText = title >= 0 ? ls.get(title).text : "";
        List<String> pool = ops.contains("brand") ? brandPool(r) : null;
        if (body.isEmpty() && title >= 0 && !ops.contains("brand-title")) { body.add(title); title = -1; }

        // body operators share the targeted body lines
        List<String> bodyOps = new ArrayList<>();
        for (String op : ops) if (BODY_OPS.contains(op) && !(op.equals("shred") && titleText.length() < 4)) bodyOps.add(op);
        boolean saladInsert = ops.contains("salad") && r.nextBoolean();
        if (saladInsert && r.nextBoolean()) bodyOps.remove("salad");
        if (!bodyOps.isEmpty() && !body.isEmpty()) {
            double f = r.nextDouble() < o.allLinesShare ? 1.0 : 0.1 + o.hitShareSpan * r.nextDouble();
            int target = Math.max(1, (int) Math.round(f * body.size()));
            List<Integer> cand = new ArrayList<>(body);
            Collections.shuffle(cand, r);
            int done = 0;
            for (int i : cand) {
                if (done >= target) break;
                L l = ls.get(i);
                String op = bodyOps.get(r.nextInt(bodyOps.size()));
                String t = applyLineOp(op, l.text, titleText, pool, r);
                if (t.equals(l.text) && bodyOps.size() > 1) {  // e.g. no replaceable word: try the other operators
                    for (String alt : bodyOps) { if (alt.equals(op)) continue; t = applyLineOp(alt, l.text, titleText, pool, r); op = alt; if (!t.equals(l.text)) break; }
                }
                if (t.equals(l.text)) continue;
                l.text = t; l.label = Label.SPUN; l.op = op; done++;
            }
        }
        // brand and mojibake also hit some nav lines (related headlines, list items)
        for (String op : List.of("brand", "mojibake")) {
            if (!ops.contains(op) || nav.isEmpty() || r.nextInt(10) >= 3) continue;
            List<Integer> cand = new ArrayList<>(nav);
            Collections.shuffle(cand, r);
            int n = 1 + r.nextInt(Math.min(6, cand.size()));
            for (int i : cand) {
                if (n == 0) break;
                L l = ls.get(i);
                if (!l.clean() || l.text.length() < 4) continue;
                String t = applyLineOp(op, l.text, titleText, pool, r);
                if (t.equals(l.text)) continue;
                l.text = t; l.label = Label.SPUN; l.op = op; n--;
            }
        }
        if (ops.contains("synonym-nav") && !nav.isEmpty()) {
            double p = 0.1 + 0.5 * r.nextDouble();
            List<Integer> spinnable = new ArrayList<>();
            for (int i : nav) if (ls.get(i).clean() && ls.get(i).text.length() >= 4) spinnable.add(i);
            int changed = 0, cap = o.maxNavSpins;
            for (int i : spinnable) {
                if (changed >= cap) break;
                if (r.nextDouble() >= p) continue;
                L l = ls.get(i);
                String t = spinner.spin(l.text, r);
                if (t.equals(l.text)) continue;
                l.text = t; l.label = Label.SPUN; l.op = "synonym-nav"; changed++;
            }
            if (changed == 0) {
                Collections.shuffle(spinnable, r);
                for (int i : spinnable) {
                    L l = ls.get(i);
                    String t = spinner.spin(l.text, r);
                    if (t.equals(l.text)) continue;
                    l.text = t; l.label = Label.SPUN; l.op = "synonym-nav";
                    break;
                }
            }
        }
        if (ops.contains("brand-title") && title >= 0) {
            L l = ls.get(title);
            l.text = brandTitle(l.text, r); l.label = Label.SPUN; l.op = "brand-title";
        }
        // insertions: stuffed keyword lines and pasted filler
        List<Integer> positions = new ArrayList<>();
        List<L> inserted = new ArrayList<>();
        if (ops.contains("stuff")) {
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) { positions.add(insertPos(ls.size(), title, body, r)); inserted.add(new L(Label.SPUN, stuff(r), "stuff")); }
        }
        if (saladInsert) {
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) { positions.add(insertPos(ls.size(), title, body, r)); inserted.add(new L(Label.SPUN, filler(r), "salad")); }
        }
        // insert from the back so earlier positions stay valid; ties keep generation order
        Integer[] order = new Integer[positions.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(positions.get(b), positions.get(a));
            return c != 0 ? c : Integer.compare(b, a);
        });
        for (int i : order) ls.add(positions.get(i), inserted.get(i));
        // on a page cut from HTML, an inserted line takes the markup of the line above it (spam pasted as one more
        // paragraph), or below it at the top of the page
        boolean html = false;
        for (L l : ls) if (l.markup != null) { html = true; break; }
        if (html) {
            for (int i = 0; i < ls.size(); i++) {
                L l = ls.get(i);
                if (l.markup != null) continue;
                if (i > 0 && ls.get(i - 1).markup != null) l.markup = ls.get(i - 1).markup;
                else for (int j = i + 1; j < ls.size(); j++) if (ls.get(j).markup != null) { l.markup = ls.get(j).markup; break; }
            }
        }

        List<GoldLine> outLines = new ArrayList<>(ls.size());
        for (L l : ls) outLines.add(new GoldLine(l.label, l.text, writtenOp(l.op), l.markup));
        return new GoldPage(page.id(), outLines);
    }

    private static int insertPos(int size, int title, List<Integer> body, Random r) {
        int k = r.nextInt(10);
        if (k < 2) return 0;                                            // page top
        if (k < 4 && title >= 0) return title + 1;                      // right after the title
        if (k < 7 && !body.isEmpty()) return body.get(r.nextInt(body.size())) + 1; // inside the article
        return Math.max(0, size - r.nextInt(Math.min(size, 4) + 1));    // near the footer
    }

    /** Applies a line operator by name. */
    public String applyLineOp(String op, String line, String title, Random r) {
        return applyLineOp(op, line, title, null, r);
    }

    private String applyLineOp(String op, String line, String title, List<String> pool, Random r) {
        switch (op) {
            case "brand": return brand(line, pool, r);
            case "brand-title": return brandTitle(line, r);
            case "shred": return shred(line, title, r);
            case "synonym": case "synonym-nav": return synonym(line, r);
            case "pinyin": return pinyin(line, r);
            case "mojibake": return mojibake(line, r);
            case "salad": return salad(line, r);
            case "stuff": return stuff(r);
            default: throw new IllegalArgumentException("unknown operator " + op);
        }
    }

    /** Counts of output lines: body, nav, unk, spun, then spun per operator (in {@link #OPERATORS} order, then {@link #SPAM_PAGE_OP}). */
    public static Map<String, Integer> counts(List<GoldPage> pages) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("pages", pages.size());
        m.put("lines", 0);
        for (String k : List.of("body", "nav", "unk", "spun")) m.put(k, 0);
        for (String op : OPERATORS) m.put(op, 0);
        m.put(SPAM_PAGE_OP, 0);
        for (GoldPage p : pages) for (GoldLine l : p.lines()) {
            m.merge("lines", 1, Integer::sum);
            m.merge(l.labelId(), 1, Integer::sum);
            if (l.op() != null && !"-".equals(l.op())) m.merge(l.op(), 1, Integer::sum);
        }
        return m;
    }

    private static <T> T pick(T[] a, Random r) { return a[r.nextInt(a.length)]; }
}
