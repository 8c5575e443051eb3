package org.marginalia.importer.render;

import org.marginalia.model.MarginaliaException;

/** A page of a source cannot be drawn; the message names the file, the page and why. */
public final class PageRenderException extends MarginaliaException {

    /** Why the page cannot be drawn. */
    public enum Reason {
        /** The file is encrypted with a password. */
        ENCRYPTED("it is encrypted with a password"),
        /** The file is damaged, or has fewer pages. */
        DAMAGED("it is damaged or has no such page"),
        /** The file is neither a PDF nor an image this Java can read. */
        UNSUPPORTED("it is neither a PDF nor a JPEG, PNG or TIFF image");

        private final String advice;

        Reason(String advice) {
            this.advice = advice;
        }
    }

    private final Reason reason;

    public PageRenderException(Reason reason, String fileName, int page, String detail, Throwable cause) {
        super("Cannot show page " + page + " of " + fileName + ": " + reason.advice
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String reasonName() {
        return reason.name();
    }
}
