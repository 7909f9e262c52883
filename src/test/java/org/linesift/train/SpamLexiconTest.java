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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpamLexiconTest {
    @TempDir
    Path dir;

    /**
     * A farm that repeats one filler line fifty times makes the filler's ordinary words (基础设施) spam terms when
     * every occurrence counts, and not when each distinct line counts once; a gambling term in three distinct spam
     * lines is a term either way. Prose: 1,000 lines, ten of them about infrastructure, none about gambling.
     */
    @Test
    void distinctLinesKeepTemplatedFillerOutOfTheLexicon() throws Exception {
        List<String> spam = new ArrayList<>();
        for (int i = 0; i < 50; i++) spam.add("城市持续推进基础设施建设");
        spam.add("百家乐首存送彩金，新人专享");
        spam.add("真人百家乐在线开户");
        spam.add("百家乐导师带你稳赚");
        for (int i = 0; i < 7; i++) spam.add("第" + i + "期彩票计划免费领取");
        List<String> prose = new ArrayList<>();
        for (int i = 0; i < 990; i++) prose.add("第" + i + "号文件说明了本市今年的工作安排");
        for (int i = 0; i < 10; i++) prose.add("本市加快基础设施投资，第" + i + "批项目开工");
        Path spamFile = Files.write(dir.resolve("spam.txt"), spam, StandardCharsets.UTF_8);
        Path proseFile = Files.write(dir.resolve("prose.txt"), prose, StandardCharsets.UTF_8);
        List<String> log = new ArrayList<>();

        TermSet every = SpamLexicon.mine(List.of(spamFile), List.of(proseFile), false, log::add);
        TermSet distinct = SpamLexicon.mine(List.of(spamFile), List.of(proseFile), true, log::add);

        assertTrue(every.contains(hash("基础设施")), "every occurrence: the filler word is a term");
        assertFalse(distinct.contains(hash("基础设施")), "distinct lines: the filler counts once");
        assertTrue(every.contains(hash("百家乐")));
        assertTrue(distinct.contains(hash("百家乐")));
        assertTrue(log.get(0).contains("from 60 spam lines"), log.get(0));
        assertTrue(log.get(1).contains("from 11 distinct spam lines"), log.get(1));
    }

    private static long hash(String term) {
        return Hashing.chars(term, 0, term.length());
    }
}
