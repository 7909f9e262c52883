package org.linesift;

import java.io.IOException;

/** A model file that cannot be loaded: truncated, corrupt, of another format version, or not a model at all. */
public final class ModelFormatException extends IOException {
    public ModelFormatException(String message) {
        super(message);
    }
}
