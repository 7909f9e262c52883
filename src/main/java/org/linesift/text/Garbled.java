package org.linesift.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells whether a line is garbled by a decoding error (mojibake): text decoded with the wrong charset, or bytes
 * that no charset could decode. Such a line is spun wherever it stands, so the page pass labels it spun whatever
 * the model says.
 *
 * <p>A character is a <em>mark</em> when it is
 * <ul>
 *   <li>U+FFFD, a private-use character, a C1 control or a half-width katakana; but U+E5E5, the GBK decoders'
 *       full-width space ({@link Normalizer#GBK_SPACE}), is whitespace;</li>
 *   <li>part of {@code 锟斤拷} or of a run of three {@code 烫} or {@code 屯} (the classic GBK/MSVC fillers);</li>
 *   <li>a Latin-1 letter or symbol (or a cp1252 extra such as {@code €ƒ™}) next to another one: UTF-8 read as
 *       Latin-1 gives runs such as {@code å ä¸}, while pinyin tones and {@code ×°©} stand alone in clean text;</li>
 *   <li>part of a lead and two continuations of one Cyrillic, Greek, Central European, Turkish or Baltic code page
 *       ({@code жЌ®}, {@code Ф█╝}): how UTF-8 Chinese reads in windows-1251 or KOI8-R; living letters such as
 *       {@code і ї ё ў} never count as continuations, so Russian, Ukrainian or Greek text stays clean;</li>
 *   <li>a Hangul syllable next to a Han character: GBK or UTF-8 read as EUC-KR ({@code 맡淃커悧});</li>
 *   <li>one of about 5,000 Han characters that Chinese becomes when misread (UTF-8 as GBK, Big5, Shift_JIS,
 *       EUC-JP or EUC-KR; GBK as Big5, Shift_JIS or EUC-KR; Big5 as GBK) and that clean text almost never uses
 *       ({@code 鍥 鐨 銆 涓}; the list and how it was made: {@code models/mojibake-chars.py}). About 580 of them
 *       are also the traditional form of a simplified character ({@code 為 複 製}, the ones {@link Normalizer#fold}
 *       maps); traditional text writes them, so they count only on a line with some other kind of mark.</li>
 * </ul>
 * Whitespace is skipped. A line is garbled when at least 2 of its characters are marks and they make up 30 % of
 * it, or when 3 of some 4 consecutive characters (or 4 of some 6) are marks. On the 29,814 lines of the corpus's
 * real pages and on 230,000 lines of news prose and headlines this fires on none; on the dev set's mojibake lines it
 * fires on 125 of 126.
 *
 * <p>Allocation-free, linear in the line length, thread-safe.
 */
public final class Garbled {
    private Garbled() {}

    private static final byte NONE = 0, MARK = 1, LATIN = 2, CONTEXT = 3, HANGUL = 4;
    /**
     * A char of the misread-Han list that is also the traditional form of a simplified char ({@code 為 複 製};
     * {@link Normalizer#fold} maps it): a mark only on a line that has some other kind of mark too, since
     * traditional text writes it.
     */
    private static final byte TRADITIONAL = 5;
    private static final byte[] TABLE = new byte[65536];
    /**
     * Single-byte code pages whose reading of UTF-8 Chinese is not already Latin-1-like: each 3-byte character
     * becomes a lead (bytes E4–E9) and two continuations (bytes 80–BF) of the page, as {@code жЌ®} or {@code Ф█╝}.
     */
    private static final String[] CODE_PAGES = {"windows-1251", "KOI8-R", "KOI8-U", "windows-1250", "windows-1253",
            "windows-1254", "windows-1257", "ISO-8859-7"};
    /**
     * Letters of living alphabets that some of those pages put among the continuations; they never count as one
     * (Ukrainian дії, Belarusian даўно). Pages whose continuations are whole alphabets (IBM866, ISO-8859-5) or
     * whose leads are letters before common punctuation (Hebrew, Arabic) are left out for the same reason.
     */
    private static final String COMMON_LETTERS = "ЁёІіЇїЄєҐґЎў";
    /** Chars below this can be a lead or a continuation of {@link #CODE_PAGES}. */
    private static final int PAGE_CHARS = 0x2600;
    /** Per char, one bit per code page in which it is a lead of a UTF-8 Chinese character. */
    private static final int[] LEAD = new int[PAGE_CHARS];
    /** Per char, one bit per code page in which it is a continuation byte. */
    private static final int[] CONT = new int[PAGE_CHARS];

    static {
        for (int c = 0x80; c <= 0x9F; c++) TABLE[c] = MARK;
        for (int c = 0xA1; c <= 0xFF; c++) TABLE[c] = LATIN;
        TABLE[0xB7] = NONE; // the middle dot of Chinese names and menus
        for (char c : "€‚ƒ„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ".toCharArray()) TABLE[c] = LATIN;
        for (int c = 0xE000; c <= 0xF8FF; c++) TABLE[c] = MARK;
        TABLE[Normalizer.GBK_SPACE] = NONE; // a space (see isSpace)
        for (int c = 0xFF61; c <= 0xFF9F; c++) TABLE[c] = MARK;
        TABLE[0xFFFD] = MARK;
        for (char c : "锟斤拷烫屯".toCharArray()) TABLE[c] = CONTEXT;
        for (int c = 0xAC00; c <= 0xD7A3; c++) TABLE[c] = HANGUL;
        for (int c = 0x3131; c <= 0x318E; c++) TABLE[c] = HANGUL;
        for (int p = 0; p < CODE_PAGES.length; p++) codePage(p);
        try (InputStream in = Garbled.class.getResourceAsStream("/org/linesift/text/mojibake-chars.txt")) {
            if (in == null) throw new IllegalStateException("mojibake-chars.txt is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l; (l = r.readLine()) != null; ) {
                for (int k = 0; k < l.length(); k++) {
                    char c = l.charAt(k);
                    if (TABLE[c] == NONE) TABLE[c] = Normalizer.fold(c) != c ? TRADITIONAL : MARK;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void codePage(int p) {
        Charset cs;
        try {
            cs = Charset.forName(CODE_PAGES[p]);
        } catch (IllegalArgumentException e) {
            return; // a JDK without the extended charsets: the other rules still hold
        }
        byte[] b = new byte[0x40];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (0x80 + i);
        String cont = new String(b, cs);
        String lead = new String(new byte[]{(byte) 0xE4, (byte) 0xE5, (byte) 0xE6, (byte) 0xE7, (byte) 0xE8, (byte) 0xE9}, cs);
        for (int i = 0; i < cont.length(); i++) {
            char c = cont.charAt(i);
            if (c < PAGE_CHARS && c != 0xA0 && c != 0xB7 && COMMON_LETTERS.indexOf(c) < 0) CONT[c] |= 1 << p;
        }
        for (int i = 0; i < lead.length(); i++) {
            char c = lead.charAt(i);
            if (c < PAGE_CHARS && c > 0x7F) LEAD[c] |= 1 << p;
        }
    }

    /**
     * True when {@code c} is a mark on its own, whatever its neighbours: U+FFFD, a private-use char, a C1 control,
     * a half-width katakana, or one of the Han characters that misread text becomes (traditional forms included,
     * though {@link #test} counts those only beside another kind of mark).
     */
    public static boolean isMark(char c) {
        return TABLE[c] == MARK || TABLE[c] == TRADITIONAL;
    }

    /** True when {@code line} reads as mojibake (see the class comment). {@code null} is not garbled. */
    public static boolean test(CharSequence line) {
        if (line == null) return false;
        int n = line.length();
        int count = 0, marks = 0, traditional = 0;
        boolean dense = false; // some 4 (or 6) consecutive chars were mostly marks
        int window = 0; // marks of the last 6 non-space chars, as bits (bit 0 = the latest)
        char prev = 0, prev2 = 0;   // the last two non-space chars
        boolean prevLatin = false;
        for (int k = 0; k < n; k++) {
            char c = line.charAt(k);
            if (isSpace(c)) continue;
            byte t = TABLE[c];
            boolean mark;
            boolean latin = t == LATIN;
            if (t == MARK) mark = true;
            else if (t == TRADITIONAL) { mark = true; traditional++; }
            else if (latin) {
                mark = prevLatin;
                // the previous Latin-1 char (bit 0 until the shift below) was no mark alone; now it has a neighbour
                if (prevLatin && (window & 1) == 0) { marks++; window |= 1; }
            } else if (t == CONTEXT) mark = contextMark(line, k, c, prev);
            else if (t == HANGUL) mark = isHan(prev) || isHan(nextNonSpace(line, k));
            else mark = false;
            if (!mark && c < PAGE_CHARS && prev2 < PAGE_CHARS && prev < PAGE_CHARS
                    && (LEAD[prev2] & CONT[prev] & CONT[c]) != 0) {
                // a lead and two continuations of one code page: the two before become marks too
                mark = true;
                if ((window & 1) == 0) { marks++; window |= 1; }
                if ((window & 2) == 0) { marks++; window |= 2; }
            }
            count++;
            window = (window << 1) & 0x3F;
            if (mark) { marks++; window |= 1; }
            if (Integer.bitCount(window & 0xF) >= 3 || Integer.bitCount(window) >= 4) {
                if (marks > traditional) return true;
                dense = true; // so far only traditional chars: garbled once another kind of mark shows
            }
            prevLatin = latin;
            prev2 = prev;
            prev = c;
        }
        return marks > traditional && (dense || marks >= 2 && marks * 10 >= count * 3);
    }

    /** 锟 always; 斤 and 拷 only inside 锟斤拷; 烫 and 屯 inside a run of three. */
    private static boolean contextMark(CharSequence line, int k, char c, char prev) {
        if (c == '锟') return true;
        char next = nextNonSpace(line, k);
        if (c == '斤') return prev == '锟' || next == '拷';
        if (c == '拷') return prev == '斤';
        // 烫 / 屯: part of a run of at least three
        int run = 1;
        for (int j = k - 1; j >= 0 && line.charAt(j) == c; j--) run++;
        for (int j = k + 1; j < line.length() && line.charAt(j) == c; j++) run++;
        return run >= 3;
    }

    private static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == Normalizer.GBK_SPACE || Character.isWhitespace(c);
    }

    private static char nextNonSpace(CharSequence line, int k) {
        for (int j = k + 1; j < line.length(); j++) {
            char c = line.charAt(j);
            if (!isSpace(c)) return c;
        }
        return 0;
    }
}
