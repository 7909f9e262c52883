package org.linesift.text;

/**
 * Finds the web and mail addresses of institutions in a line: hosts under a suffix that only governments, schools,
 * academies, armies and treaty bodies can register ({@code gov.cn}, {@code edu.cn}, {@code ac.cn}, {@code mil.cn},
 * their Hong Kong, Macau and Taiwan forms, and {@code .gov}, {@code .edu}, {@code .mil}, {@code .int}). A spammer can
 * buy {@code 8866bet.com} but not {@code qingxi.gov.cn}, so such an address is no evidence of spam, while to a line
 * model trained on injected domains ({@code （www.8866bet.com）}) any domain in brackets looks like one: the bundled
 * model called {@code 市民可通过“青溪发布”微信公众号或登录http://www.qingxi.gov.cn了解详情。} spun with p = 0.64 and
 * {@code 相关信息可在中国政府网（www.gov.cn）查询。} with p = 0.93. The page classifier therefore reads a sentence without
 * the institutional addresses inside it ({@link #without}).
 *
 * <p>An address is the host (at least one label before the suffix, ASCII letters, digits and hyphens), with a
 * {@code http://} or {@code https://} before it or a mailbox's {@code name@}, and the path after it up to a space or
 * a non-ASCII char (a final {@code .} or {@code ,} stays in the text).
 *
 * <p>Stateless and thread-safe; a line without {@code .gov}, {@code .edu}, {@code .ac.}, {@code .mil} or {@code .int}
 * costs one scan and no allocation.
 */
public final class Addresses {
    private Addresses() {}

    /** Suffixes, the longer first so that {@code .gov.cn} is not read as {@code .gov}. */
    private static final String[] SUFFIXES = {".gov.cn", ".edu.cn", ".ac.cn", ".mil.cn", ".gov.hk", ".edu.hk",
        ".gov.mo", ".edu.mo", ".gov.tw", ".edu.tw", ".gov", ".edu", ".mil", ".int"};

    /** True when {@code line} holds an institutional address (see the class comment). {@code null} holds none. */
    public static boolean test(String line) {
        return line != null && next(line, 0) >= 0;
    }

    /**
     * {@code line} without the institutional addresses that stand inside its text: in brackets
     * ({@code 官网（www.qingxi.gov.cn）查询}) or with Han text right after them ({@code 登录www.qingxi.gov.cn了解详情}). An
     * address that ends the line or a field of it ({@code 网址：www.qingxi.gov.cn}, {@code 门户网站 www.bynr.gov.cn}) is
     * kept: footers and reference lists, which are nav, have them; so is one that opens the line
     * ({@code ceic.ac.cn是由…}), the subject of its sentence. The same object when nothing is cut.
     */
    public static String without(String line) {
        long r = next(line, 0);
        if (r < 0) return line;
        StringBuilder sb = null;
        int copied = 0;
        for (; r >= 0; r = next(line, (int) r)) {
            int a = (int) (r >>> 32), b = (int) r;
            if (a > 0 && b < line.length() && isOpen(line.charAt(a - 1)) && isClose(line.charAt(b))) {
                a--;
                b++;
            } else if (a == 0 || b >= line.length() || CharClass.of(Normalizer.fold(line.charAt(b))) != CharClass.HAN) {
                // a field of a footer or a reference list (网址：www.qingxi.gov.cn), which nav has, or the subject
                // that opens a sentence (CEIC.ac.cn是由…), which the sentence needs
                continue;
            }
            if (a < copied) continue;
            if (sb == null) sb = new StringBuilder(line.length());
            sb.append(line, copied, a);
            copied = b;
            if (b >= line.length()) break;
        }
        if (sb == null) return line;
        sb.append(line, copied, line.length());
        return sb.toString();
    }

    /**
     * The next institutional address whose suffix starts at or after {@code from}, as {@code start << 32 | end} (end
     * exclusive, the address only, without brackets or spaces); -1 if there is none.
     */
    public static long next(String line, int from) {
        int n = line.length();
        for (int k = line.indexOf('.', Math.max(0, from)); k >= 0; k = line.indexOf('.', k + 1)) {
            String suffix = suffixAt(line, k);
            if (suffix == null) continue;
            int hostEnd = k + suffix.length();
            int a = k;
            while (a > 0 && isHostChar(line.charAt(a - 1))) a--;
            if (a == k || line.charAt(a) == '.' || line.charAt(a) == '-') continue; // no label before the suffix
            if (a > 0 && line.charAt(a - 1) == '@') {
                int u = a - 1;
                while (u > 0 && isMailChar(line.charAt(u - 1))) u--;
                if (u < a - 1) a = u;
            } else if (a >= 3 && line.startsWith("://", a - 3)) {
                int s = a - 3;
                if (s >= 5 && line.regionMatches(true, s - 5, "https", 0, 5)) a = s - 5;
                else if (s >= 4 && line.regionMatches(true, s - 4, "http", 0, 4)) a = s - 4;
            }
            int b = hostEnd;
            if (b < n && (line.charAt(b) == '/' || line.charAt(b) == ':')) {
                while (b < n && isPathChar(line.charAt(b))) b++;
                while (b > hostEnd + 1 && (line.charAt(b - 1) == '.' || line.charAt(b - 1) == ',')) b--;
            }
            return (long) a << 32 | b;
        }
        return -1;
    }

    /** The suffix that starts at {@code k} and ends the host there, or null. */
    private static String suffixAt(String line, int k) {
        for (String s : SUFFIXES) {
            if (!line.regionMatches(true, k, s, 0, s.length())) continue;
            int e = k + s.length();
            if (e < line.length() && (isLabelChar(line.charAt(e)) || line.charAt(e) == '.' && e + 1 < line.length()
                    && isLabelChar(line.charAt(e + 1)))) {
                continue; // the host goes on: qingxi.gov.cn.example.com, or .gov inside .government
            }
            return s;
        }
        return null;
    }

    private static boolean isLabelChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    private static boolean isHostChar(char c) {
        return isLabelChar(c) || c == '.';
    }

    private static boolean isMailChar(char c) {
        return isHostChar(c) || c == '_' || c == '+';
    }

    private static boolean isPathChar(char c) {
        return c > ' ' && c < 0x7F && c != '(' && c != ')' && c != '<' && c != '>' && c != '"' && c != '\'';
    }

    private static boolean isOpen(char c) {
        return c == '（' || c == '(' || c == '【' || c == '[';
    }

    private static boolean isClose(char c) {
        return c == '）' || c == ')' || c == '】' || c == ']';
    }
}
