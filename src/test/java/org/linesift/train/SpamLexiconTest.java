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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpamLexiconTest {
    @TempDir
    Path dir;

    /**
     * A farm that repeats one filler line fifty times makes the filler's ordinary words (基础设施) spam terms when
     * every occurrence counts, and not in strict mining, where each distinct line counts once; a gambling term in
     * three distinct spam lines is a term either way. Prose: 1,000 lines, ten of them about infrastructure, none
     * about gambling.
     */
    @Test
    void strictMiningKeepsTemplatedFillerOutOfTheLexicon() throws Exception {
        List<String> spam = new ArrayList<>();
        for (int i = 0; i < 50; i++) spam.add("城市持续推进基础设施建设");
        spam.add("百家乐首存送彩金，新人专享");
        spam.add("真人百家乐在线开户");
        spam.add("百家乐导师带你稳赚");
        for (int i = 0; i < 7; i++) spam.add("第" + i + "期彩票计划免费领取");
        Path spamFile = write("spam.txt", spam);
        Path proseFile = write("prose.txt", prose());
        List<String> log = new ArrayList<>();

        TermSet every = SpamLexicon.mine(List.of(spamFile), List.of(proseFile), false, log::add);
        TermSet strict = SpamLexicon.mine(List.of(spamFile), List.of(proseFile), true, log::add);

        assertTrue(every.contains(hash("基础设施")), "every occurrence: the filler word is a term");
        assertFalse(strict.contains(hash("基础设施")), "distinct lines: the filler counts once");
        assertTrue(every.contains(hash("百家乐")));
        assertTrue(strict.contains(hash("百家乐")));
        assertEquals("spam lexicon: 3 terms from 60 spam lines against 1,000 prose lines", log.get(0).replaceAll("[0-9,]+ terms", "3 terms"));
        assertTrue(log.get(1).contains("from 11 distinct spam lines against 1,000 prose lines"), log.get(1));
    }

    /**
     * Strict mining drops what only one spam source says in Latin (its markup: commit); classic mining keeps it.
     * Neither keeps a number (a year). A Latin term from both spam files (vip) and a gambling term (彩金) stay.
     */
    @Test
    void strictMiningDropsOneSourceLatinAndNumbers() throws Exception {
        List<String> farm = new ArrayList<>(), site = new ArrayList<>();
        for (int i = 0; i < 6; i++) farm.add("commit " + i + " 2026 登录领彩金 vip" + " 第" + i + "条");
        for (int i = 0; i < 6; i++) site.add("会员登录 vip 专享彩金 " + "第" + i + "号");
        Path farmFile = write("farm.txt", farm), siteFile = write("site.txt", site), proseFile = write("prose.txt", prose());

        TermSet classic = SpamLexicon.mine(List.of(farmFile, siteFile), List.of(proseFile), false, s -> {});
        TermSet strict = SpamLexicon.mine(List.of(farmFile, siteFile), List.of(proseFile), true, s -> {});

        for (String t : List.of("commit", "vip", "彩金")) assertTrue(classic.contains(hash(t)), "classic: " + t);
        assertFalse(classic.contains(hash("2026")), "a number, in either mode");
        assertFalse(strict.contains(hash("commit")), "one source's Latin");
        assertFalse(strict.contains(hash("2026")), "a number");
        assertTrue(strict.contains(hash("vip")), "Latin from two sources");
        assertTrue(strict.contains(hash("彩金")));
    }

    /** 1,000 lines of clean prose: 990 about the city's work plan, ten about infrastructure. */
    private static List<String> prose() {
        List<String> prose = new ArrayList<>();
        for (int i = 0; i < 990; i++) prose.add("第" + i + "号文件说明了本市今年的工作安排");
        for (int i = 0; i < 10; i++) prose.add("本市加快基础设施投资，第" + i + "批项目开工");
        return prose;
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static long hash(String term) {
        return Hashing.chars(term, 0, term.length());
    }
}
