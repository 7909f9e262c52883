package org.linesift.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.Label;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** {@link SynthBlocks}: tables, field lists, references and code listings inside assembled articles. */
class SynthBlocksTest {
    static final List<String> PARAS = SynthStructureTest.PARAS;
    static final List<String> HEADS = SynthStructureTest.HEADS;
    static final String CODE = "#!/bin/bash\nset -e\n\n  docker stop web && docker rm web\ndocker run -p 8080:80 \\\n\t--name web \\\n  nginx:1.25\necho done\n";

    @Test
    void wordsAreTheArticlesDictionaryNouns() {
        List<String> w = SynthBlocks.words(List.of("河畔公园改造工程昨天完工，市民可以免费参观。"));
        assertTrue(w.contains("公园"), w.toString());
        assertTrue(w.contains("工程"), w.toString());
        assertTrue(w.contains("市民"), w.toString());
        assertFalse(w.contains("完工"), "a verb is not a table cell: " + w);
        assertFalse(w.contains("参观"), w.toString());
        for (String s : w) assertTrue(s.length() >= 2 && s.length() <= 4, s);
    }

    @Test
    void aTableIsItsRowsCellsOrWholeRows() {
        List<String> words = SynthBlocks.words(PARAS);
        for (long seed = 0; seed < 200; seed++) {
            List<String> t = SynthBlocks.table(words, new Random(seed));
            assertTrue(t.size() >= 2 && t.size() <= 6 * 11, "seed " + seed + ": " + t.size());
            for (String l : t) assertFalse(l.isBlank() || l.indexOf('\t') >= 0, "seed " + seed + ": '" + l + "'");
        }
        assertEquals(List.of(), SynthBlocks.table(List.of("公园", "工程"), new Random(1)), "too few words: no table");
    }

    @Test
    void referencesFollowTheCitationShape() {
        Pattern entry = Pattern.compile("(\\[\\d+] )?\\S{2,3}(, \\S{2,3})?\\. .+\\[[JMDCN]]\\. \\S+, \\d{4}(\\(\\d+\\): \\d+-\\d+)?\\.");
        List<String> words = SynthBlocks.words(PARAS);
        for (long seed = 0; seed < 100; seed++) {
            List<String> refs = SynthBlocks.references(HEADS, words, new Random(seed));
            assertTrue(refs.size() >= 3, "seed " + seed);
            for (String l : refs) assertTrue(l.matches("\\[\\d+]") || entry.matcher(l).matches(), "seed " + seed + ": " + l);
        }
        assertEquals(List.of(), SynthBlocks.references(List.of(), words, new Random(1)), "no headlines: no references");
    }

    @Test
    void fieldListsSplitTheFieldFromItsValueOrNot() {
        List<String> words = SynthBlocks.words(PARAS);
        boolean split = false, joined = false;
        for (long seed = 0; seed < 100; seed++) {
            List<String> kv = SynthBlocks.keyValues(words, PARAS, new Random(seed));
            assertTrue(kv.size() >= 3, "seed " + seed);
            String first = kv.get(0);
            if (first.endsWith("：") || first.endsWith(":")) split = true; else joined = true;
            for (String l : kv) assertFalse(l.isBlank(), "seed " + seed);
        }
        assertTrue(split && joined, "both layouts occur");
    }

    @Test
    void aListingIsConsecutiveStrippedLinesOfOneFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("deploy.sh");
        Files.writeString(f, CODE, StandardCharsets.UTF_8);
        SynthBlocks b = new SynthBlocks(List.of(f));
        List<String> file = List.of("#!/bin/bash", "set -e", "docker stop web && docker rm web", "docker run -p 8080:80 \\",
                "--name web \\", "nginx:1.25", "echo done");
        for (long seed = 0; seed < 100; seed++) {
            List<String> code = new ArrayList<>(b.listing(PARAS, new Random(seed)));
            code.removeIf(l -> !file.contains(l)); // comments taken from the article
            assertTrue(code.size() >= 3, "seed " + seed);
            assertEquals(code, file.subList(file.indexOf(code.get(0)), file.indexOf(code.get(0)) + code.size()), "seed " + seed);
        }
    }

    @Test
    void insertKeepsTheArticleAndPutsMarkedBlocksAfterItsFirstParagraph(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("deploy.sh");
        Files.writeString(f, CODE, StandardCharsets.UTF_8);
        SynthBlocks b = new SynthBlocks(List.of(f));
        int grew = 0;
        for (long seed = 0; seed < 200; seed++) {
            List<GoldLine> out = b.insert(PARAS, HEADS, new Random(seed));
            assertEquals(new GoldLine(Label.BODY, PARAS.get(0), "-"), out.get(0), "seed " + seed);
            List<String> kept = new ArrayList<>();
            for (GoldLine g : out) {
                assertEquals(Label.BODY, g.label());
                if (PARAS.contains(g.text())) { assertEquals("-", g.op()); kept.add(g.text()); }
                else assertEquals(SynthBlocks.OP, g.op(), "seed " + seed + ": a block line is marked");
            }
            assertEquals(PARAS, kept, "seed " + seed + ": paragraphs kept, in order");
            if (out.size() > PARAS.size()) grew++;
        }
        assertTrue(grew > 190, "nearly every draw adds a block: " + grew);
        assertEquals(List.of(new GoldLine(Label.BODY, "一段", "-")), b.insert(List.of("一段"), HEADS, new Random(1)), "a one-paragraph article is left alone");
    }

    /** Spam operators leave block lines alone, and the written corpus shows them as unchanged lines. */
    @Test
    void spamSkipsBlockLinesAndWritesThemAsUnchanged() throws Exception {
        Synth.Options o = new Synth.Options();
        Synth synth = new Synth(o);
        List<GoldLine> page = new ArrayList<>();
        page.add(new GoldLine(Label.NAV, "首页 | 新闻 | 体育", "-"));
        page.add(new GoldLine(Label.BODY, "城南新区招商引资再创佳绩", "-"));
        for (String p : PARAS) page.add(new GoldLine(Label.BODY, p, "-"));
        List<String> cells = List.of("项目名称", "投资额", "智能制造", "十二亿元", "现代物流", "八亿元");
        page.addAll(3, SynthBlocks.lines(cells));
        for (long seed = 0; seed < 50; seed++) {
            GoldPage out = synth.spam(new GoldPage("p", page), new Random(seed), List.of("brand", "salad", "synonym", "mojibake", "pinyin", "shred"));
            for (GoldLine g : out.lines()) {
                assertNotEquals(SynthBlocks.OP, g.op(), "seed " + seed);
                if (cells.contains(g.text())) assertEquals("-", g.op(), "seed " + seed);
            }
            long cellsKept = out.lines().stream().filter(g -> cells.contains(g.text()) && g.label() == Label.BODY).count();
            assertEquals(cells.size(), cellsKept, "seed " + seed + ": every cell stays as it was");
        }
    }

    @Test
    void aMissingCodeFileIsNamed(@TempDir Path dir) {
        Path f = dir.resolve("missing.sh");
        Exception e = assertThrows(Exception.class, () -> new SynthBlocks(List.of(f)));
        assertTrue(e.getMessage().contains("missing.sh"), e.getMessage());
    }
}
