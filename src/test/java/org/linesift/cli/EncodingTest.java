package org.linesift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EncodingTest {
    @TempDir
    Path dir;

    @Test
    void readsGbkAndReplacesUndecodableBytesWithoutDroppingLines() throws Exception {
        Path f = dir.resolve("gbk.txt");
        byte[] gbk = "城南新区\n招商引资\n".getBytes(Charset.forName("GBK"));
        Files.write(f, gbk);
        assertEquals(List.of("城南新区", "招商引资"), CliSupport.readPage(f.toString(), null, Charset.forName("GBK")));
        // the same bytes read as UTF-8: every line is kept, undecodable bytes become U+FFFD
        List<String> asUtf8 = CliSupport.readPage(f.toString(), null, StandardCharsets.UTF_8);
        assertEquals(2, asUtf8.size());
        assertTrue(asUtf8.get(0).indexOf('\uFFFD') >= 0);
    }

    @Test
    void unknownCharsetIsAUserError() throws Exception {
        Path f = dir.resolve("p.txt");
        Files.writeString(f, "城南新区\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "classify", "--encoding", "NO-SUCH-CHARSET", f.toString());
        assertEquals(2, code);
        String msg = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, msg.lines().count(), msg);
        assertTrue(msg.contains("unknown charset 'NO-SUCH-CHARSET'"), msg);
    }
}
