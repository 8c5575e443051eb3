package org.marginalia.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.marginalia.model.MarginaliaException;
import org.marginalia.model.ProblemKind;

/** The project file could not be opened, read or written. The message names the file and says what happened. */
public final class StoreException extends MarginaliaException {

    /** What went wrong with the project file. */
    public enum Reason {
        NOT_FOUND("does not exist"),
        NOT_A_PROJECT("is not a Marginalia project file"),
        NEWER_VERSION("was written by a newer version of Marginalia; update Marginalia to open it"),
        DAMAGED("is damaged"),
        OPEN_ELSEWHERE("is open elsewhere (another Marginalia window or process); close it there first"),
        DISK_FULL("could not be written because the disk is full; free some space and try again"),
        READ_ONLY("is read-only"),
        CONFLICT("refused the change"),
        IO("could not be read or written");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public StoreException(Reason reason, Path file, String detail, Throwable cause) {
        super("Project " + file + " " + reason.description()
                + (detail == null || detail.isBlank() ? "" : ": " + detail), cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, Path file, String detail) {
        this(reason, file, detail, null);
    }

    /** Classifies a JDBC failure by SQLite's primary result code. */
    public static StoreException from(SQLException e, Path file) {
        if (e.getMessage() != null && e.getMessage().contains("SQLITE_IOERR") && DiskSpace.isFull(file)) {
            // SQLite reports a full disk met while growing its lock or journal files as an I/O error.
            return diskFull(file, e);
        }
        int primary = e.getErrorCode() & 0xFF;
        Reason reason = switch (primary) {
            case 5, 6 -> Reason.OPEN_ELSEWHERE;                  // SQLITE_BUSY, SQLITE_LOCKED
            case 8 -> Reason.READ_ONLY;                          // SQLITE_READONLY
            case 11, 26 -> Reason.DAMAGED;                       // SQLITE_CORRUPT, SQLITE_NOTADB
            case 13 -> Reason.DISK_FULL;                         // SQLITE_FULL
            case 19 -> Reason.CONFLICT;                          // SQLITE_CONSTRAINT
            default -> Reason.IO;
        };
        if (reason == Reason.DISK_FULL) {
            return diskFull(file, e);
        }
        return new StoreException(reason, file, firstLine(e.getMessage()), e);
    }

    /** Classifies a file system failure: a full disk and a read-only file get their own reasons. */
    public static StoreException fromIo(IOException e, Path file) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left") || DiskSpace.isFull(file)) {
            return diskFull(file, e);
        }
        if (e instanceof AccessDeniedException || message.contains("Read-only file system")) {
            return new StoreException(Reason.READ_ONLY, file, "Marginalia may not write there", e);
        }
        return new StoreException(Reason.IO, file, message, e);
    }

    private static StoreException diskFull(Path file, Exception cause) {
        return new StoreException(Reason.DISK_FULL, file, "full disk: " + DiskSpace.describe(file), cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String reasonName() {
        return reason.name();
    }

    @Override
    public ProblemKind kind() {
        return switch (reason) {
            case NOT_FOUND -> ProblemKind.NOT_FOUND;
            case NOT_A_PROJECT -> ProblemKind.NOT_A_PROJECT;
            case NEWER_VERSION -> ProblemKind.NEWER_VERSION;
            case DAMAGED -> ProblemKind.DAMAGED;
            case OPEN_ELSEWHERE -> ProblemKind.OPEN_ELSEWHERE;
            case DISK_FULL -> ProblemKind.DISK_FULL;
            case READ_ONLY -> ProblemKind.READ_ONLY;
            case CONFLICT -> ProblemKind.REFUSED;
            case IO -> ProblemKind.IO;
        };
    }
}
