package org.marginalia.project;

import java.nio.file.Path;
import org.marginalia.model.MarginaliaException;
import org.marginalia.model.ProblemKind;

/** An export could not be written; the message names the target file. */
public final class ExportException extends MarginaliaException {

    public ExportException(Path target, Exception cause) {
        super("Cannot write export " + target + ": " + cause.getMessage(), cause);
    }

    @Override
    public String reasonName() {
        return "EXPORT_FAILED";
    }

    @Override
    public ProblemKind kind() {
        // A full disk or a read-only folder says more than "the export failed".
        return getCause() instanceof MarginaliaException known ? known.kind() : ProblemKind.EXPORT_FAILED;
    }
}
