package org.marginalia.model;

/**
 * The root of every error Marginalia reports to a user. Its message is one readable sentence that names the file
 * concerned and the problem; the command line prints it alone, the window shows it in a dialog.
 */
public abstract class MarginaliaException extends RuntimeException {

    protected MarginaliaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A short machine-readable word for the kind of problem, used for exit codes and tests. */
    public abstract String reasonName();
}
