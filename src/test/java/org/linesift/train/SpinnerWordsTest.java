package org.linesift.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.feature.Hashing;
import org.linesift.feature.TermSet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The spinner words are a table's output words that the prose (almost) never uses, kept as salted hashes. */
class SpinnerWordsTest {
    @TempDir
    Path dir;

    private static boolean has(TermSet set, String word) {
        return set.contains(Hashing.spinnerWord(Hashing.chars(word, 0, word.length())));
    }

    @Test
    void keepsTheOutputWordsTheProseRarelyUses() throws Exception {
        Path table = dir.resolve("table.txt");
        Files.writeString(table, String.join("\n",
                "学校→黉舍",        // never in the prose: kept
                "问题→成绩",        // twice in the prose: over the limit of 1
                "什么→甚么",        // once: kept
                "人口→生齿口",      // three chars: kept (2 to 4)
                "我们→咱",          // one char: too short
                "网站→web站",       // not all Han
                "没有箭头的一行",
                "项目→名目"), StandardCharsets.UTF_8);
        Path prose = dir.resolve("prose.txt");
        Files.writeString(prose, "今年学生的成绩普遍提高。\n成绩单已经寄出，不知道写了甚么。\n", StandardCharsets.UTF_8);
        List<String> progress = new ArrayList<>();
        TermSet set = TermSet.of(SpinnerWords.mine(List.of(table), List.of(prose), 1, progress::add));
        assertTrue(has(set, "黉舍"));
        assertTrue(has(set, "甚么"));
        assertTrue(has(set, "生齿口"));
        assertTrue(has(set, "名目"));
        assertFalse(has(set, "成绩"), "the prose has it twice");
        assertFalse(has(set, "咱"));
        assertFalse(has(set, "学校"), "source words are not kept");
        assertEquals(4, set.size());
        assertFalse(set.contains(Hashing.chars("黉舍", 0, 2)), "only salted: never a spam-lexicon term");
        assertEquals(List.of("spinner words: 4 of 5 table output words occur at most 1 times in the prose"), progress);
    }

    @Test
    void readsFullWidthAndTraditionalFormsAsTheFeaturesDo() throws Exception {
        Path table = dir.resolve("table.txt");
        Files.writeString(table, "學校→黌舍\n", StandardCharsets.UTF_8);
        Path prose = dir.resolve("prose.txt");
        Files.writeString(prose, "无关的句子。\n", StandardCharsets.UTF_8);
        TermSet set = TermSet.of(SpinnerWords.mine(List.of(table), List.of(prose), 0, s -> { }));
        assertTrue(has(set, "黉舍"), "folded to simplified, as the featurizer reads a line");
    }
}
