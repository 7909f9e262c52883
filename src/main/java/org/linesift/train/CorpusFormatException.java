package org.linesift.train;

import java.io.IOException;

/** A labelled corpus line that cannot be read. The message has the form {@code file:line: reason}. */
public final class CorpusFormatException extends IOException {
    private final String file;
    private final long line;
    private final String reason;

    public CorpusFormatException(String file, long line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() { return file; }
    public long line() { return line; }
    public String reason() { return reason; }
}
