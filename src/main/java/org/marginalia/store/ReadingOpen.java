package org.marginalia.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a project only to read it, for a command that writes nothing to it (an export): through a read-only
 * connection, without the {@code quick_check} a writable open runs, which reads every page of the file (on a 40 MB
 * project 190 ms of CPU, most of what {@code sqlite3} takes for the whole export).
 *
 * <p>Why a read may skip it: that check is there so that nothing is ever written into a damaged file, and this
 * connection cannot write. Whatever page the read does touch is checked as it is read (SQLite reports a damaged page
 * as {@code SQLITE_CORRUPT}, which becomes {@link StoreException.Reason#DAMAGED} naming the file, and
 * {@code cell_size_check} is on); pages it does not touch cannot change what it writes out. Every writable open still
 * runs the check. A file the last session did not close (a non-empty {@code -wal}) or an older schema takes the
 * writable path instead, which runs the full check and recovers or upgrades it.
 */
public final class ReadingOpen {

    private ReadingOpen() {
    }

    /** The project, opened for reading only when that is safe; otherwise opened as {@link ProjectFile#open} does. */
    public static ProjectFile open(Path path) {
        Path file = path.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, file, null);
        }
        ProjectFileCheck.checkHeader(file);
        Migrations migrations = Migrations.bundled();
        if (ProjectFile.size(ProjectFileCheck.sibling(file, "-wal")) > 0) {
            return ProjectFile.openChecked(file, migrations);
        }
        // Foreign, newer or older: declined here, so the writable path refuses or upgrades it, with its own messages.
        ProjectFile reading = ReadOnlyConnection.project(file, statement -> {
            int applicationId = ProjectFile.intQuery(statement, "PRAGMA application_id");
            int version = ProjectFile.intQuery(statement, "PRAGMA user_version");
            if (applicationId != ProjectFile.APPLICATION_ID || version != migrations.latestVersion()) {
                return false;
            }
            statement.execute("PRAGMA cell_size_check = ON");
            return true;
        });
        return reading != null ? reading : ProjectFile.openChecked(file, migrations);
    }
}
