package org.marginalia.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in a folder of our own, so a start loads it from there. Left to itself the
 * driver copies it (1 to 2 MB) out of the jar into the temporary folder on every start and, to choose which copy,
 * runs {@code uname -o} as a child process: on a command-line call that is a process start and a file write for
 * nothing. The copy is made once per driver version, operating system and processor, and found after that by
 * those three alone (Java's own {@code os.name} and {@code os.arch}, no child process).
 */
public final class SqliteLibrary {

    private static final String VERSION_FILE = "META-INF/maven/org.xerial/sqlite-jdbc/VERSION";

    private SqliteLibrary() {
    }

    /**
     * Points the driver at its copy in {@code folder}, copying it there first when it is not there yet. Does nothing
     * when the driver was told another place already, or is loaded; on any failure (a folder that may not be
     * written, a driver without a version file) the driver copies its library as it always does.
     */
    public static void useCopyIn(Path folder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            String version = driverVersion();
            if (version == null) {
                return;
            }
            String name = LibraryLoaderUtil.getNativeLibName();
            Path dir = folder.resolve(String.format(Locale.ROOT, "sqlite-jdbc-%s-%s-%s", version,
                    System.getProperty("os.name"), System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_"));
            Path library = dir.resolve(name);
            if (!Files.isRegularFile(library)) {
                // The driver names the resource from the class path root, with a leading slash.
                copy(LibraryLoaderUtil.getNativeLibResourcePath().replaceFirst("^/", "") + "/" + name, dir, library);
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // The driver's own way still works: this only saves it work.
        }
    }

    private static String driverVersion() throws IOException {
        try (InputStream in = SqliteLibrary.class.getClassLoader().getResourceAsStream(VERSION_FILE)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.startsWith("version=") ? text.substring("version=".length()) : text;
        }
    }

    /** Written beside its final name and moved there in one step, so no start ever loads half a library. */
    private static void copy(String resource, Path dir, Path library) throws IOException {
        try (InputStream in = SqliteLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no native library in the driver at " + resource);
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "partial-", ".tmp");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
