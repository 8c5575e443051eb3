package org.marginalia.export.csl;

import org.marginalia.model.MarginaliaException;

/** A citation style cannot be used: its file cannot be read or is not a CSL style. The message names the file. */
public final class CitationStyleException extends MarginaliaException {

    public CitationStyleException(String style, String problem, Throwable cause) {
        super("Cannot use citation style " + style + ": " + problem, cause);
    }

    @Override
    public String reasonName() {
        return "BAD_STYLE";
    }
}
