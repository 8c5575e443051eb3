package org.marginalia.compare;

/** The sentence model could not be loaded or run; comparison then falls back to words alone. */
public final class EmbedderUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public EmbedderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
