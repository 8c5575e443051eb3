package org.marginalia.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Puts a backup back in place of a closed project. The current file is never deleted: it is renamed to
 * {@code NAME.marginalia.before-restore-TIMESTAMP} (with its {@code -wal}) first, and the backup is copied to an
 * owner-only temporary file, synced and renamed into place, so a crash at any moment leaves either the old project or
 * the restored one under the project's name.
 */
public final class BackupRestorer {

    /** SQLite's lock bytes (its "shared" range sits after the pending and reserved bytes at 1 GiB). */
    private static final long SHARED_FIRST = 0x40000000L + 2;
    private static final long SHARED_SIZE = 510;
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
        if (!Files.isRegularFile(source)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, source, null);
        }
        ProjectFileCheck.problem(source).ifPresent(problem -> {
            throw new StoreException(StoreException.Reason.DAMAGED, source, "it cannot be restored: " + problem);
        });
        refuseWhenOpen();
        try {
            Optional<Path> keptAside = keepAside();
            Path temp = PrivateFiles.createTempFile(project.getParent(), "." + project.getFileName(), ".part");
            try {
                Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
                PrivateFiles.sync(temp);
                Files.move(temp, project, StandardCopyOption.ATOMIC_MOVE);
                PrivateFiles.syncDirectory(project.getParent());
            } finally {
                Files.deleteIfExists(temp);
            }
            return keptAside;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, project, "restoring " + source + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Renames the project and its -wal aside together, so the pair stays a consistent file if needed again. */
    private Optional<Path> keepAside() throws IOException {
        if (!Files.exists(project)) {
            return Optional.empty();
        }
        String stamp = STAMP.format(clock.instant());
        Path aside = project.resolveSibling(project.getFileName() + ".before-restore-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = project.resolveSibling(project.getFileName() + ".before-restore-" + stamp + "-" + n);
        }
        Path wal = ProjectFileCheck.sibling(project, "-wal");
        if (Files.exists(wal)) {
            Files.move(wal, ProjectFileCheck.sibling(aside, "-wal"), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(ProjectFileCheck.sibling(project, "-shm"));
        Files.move(project, aside, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(aside);
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
            throw new StoreException(StoreException.Reason.IO, project, e.getMessage(), e);
        }
    }
}
