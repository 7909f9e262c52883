package org.linesift.cli;

/**
 * A mistake by the user (missing file, bad option, malformed input). The CLI prints its message as one line
 * on stderr and exits with code 2, never with a stack trace.
 */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message, null, false, false);
    }
}
