package org.marginalia.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * Lets the {@code bench} command time a start of the window: when the system property
 * {@code marginalia.startupProbe} names a file, the first shown window writes there how long after the JVM started it
 * was shown (ms) and the process's peak resident memory (KiB), then the program exits.
 */
final class StartupProbe {

    static final String PROPERTY = "marginalia.startupProbe";

    private StartupProbe() {
    }

    /** Call once the first window has its content; does nothing unless a benchmark asked. */
    static void windowShown() {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        // After the next pulse the scene has been laid out and drawn once.
        Platform.runLater(() -> {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            try {
                Files.writeString(Path.of(target), uptime + " " + peakRssKb() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Platform.exit();
            System.exit(0);
        });
    }

    private static long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
