package org.marginalia.model;

/**
 * The root of every error Marginalia reports to a user. Its message is one readable sentence that names the file
 * concerned and the problem; the command line prints it alone, the window shows it in a dialog.
 */
public abstract class MarginaliaException extends RuntimeException {

    protected MarginaliaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A short machine-readable word for the precise problem (the layer's own reason), used in tests. */
    public abstract String reasonName();

    /** The kind of problem, which the command line turns into its exit code; refused unless a subclass says. */
    public ProblemKind kind() {
        return ProblemKind.REFUSED;
    }
}
