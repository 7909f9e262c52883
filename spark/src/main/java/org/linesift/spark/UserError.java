package org.linesift.spark;

/** A mistake by the user: the job prints its message as one line on stderr and exits with code 2. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message, null, false, false);
    }
}
