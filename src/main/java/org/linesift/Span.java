package org.linesift;

import java.util.Objects;

/**
 * A stretch of a spun line that LineSift can point at: injected, shredded, obfuscated or garbled material.
 * Offsets are UTF-16 code units of the original line, {@code [start, end)}. Immutable.
 *
 * @param start first char of the span
 * @param end   one past its last char
 * @param kind  what the span is
 * @param text  the span's text, {@code line.substring(start, end)}
 */
public record Span(int start, int end, Kind kind, String text) {
    /** The kinds of span. */
    public enum Kind {
        /**
         * A gambling or SEO brand, code or domain injected into the text (with its decorations), or words hidden from
         * filters by an invisible character or a separator between each of their chars (澳*门*新*葡*京).
         */
        BRAND,
        /** A fragment of the page's title scattered through the line (shredding). */
        TITLE_FRAGMENT,
        /** Pinyin in brackets after Chinese characters, such as 台(tai)市(shi). */
        PINYIN,
        /**
         * A run of mojibake: text decoded with the wrong charset, such as 锟斤拷 or é ç, or left in an escape code,
         * such as {@code &#35760;&#32773;} or {@code %E8%AE%B0}.
         */
        MOJIBAKE,
        /** A word the clean-prose language model finds far less likely than a synonym in its place (伪原创). */
        SUBSTITUTION;

        /** The lower-case name used in JSON output. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Span {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
}
