package org.linesift.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tiny streaming JSON writer: just enough for score reports and {@code classify --format jsonl}.
 *
 * <p>Numbers are written with at most four decimals and no trailing zeros; integral {@code long}s are written
 * as integers. A non-finite double (NaN, infinity), which is what an undefined metric such as the precision of a
 * class that was never predicted turns into, is written as {@code null}. Strings are escaped per RFC 8259:
 * quote, backslash and all control characters, plus U+2028/U+2029 and unpaired surrogates as {@code \\uXXXX},
 * so the output is valid JSON and valid JavaScript and survives any UTF-8 encoder.
 */
public final class JsonWriter {
    private final StringBuilder sb;
    /** One bit per open level: whether the next member/element needs a leading comma. */
    private long needComma;
    private int depth;
    private boolean afterName;

    public JsonWriter() { this(new StringBuilder()); }

    public JsonWriter(StringBuilder sb) { this.sb = sb; }

    public JsonWriter beginObject() { open(); sb.append('{'); push(); return this; }

    public JsonWriter endObject() { pop(); sb.append('}'); return this; }

    public JsonWriter beginArray() { open(); sb.append('['); push(); return this; }

    public JsonWriter endArray() { pop(); sb.append(']'); return this; }

    /** Writes a member name inside an object; the next call writes its value. */
    public JsonWriter name(String name) {
        comma();
        string(sb, name);
        sb.append(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        open();
        if (s == null) sb.append("null"); else string(sb, s);
        return this;
    }

    public JsonWriter value(long n) { open(); sb.append(n); return this; }

    public JsonWriter value(double d) { open(); sb.append(number(d)); return this; }

    public JsonWriter value(boolean b) { open(); sb.append(b); return this; }

    public JsonWriter nullValue() { open(); sb.append("null"); return this; }

    /** Shorthand for {@code name(n).value(v)}. */
    public JsonWriter field(String n, String v) { return name(n).value(v); }

    public JsonWriter field(String n, long v) { return name(n).value(v); }

    public JsonWriter field(String n, double v) { return name(n).value(v); }

    public JsonWriter field(String n, boolean v) { return name(n).value(v); }

    @Override
    public String toString() { return sb.toString(); }

    private void open() {
        if (afterName) { afterName = false; return; }
        comma();
    }

    private void comma() {
        if (depth == 0) return;
        long bit = 1L << (depth - 1);
        if ((needComma & bit) != 0) sb.append(',');
        needComma |= bit;
    }

    private void push() {
        if (depth >= 63) throw new IllegalStateException("JSON nested too deeply");
        depth++;
        needComma &= ~(1L << (depth - 1));
    }

    private void pop() {
        if (depth == 0) throw new IllegalStateException("nothing to close");
        depth--;
        afterName = false;
    }

    /** A number with at most four decimals and no trailing zeros, or {@code null} when not finite. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return "null";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        BigDecimal b = new BigDecimal(d).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) return "0";
        return b.toPlainString();
    }

    /** Appends {@code s} as a quoted, escaped JSON string. */
    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
                        hex(sb, c);
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            hex(sb, c);
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        hex(sb, c);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    /** The quoted, escaped JSON form of {@code s}. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        string(sb, s);
        return sb.toString();
    }

    private static void hex(StringBuilder sb, char c) {
        sb.append("\\u");
        String h = Integer.toHexString(c);
        for (int k = h.length(); k < 4; k++) sb.append('0');
        sb.append(h);
    }
}
