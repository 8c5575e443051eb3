package org.marginalia.importer.qdpx;

import org.marginalia.model.MarginaliaException;
import org.marginalia.model.ProblemKind;

/** A REFI-QDA project file was refused. The message names the file, the problem and, where useful, the entry. */
public final class QdpxException extends MarginaliaException {

    /** Why the file was refused. */
    public enum Reason {
        NOT_A_PROJECT("it is not a REFI-QDA project (.qdpx zip or .qde XML)"),
        NO_PROJECT_FILE("the archive holds no project.qde"),
        UNSAFE_PATH("it holds an entry whose path leaves the archive (zip slip)"),
        TOO_MANY_ENTRIES("it holds too many entries"),
        TOO_LARGE("it unpacks to more than allowed"),
        SUSPICIOUS_COMPRESSION("an entry is compressed far more than real documents are (zip bomb?)"),
        FORBIDDEN_DTD("its XML declares a DTD or entities, which project files never need and attacks use"),
        MALFORMED_XML("its project.qde is not well-formed XML"),
        TOO_DEEP("its elements (codes inside codes) are nested deeper than Marginalia accepts"),
        UNREADABLE("it cannot be read");

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

    public QdpxException(Reason reason, String fileName, String detail, Throwable cause) {
        super("Cannot read " + fileName + ": " + reason.advice()
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.reason = reason;
        this.fileName = fileName;
    }

    public QdpxException(Reason reason, String fileName, String detail) {
        this(reason, fileName, detail, null);
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
        return ProblemKind.IMPORT_REFUSED;
    }
}
