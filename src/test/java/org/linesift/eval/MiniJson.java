package org.linesift.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal strict JSON parser for tests: objects → LinkedHashMap, arrays → List, numbers → Double. */
public final class MiniJson {
    private final String s;
    private int i;

    private MiniJson(String s) { this.s = s; }

    /** Parses exactly one JSON value (surrounding whitespace allowed); throws IllegalArgumentException otherwise. */
    public static Object parse(String s) {
        MiniJson p = new MiniJson(s);
        p.ws();
        Object v = p.value();
        p.ws();
        if (p.i != s.length()) throw p.fail("trailing characters");
        return v;
    }

    /** Follows a dotted path of object keys. */
    @SuppressWarnings("unchecked")
    public static Object at(Object root, String path) {
        Object cur = root;
        for (String k : path.split("\\.")) {
            if (!(cur instanceof Map)) throw new IllegalArgumentException("not an object at " + k + " in " + path);
            Map<String, Object> m = (Map<String, Object>) cur;
            if (!m.containsKey(k)) throw new IllegalArgumentException("missing key " + k + " in " + path);
            cur = m.get(k);
        }
        return cur;
    }

    private Object value() {
        if (i >= s.length()) throw fail("unexpected end");
        char c = s.charAt(i);
        switch (c) {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': return lit("true", Boolean.TRUE);
            case 'f': return lit("false", Boolean.FALSE);
            case 'n': return lit("null", null);
            default: return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (peek() == '}') { i++; return m; }
        while (true) {
            ws();
            if (peek() != '"') throw fail("expected key");
            String k = string();
            ws();
            expect(':');
            ws();
            if (m.put(k, value()) != null) throw fail("duplicate key " + k);
            ws();
            char c = next();
            if (c == '}') return m;
            if (c != ',') throw fail("expected , or }");
        }
    }

    private List<Object> array() {
        List<Object> a = new ArrayList<>();
        i++;
        ws();
        if (peek() == ']') { i++; return a; }
        while (true) {
            ws();
            a.add(value());
            ws();
            char c = next();
            if (c == ']') return a;
            if (c != ',') throw fail("expected , or ]");
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') return sb.toString();
            if (c < 0x20) throw fail("raw control character in string");
            if (c != '\\') { sb.append(c); continue; }
            char e = next();
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u':
                    if (i + 4 > s.length()) throw fail("short \\u escape");
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                    break;
                default: throw fail("bad escape");
            }
        }
    }

    private Double number() {
        int start = i;
        if (peek() == '-') i++;
        if (peek() == '0') i++;
        else { if (!Character.isDigit(peek())) throw fail("bad number"); while (Character.isDigit(peek())) i++; }
        if (peek() == '.') { i++; if (!Character.isDigit(peek())) throw fail("bad fraction"); while (Character.isDigit(peek())) i++; }
        if (peek() == 'e' || peek() == 'E') {
            i++;
            if (peek() == '+' || peek() == '-') i++;
            if (!Character.isDigit(peek())) throw fail("bad exponent");
            while (Character.isDigit(peek())) i++;
        }
        return Double.valueOf(s.substring(start, i));
    }

    private Object lit(String word, Object v) {
        if (!s.startsWith(word, i)) throw fail("bad literal");
        i += word.length();
        return v;
    }

    private void ws() { while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++; }

    private char peek() { return i < s.length() ? s.charAt(i) : '\0'; }

    private char next() { if (i >= s.length()) throw fail("unexpected end"); return s.charAt(i++); }

    private void expect(char c) { if (next() != c) throw fail("expected " + c); }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException(why + " at " + i + ": " + s.substring(Math.max(0, i - 20), Math.min(s.length(), i + 20)));
    }
}
