package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ExplainCliTest {
    @TempDir
    Path dir;

    /** Writes the lines to {@code name} in the temporary directory, one per line. */
    private Path write(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private Path page() throws Exception {
        return write("page.txt",
                "首页 | 新闻 | 体育",
                "城南新区招商引资再创佳绩",
                "今年以来，城南新区坚持把招商引资作为“一号工程”，全区新签约项目十二个，总投资超过八十亿元。",
                "",
                "锟斤拷锟斤拷锟斤拷锟斤拷",
                "版权所有 © 城南日报社 京ICP备12345678号");
    }

    @Test
    void tsvExplainAddsAReasonsColumn() throws Exception {
        CliTestSupport.assumeBundledModel();
        CliTestSupport.Result r = CliTestSupport.run("classify", "--format", "tsv", "--explain", page().toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals(5, rows.size(), "blank line not printed");
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            assertEquals(8, f.length, row);
            assertFalse(f[7].isBlank(), "every line has reasons: " + row);
        }
    }

    @Test
    void jsonlPageObjectFollowsItsLines() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path p = page();
        CliTestSupport.Result r = CliTestSupport.run("classify", "--format", "jsonl", p.toString(), p.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals(12, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            boolean page = i == 5 || i == 11;
            assertEquals(page, rows.get(i).startsWith("{\"type\":\"page\""), rows.get(i));
        }
    }

    @Test
    void threadsKeepTheInputOrder() throws Exception {
        CliTestSupport.assumeBundledModel();
        List<String> args = new java.util.ArrayList<>(List.of("classify", "--format", "tsv"));
        for (int i = 0; i < 12; i++) {
            Path f = dir.resolve("p" + i + ".txt");
            Files.writeString(f, "第" + i + "页标题\n今年以来，城南新区新签约项目" + i + "个，总投资超过八十亿元。\n版权所有\n");
            args.add(f.toString());
        }
        CliTestSupport.Result one = CliTestSupport.run(args.toArray(new String[0]));
        args.add(1, "--threads");
        args.add(2, "3");
        CliTestSupport.Result three = CliTestSupport.run(args.toArray(new String[0]));
        assertEquals(0, three.code(), three.err());
        assertEquals(one.out(), three.out());
        assertEquals(36, three.out().lines().count());
    }

    /** A page of usual shape (menu, title, byline, paragraphs, related list, footer), invented for the test. */
    private Path fullPage() throws Exception {
        return write("full.txt",
                "首页 | 国内 | 国际 | 财经 | 体育 | 娱乐 | 科技",
                "当前位置：首页 > 新闻中心 > 本地",
                "城南新区招商引资再创佳绩",
                "2031-04-21 10:23 来源：城南日报 作者：李明 责任编辑：王芳",
                "今年以来，城南新区坚持把招商引资作为“一号工程”，全区新签约项目十二个，总投资超过八十亿元，其中智能制造项目七个。",
                "区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域，预计明年全部开工，可带动就业三千余人。",
                "在已经投产的园区企业中，记者看到生产线正在满负荷运转。企业负责人表示，新区提供的全流程服务让项目从签约到投产只用了八个月。",
                "下一步，新区将继续优化营商环境，完善园区配套设施，为企业提供更加便捷高效的政务服务。",
                "锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷",
                "相关新闻",
                "· 城北街道举办春季就业招聘会",
                "· 全市春季植树活动正式启动",
                "分享到：微信 微博 QQ空间",
                "关于我们 | 联系我们 | 广告服务 | 网站地图",
                "版权所有 © 城南日报社 京ICP备12345678号");
    }

    @Test
    void cleanFormatPrintsBodyText() throws Exception {
        CliTestSupport.assumeBundledModel();
        CliTestSupport.Result r = CliTestSupport.run("classify", "--format", "clean", fullPage().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("全区新签约项目十二个"), r.out());
        assertFalse(r.out().contains("ICP"), r.out());
        assertFalse(r.out().contains("锟斤拷"), r.out());
    }
}
