package org.marginalia.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One owner-only temporary folder per run for SQLite: its native library is unpacked there
 * ({@code org.sqlite.tmpdir}) and its temporary tables and sort files are written there, so nothing from a project
 * lands in a shared {@code /tmp} readable by others. The folder is removed when the program ends.
 */
final class PrivateTemp {

    private static final String SQLITE_TMPDIR = "org.sqlite.tmpdir";
    private static Path directory;

    private PrivateTemp() {
    }

    /** The folder, created on first use; must run before the SQLite driver loads. */
    static synchronized Path directory() {
        if (directory == null) {
            try {
                // createTempDirectory makes the folder rwx------ on POSIX systems.
                Path dir = Files.createTempDirectory("marginalia-");
                dir.toFile().deleteOnExit();
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
}
