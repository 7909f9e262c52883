package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code classify --pages} and windows of long pages, with the bundled model (skipped until it is built). */
class StreamingCliTest {
    @TempDir
    Path dir;

    static final String PAGE_A = "首页 | 新闻 | 财经\n青石镇举办首届稻田音乐节\n本报讯 五月的第一个周末，青石镇万亩稻田边搭起了一座竹子舞台，首届稻田音乐节在这里开幕。\n版权所有 © 2031 青石晚报\n";
    static final String PAGE_B = "首页 | 体育\n南门中学篮球队夺得市联赛冠军\n";

    @Test
    void manyPagesInOneFileKeepTheirIdsAndFileLineNumbers() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path f = dir.resolve("pages.txt");
        Files.writeString(f, "# page: a\n" + PAGE_A + "# page: b\n" + PAGE_B);
        for (String threads : new String[] {"1", "2"}) {
            CliTestSupport.Result r = CliTestSupport.run("classify", "--pages", "--threads", threads, "--format", "tsv", f.toString());
            assertEquals(0, r.code(), r.err());
            String[] rows = r.out().split("\n");
            assertEquals(6, rows.length, r.out());
            assertEquals("a\t2", rows[0].substring(0, 3));
            assertEquals("a\t5", rows[3].substring(0, 3));
            assertEquals("b\t7", rows[4].substring(0, 3));
            assertEquals("南门中学篮球队夺得市联赛冠军", rows[5].split("\t")[6]);
        }
        // the same page alone gives the same labels as inside the stream
        Path a = dir.resolve("a.txt");
        Files.writeString(a, PAGE_A);
        CliTestSupport.Result alone = CliTestSupport.run("classify", "--format", "tsv", a.toString());
        CliTestSupport.Result stream = CliTestSupport.run("classify", "--pages", "--format", "tsv", f.toString());
        for (int i = 0; i < 4; i++) {
            String[] x = alone.out().split("\n")[i].split("\t"), y = stream.out().split("\n")[i].split("\t");
            assertEquals(x[2] + x[3] + x[6], y[2] + y[3] + y[6]);
        }
    }

    @Test
    void aLongPageIsClassifiedInWindows() throws Exception {
        CliTestSupport.assumeBundledModel();
        Path f = dir.resolve("long.txt");
        Files.writeString(f, PAGE_A.repeat(5));
        CliTestSupport.Result r = CliTestSupport.run("classify", "--max-page-lines", "3", "--format", "tsv", f.toString());
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\n");
        assertEquals(20, rows.length);
        for (int i = 0; i < 20; i++) assertEquals(String.valueOf(i + 1), rows[i].split("\t")[1]);
    }

    @Test
    void badWindowIsAUserError() throws Exception {
        Path f = dir.resolve("p.txt");
        Files.writeString(f, PAGE_B);
        CliTestSupport.Result r = CliTestSupport.run("classify", "--max-page-lines", "0", f.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().length);
        assertTrue(r.err().contains("--max-page-lines"), r.err());
    }
}
