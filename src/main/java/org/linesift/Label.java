package org.linesift;

import java.util.Locale;

/** The three labels LineSift gives a line. The ordinal is the model's class index. */
public enum Label {
    /** The article itself: title, paragraphs, sub-headings, captions. */
    BODY,
    /** Boilerplate: menus, breadcrumbs, bylines, related headlines, footers, ordinary ads. */
    NAV,
    /** Spam of any kind, wherever it stands on the page. */
    SPUN;

    private static final Label[] VALUES = values();

    /** The lower-case name used in corpora and CLI output: {@code body}, {@code nav}, {@code spun}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label at a class index. */
    public static Label ofIndex(int index) {
        return VALUES[index];
    }

    /**
     * Parses a corpus label. Returns {@code null} for {@code unk} and {@code ?} (unlabelled lines).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Label parse(String s) {
        switch (s) {
            case "body": return BODY;
            case "nav": return NAV;
            case "spun": return SPUN;
            case "unk": case "?": return null;
            default: throw new IllegalArgumentException("unknown label '" + s + "' (expected body, nav, spun, unk or ?)");
        }
    }
}
