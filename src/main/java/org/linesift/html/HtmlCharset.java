package org.linesift.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of an HTML page's bytes: a byte-order mark; else UTF-8 when the bytes are valid UTF-8 and not all
 * ASCII (pages re-saved as UTF-8 keep their old GBK declaration, and legacy-encoded Chinese is practically never
 * valid UTF-8); else a {@code <meta charset>} or {@code http-equiv} declaration in the first 8 KB; else the
 * caller's hint (a transport header, say); else GB18030. A declaration of UTF-8 over bytes that are not UTF-8 is
 * ignored; GB2312 and GBK are read as GB18030, their superset.
 */
final class HtmlCharset {
    private HtmlCharset() {}

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SCAN = 8192;
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9][-A-Za-z0-9_.:]*)", Pattern.CASE_INSENSITIVE);

    /** The charset a byte-order mark at the start of {@code b} names, or null when there is none. */
    static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** The length in bytes of the byte-order mark {@link #bom} found, or 0. */
    static int bomLength(Charset bom) {
        return bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    static Charset detect(byte[] b, Charset hint) {
        Charset bom = bom(b);
        if (bom != null) return bom;
        boolean utf8 = isUtf8(b);
        // Saved pages are often re-encoded to UTF-8 with their old GBK declaration left in place. Text in a
        // legacy encoding is almost never valid UTF-8 once it has a few non-ASCII characters, so valid UTF-8
        // with non-ASCII bytes wins over any declaration.
        if (utf8 && hasNonAscii(b)) return StandardCharsets.UTF_8;
        Charset declared = declared(b);
        if (usable(declared, utf8)) return declared;
        if (usable(normalise(hint), utf8)) return normalise(hint);
        return utf8 ? StandardCharsets.UTF_8 : GB18030;
    }

    private static boolean usable(Charset cs, boolean utf8) {
        if (cs == null) return false;
        if (cs.equals(StandardCharsets.UTF_8)) return utf8;
        // A page cannot declare UTF-16 in its own ASCII-compatible bytes (HTML says: read it as UTF-8).
        return !cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32");
    }

    /** The charset a meta tag in the first 8 KB declares, or null when none is declared or it is unknown. */
    static Charset declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        while (m.find()) {
            Charset cs = byName(m.group(1));
            if (cs != null) return cs;
        }
        return null;
    }

    static Charset byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "gb2312": case "gbk": case "x-gbk": case "gb_2312-80": case "cp936": case "ms936": case "windows-936":
            case "euc-cn": case "x-euc-cn": case "gb18030": case "hz-gb-2312":
                return GB18030;
            case "utf8": case "unicode-1-1-utf-8":
                return StandardCharsets.UTF_8;
            case "big5": case "big5-hkscs": case "x-x-big5": case "cn-big5":
                return Charset.isSupported("Big5-HKSCS") ? Charset.forName("Big5-HKSCS") : Charset.forName("Big5");
            default:
                try {
                    return Charset.isSupported(n) ? normalise(Charset.forName(n)) : null;
                } catch (RuntimeException e) {
                    return null; // an illegal name
                }
        }
    }

    private static Charset normalise(Charset cs) {
        if (cs == null) return null;
        String n = cs.name();
        if (n.equals("GB2312") || n.equals("GBK") || n.equals("x-mswin-936") || n.equals("x-EUC-CN")) return GB18030;
        return cs;
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) if (x < 0) return true;
        return false;
    }

    static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
