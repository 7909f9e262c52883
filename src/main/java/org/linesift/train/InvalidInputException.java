package org.linesift.train;

/**
 * Bad input to training or synth that the user can fix: a missing or unreadable vocabulary file, an unknown
 * operator, an out-of-range setting. The CLI reports its message as a user error (exit code 2).
 */
public final class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String message) {
        super(message);
    }
}
