package org.marginalia.importer;

import java.nio.file.Path;
import org.marginalia.model.MarginaliaException;
import org.marginalia.model.ProblemKind;

/** A file could not be turned into a source. The message names the file, the problem and what the user can do. */
public final class ImportException extends MarginaliaException {

    /** Why the import failed; each reason has its own advice for the user. */
    public enum Reason {
        ENCRYPTED("it is encrypted with a password; open it in a PDF reader, save an unprotected copy and import that"),
        NO_TEXT_LAYER("it has no text layer (scanned pages?); run OCR on it first and import the result"),
        DAMAGED("it is damaged or not what its name says"),
        EMPTY("it holds no text"),
        UNSUPPORTED("its format is not supported; import .txt, .md, .html, .pdf, .jpg, .png, .tif files or hOCR, ALTO"
                + " or PAGE XML transcriptions"),
        UNSAFE("it holds what a safe reader refuses (a DTD, entities, impossible sizes or counts)"),
        NO_LANGUAGE("OCR lacks the trained data for the language asked for"),
        TOO_LARGE("it is too large to import"),
        UNREADABLE("it cannot be read"),
        CANCELLED("the import was cancelled");

        private final String advice;

        Reason(String advice) {
            this.advice = advice;
        }

        public String advice() {
            return advice;
        }
    }

    private final Reason reason;
    private final String fileName;

    public ImportException(Reason reason, String fileName, String detail, Throwable cause) {
        super("Cannot import " + fileName + ": " + reason.advice()
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.reason = reason;
        this.fileName = fileName;
    }

    public ImportException(Reason reason, Path file, String detail) {
        this(reason, String.valueOf(file.getFileName()), detail, null);
    }

    public ImportException(Reason reason, Path file, String detail, Throwable cause) {
        this(reason, String.valueOf(file.getFileName()), detail, cause);
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public String reasonName() {
        return reason.name();
    }

    @Override
    public ProblemKind kind() {
        return reason == Reason.CANCELLED ? ProblemKind.REFUSED : ProblemKind.IMPORT_REFUSED;
    }
}
