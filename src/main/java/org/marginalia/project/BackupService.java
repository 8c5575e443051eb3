package org.marginalia.project;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.marginalia.model.MarginaliaException;
import org.marginalia.store.BackupFile;
import org.marginalia.store.BackupRestorer;
import org.marginalia.store.Backups;
import org.marginalia.store.ProjectFile;

/**
 * When a project is backed up: before a bulk change (an import of a whole project), on open when the newest backup
 * is over a day old, and on close when something changed and the newest backup is over {@link #CLOSE_INTERVAL} old.
 * Upgrades back up in the store, before the schema changes.
 * A backup before a bulk change must succeed or the change does not start; the ones on open and close are a safety
 * net and never stop the user from working, so their failure is kept for the window to show ({@link #lastFailure}).
 */
public final class BackupService {

    private static final Duration DAILY = Duration.ofDays(1);
    /**
     * At most one close backup per this interval: every writing command-line call closes the project, and a script
     * tagging in a loop would otherwise copy the whole file once per call (seconds each on a large project). Ten
     * minutes bounds the work that is in no backup to what one sitting of a script or a short session does, which
     * can be redone; a longer session is backed up when it closes.
     */
    static final Duration CLOSE_INTERVAL = Duration.ofMinutes(10);

    private final ProjectFile file;
    private final Clock clock;
    private MarginaliaException lastFailure;

    BackupService(ProjectFile file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** This project's backups, newest first. */
    public List<Backup> list() {
        return list(file.path());
    }

    /** Backs the project up now. */
    public Backup backupNow() {
        return toBackup(file.backup("manual"));
    }

    /** Called before a change to many rows at once, so it can be undone by restoring; fails if no backup is made. */
    public Backup beforeBulkChange() {
        return toBackup(file.backup("before-import"));
    }

    /** The failure of the last backup on open or close, if it failed. */
    public Optional<MarginaliaException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    void afterOpen() {
        if (file.readOnly()) {
            // Nothing can change it, and its folder may not be writable either: a backup adds nothing.
            return;
        }
        safely(() -> {
            if (newestOlderThan(DAILY)) {
                file.backup("on-open");
            }
        });
    }

    void beforeClose() {
        safely(() -> {
            if (file.changedSinceOpen() && newestOlderThan(CLOSE_INTERVAL)) {
                file.backup("on-close");
            }
        });
    }

    private boolean newestOlderThan(Duration age) {
        List<BackupFile> existing = file.backups().list();
        return existing.isEmpty() || existing.get(0).time().isBefore(clock.instant().minus(age));
    }

    private void safely(Runnable backup) {
        try {
            backup.run();
            lastFailure = null;
        } catch (MarginaliaException e) {
            lastFailure = e;
        }
    }

    /** The backups of a project that need not be open (nor openable), newest first. */
    public static List<Backup> list(Path project) {
        return new Backups(project, Clock.systemUTC()).list().stream().map(BackupService::toBackup).toList();
    }

    /** The newest backup of a project that passes SQLite's checks; what to offer when the project is damaged. */
    public static Optional<Backup> newestGood(Path project) {
        return Backups.newestGood(project).map(BackupService::toBackup);
    }

    /**
     * Restores a backup in place of a project that is closed everywhere (in this process too); the current file is
     * kept aside, never deleted.
     */
    public static Restored restore(Path project, Path backup) {
        Optional<Path> aside = new BackupRestorer(project, Clock.systemUTC()).restore(backup);
        return new Restored(project.toAbsolutePath(), aside);
    }

    static Path folder(Path project) {
        return new Backups(project, Clock.systemUTC()).folder();
    }

    private static Backup toBackup(BackupFile b) {
        return new Backup(b.file(), b.time(), b.size(), b.reason());
    }
}
