package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linesift.eval.VariantEvaluation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class ScoreVariantsCliTest {
    /** A page of our own in the corpus format: a menu, a title, a byline, six paragraphs, a footer. */
    static final String PAGE = String.join("\n",
            "# page: own/1",
            "nav\t首页 | 新闻 | 体育 | 财经 | 科技",
            "body\t城南新区举行春季招聘会",
            "nav\t2024-03-12 10:20 来源：城南日报",
            "body\t本次招聘会共有两百余家企业参加，提供就业岗位五千多个，吸引了大量求职者前来咨询。",
            "body\t区人社局负责人介绍，今年的招聘会比去年规模更大，参会企业涵盖制造、服务、信息技术等多个行业。",
            "body\t不少企业负责人表示，希望通过招聘会找到合适的技术人才，为企业发展注入新的活力。",
            "body\t据了解，城南新区今年还将举办多场专场招聘活动，帮助高校毕业生和返乡人员就业。",
            "body\t现场还设置了政策咨询台，工作人员为求职者讲解社保、创业补贴等方面的政策。",
            "body\t一位刚毕业的大学生说，自己在现场投了三份简历，已经有两家企业约他下周面试。",
            "nav\t责任编辑：王明",
            "nav\t版权所有 © 城南日报社 京ICP备12345678号",
            "");

    @Test
    void printsEveryVariantWithItsRecall(@TempDir Path dir) throws Exception {
        CliTestSupport.assumeBundledModel();
        Path corpus = dir.resolve("own.tsv");
        Files.writeString(corpus, PAGE, StandardCharsets.UTF_8);
        CliTestSupport.Result r = CliTestSupport.run("score-variants", "--seed", "3", corpus.toString());
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\n");
        assertEquals(1 + VariantEvaluation.variants().size(), rows.length, r.out());
        assertTrue(rows[0].startsWith("variant"), rows[0]);
        for (String name : VariantEvaluation.variants().keySet()) assertTrue(r.out().contains(name), name);
        // the UTF-8 read as GBK lines are garbled beyond doubt: every rewritten line is spun
        String gbk = java.util.Arrays.stream(rows).filter(l -> l.startsWith("mojibake UTF-8→GBK")).findFirst().orElseThrow();
        String[] f = gbk.trim().split("\\s+");
        assertEquals(1.0, Double.parseDouble(f[2]), 1e-9, gbk);
    }

    @Test
    void aMissingModelIsAUserError(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("own.tsv");
        Files.writeString(corpus, PAGE, StandardCharsets.UTF_8);
        CliTestSupport.Result r = CliTestSupport.run("score-variants", "--model", dir.resolve("none.lsm").toString(), corpus.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().length, r.err());
    }

    @Test
    void everyVariantChangesAChineseLine() {
        String line = "本次招聘会共有两百余家企业参加，提供就业岗位五千多个。";
        VariantEvaluation.variants().forEach((name, f) -> assertNotEquals(line, f.apply(line, new Random(1)), name));
    }
}
