package org.marginalia.project;

import java.nio.file.Path;
import java.util.Locale;
import org.marginalia.store.SqliteLibrary;

/** Where Marginalia keeps its own files (the demo project) on each operating system. */
public final class AppDirectories {

    private AppDirectories() {
    }

    /** The user's data folder for Marginalia; {@code marginalia.dataDir} overrides it (used by tests). */
    public static Path dataDirectory() {
        String override = System.getProperty("marginalia.dataDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Marginalia");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Marginalia");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("marginalia");
    }

    /**
     * For a start of the command line: native libraries are loaded from a copy kept in the data folder instead of
     * being copied out of the jar on every start (see {@link SqliteLibrary}).
     */
    public static void keepNativeLibraries() {
        SqliteLibrary.useCopyIn(dataDirectory().resolve("native"));
    }

    public static Path demoProject() {
        return dataDirectory().resolve("demo.marginalia");
    }
}
