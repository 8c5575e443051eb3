package org.marginalia.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

/**
 * The owner-only temporary folder for SQLite: its native library is unpacked there ({@code org.sqlite.tmpdir})
 * and its temporary tables and sort files are written there, so nothing from a project lands in a shared
 * {@code /tmp} readable by others. It is one folder per user ({@code marginalia.tmpdir} overrides it), not one per
 * run, so what a killed run leaves behind is found and removed by the next one.
 *
 * <p>Process-wide by nature (a system property and SQLite's own global setting), hence static.
 */
final class PrivateTemp {

    private static final String SQLITE_TMPDIR = "org.sqlite.tmpdir";
    private static final Duration STALE = Duration.ofHours(1);
    private static Path directory;

    private PrivateTemp() {
    }

    /** The folder, created on first use; must run before the SQLite driver loads. */
    static synchronized Path directory() {
        if (directory == null) {
            try {
                Path dir = usable(chosen()) ? chosen() : Files.createTempDirectory("marginalia-");
                removeStale(dir);
                if (System.getProperty(SQLITE_TMPDIR) == null) {
                    System.setProperty(SQLITE_TMPDIR, dir.toString());
                }
                directory = dir;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a private temporary folder", e);
            }
        }
        return directory;
    }

    private static Path chosen() {
        String configured = System.getProperty("marginalia.tmpdir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "marginalia-" + user);
    }

    /**
     * A shared {@code /tmp} lets anyone create our folder's name first: use it only if it is a real folder that we
     * own and no one else can enter; otherwise {@link #directory} falls back to a fresh random one.
     */
    private static boolean usable(Path dir) {
        try {
            PrivateFiles.createDirectories(dir);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            if (!PrivateFiles.posix()) {
                return true;
            }
            String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
            return owner.equals(System.getProperty("user.name"))
                    && PosixFilePermissions.toString(Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS))
                    .equals("rwx------");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Native libraries unpacked by runs that were killed. One still in use can be deleted safely on POSIX systems
     * (the mapping stays); Windows refuses, and the file is left for a later run.
     */
    private static void removeStale(Path dir) {
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "sqlite-*")) {
            for (Path entry : entries) {
                try {
                    if (Files.getLastModifiedTime(entry).compareTo(cutoff) < 0) {
                        Files.deleteIfExists(entry);
                    }
                } catch (IOException ignored) {
                    // In use or already gone.
                }
            }
        } catch (IOException ignored) {
            // Cleaning up is a courtesy; the folder itself works.
        }
    }
}
