package org.marginalia.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Puts a backup back in place of a closed project so that, whatever the moment the program dies, the project's name
 * holds either the old project or the restored one. The backup is read through SQLite (so work committed only to
 * its {@code -wal} comes along) into an owner-only temporary file beside the project, checked and synced; the
 * current file is kept as {@code NAME.marginalia.before-restore-TIMESTAMP} by a hard link (a copy where links are
 * not supported); only then does one atomic rename put the new file under the project's name. A restore that fails
 * before that rename leaves the project exactly as it was.
 */
public final class BackupRestorer {

    /** SQLite's lock bytes (its "shared" range sits after the pending and reserved bytes at 1 GiB). */
    private static final long SHARED_FIRST = 0x40000000L + 2;
    private static final long SHARED_SIZE = 510;
    private static final String PARTIAL = ".restore.part";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path project;
    private final Clock clock;

    public BackupRestorer(Path project, Clock clock) {
        this.project = project.toAbsolutePath();
        this.clock = clock;
    }

    /**
     * Restores {@code backup} as the project.
     *
     * @return where the replaced project was kept, if there was one
     */
    public Optional<Path> restore(Path backup) {
        Path source = backup.toAbsolutePath();
        refuseUnrestorable(source);
        refuseWhenOpen();
        removeLeftovers();
        Path temp = null;
        Path aside = null;
        try {
            temp = PrivateFiles.createTempFile(project.getParent(), "." + project.getFileName() + ".", PARTIAL);
            SqliteCopy.copy(source, temp);
            ProjectFileCheck.problem(temp).ifPresent(problem -> {
                throw new StoreException(StoreException.Reason.DAMAGED, source, "it cannot be restored: " + problem);
            });
            PrivateFiles.sync(temp);
            aside = keepAside();
            Files.move(temp, project, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            PrivateFiles.syncDirectory(project.getParent());
            return Optional.ofNullable(aside);
        } catch (IOException e) {
            deleteQuietly(aside);
            throw StoreException.fromIo(e, project);
        } catch (RuntimeException e) {
            deleteQuietly(aside);
            throw e;
        } finally {
            deleteQuietly(temp);
        }
    }

    private void refuseUnrestorable(Path source) {
        if (Files.isDirectory(source)) {
            throw new StoreException(StoreException.Reason.NOT_A_PROJECT, source, "it is a folder; give one backup"
                    + " file from it, as listed by 'backups PROJECT'");
        }
        if (!Files.isRegularFile(source)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, source, null);
        }
        if (isSameFile(source)) {
            throw new StoreException(StoreException.Reason.CONFLICT, project, "a project cannot be restored onto"
                    + " itself; give one of its backups");
        }
        ProjectFileCheck.checkHeader(source);
        ProjectFileCheck.problem(source).ifPresent(problem -> {
            throw new StoreException(StoreException.Reason.DAMAGED, source, "it cannot be restored: " + problem);
        });
    }

    private boolean isSameFile(Path source) {
        try {
            return Files.exists(project) && Files.isSameFile(source, project);
        } catch (IOException e) {
            throw StoreException.fromIo(e, source);
        }
    }

    /**
     * Keeps the current file (and a copy of its {@code -wal}) under a new name, then removes the {@code -wal} and
     * {@code -shm}: they belong to the old file, and SQLite would replay an old {@code -wal} into the new one.
     */
    private Path keepAside() throws IOException {
        if (!Files.exists(project)) {
            return null;
        }
        String stamp = STAMP.format(clock.instant());
        Path aside = project.resolveSibling(project.getFileName() + ".before-restore-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = project.resolveSibling(project.getFileName() + ".before-restore-" + stamp + "-" + n);
        }
        try {
            Files.createLink(aside, project);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(project, aside, StandardCopyOption.COPY_ATTRIBUTES);
            PrivateFiles.sync(aside);
        }
        Path wal = ProjectFileCheck.sibling(project, "-wal");
        if (Files.exists(wal)) {
            Path asideWal = ProjectFileCheck.sibling(aside, "-wal");
            Files.copy(wal, asideWal);
            PrivateFiles.sync(asideWal);
        }
        PrivateFiles.syncDirectory(project.getParent());
        Files.deleteIfExists(wal);
        Files.deleteIfExists(ProjectFileCheck.sibling(project, "-shm"));
        return aside;
    }

    /** Temporary files of restores that were killed: never complete, so never worth keeping. */
    private void removeLeftovers() {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(project.getParent(),
                "." + project.getFileName() + ".*" + PARTIAL)) {
            entries.forEach(BackupRestorer::deleteQuietly);
        } catch (IOException e) {
            // Only a courtesy: the restore itself does not need the folder listed.
        }
    }

    /**
     * Takes SQLite's own lock bytes the way a writer would: if another process has the project open, they are taken.
     * This works on a damaged file too, where SQLite itself would only report the damage.
     */
    private void refuseWhenOpen() {
        if (!Files.exists(project)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(project, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            try (FileLock lock = channel.tryLock(SHARED_FIRST, SHARED_SIZE, false)) {
                if (lock == null) {
                    throw new StoreException(StoreException.Reason.OPEN_ELSEWHERE, project, null);
                }
            } catch (OverlappingFileLockException e) {
                throw new StoreException(StoreException.Reason.OPEN_ELSEWHERE, project, null, e);
            }
        } catch (IOException e) {
            throw StoreException.fromIo(e, project);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Left for the next restore's clean-up; the restore's own outcome is what the user needs.
            }
        }
    }
}
