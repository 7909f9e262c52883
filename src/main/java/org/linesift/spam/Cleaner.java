package org.linesift.spam;

import org.linesift.Span;
import org.linesift.text.Escaped;

import java.util.List;

/**
 * Cuts injected material out of a line: brand spans (with the brackets, colon or dot that decorate them) and
 * pinyin brackets. A mojibake span of escaped text ({@link Escaped}) is decoded back to its characters. Other
 * mojibake, title fragments and substitutions are left in place, since removing them does not give back the
 * original text.
 */
public final class Cleaner {
    private Cleaner() {}

    /** The line with its brand and pinyin spans removed, its escaped runs decoded, and the spaces tidied. */
    public static String clean(String line, List<Span> spans) {
        if (spans.isEmpty()) return line;
        StringBuilder sb = new StringBuilder(line.length());
        int pos = 0;
        for (Span s : spans) {
            int a = s.start(), b = s.end();
            if (a < pos) continue;
            if (s.kind() == Span.Kind.MOJIBAKE && Escaped.isRun(s.text())) {
                sb.append(line, pos, a).append(Escaped.decode(s.text()));
                pos = b;
                continue;
            }
            if (s.kind() != Span.Kind.BRAND && s.kind() != Span.Kind.PINYIN) continue;
            if (s.kind() == Span.Kind.BRAND) {
                // decorations: 【brand】 (brand) [brand] 「brand」, brand： brand:
                if (a > 0 && b < line.length() && isOpen(line.charAt(a - 1)) && isClose(line.charAt(b))) { a--; b++; }
                else if (b < line.length() && (line.charAt(b) == '：' || line.charAt(b) == ':') && (a == 0 || isClauseStart(line.charAt(a - 1)))) b++;
            }
            if (a < pos) a = pos;
            sb.append(line, pos, a);
            pos = b;
        }
        sb.append(line, pos, line.length());
        return sb.toString().replaceAll(" {2,}", " ").strip();
    }

    private static boolean isOpen(char c) {
        return c == '【' || c == '(' || c == '（' || c == '[' || c == '「' || c == '《';
    }

    private static boolean isClose(char c) {
        return c == '】' || c == ')' || c == '）' || c == ']' || c == '」' || c == '》';
    }

    private static boolean isClauseStart(char c) {
        return c == '，' || c == '。' || c == '；' || c == ' ' || c == ',' || c == '、';
    }
}
