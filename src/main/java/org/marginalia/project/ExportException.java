package org.marginalia.project;

import java.nio.file.Path;
import org.marginalia.model.MarginaliaException;

/** An export could not be written; the message names the target file. */
public final class ExportException extends MarginaliaException {

    public ExportException(Path target, Exception cause) {
        super("Cannot write export " + target + ": " + cause.getMessage(), cause);
    }

    @Override
    public String reasonName() {
        return "EXPORT_FAILED";
    }
}
