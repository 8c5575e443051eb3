package org.marginalia.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Lets the {@code bench} command time a start of the window: when the system property
 * {@code marginalia.startupProbe} names a file, the window writes there a line {@code first MS CPU_MS RSS_KB FX_MS}
 * when its first frame is out and a line {@code painted MS CPU_MS RSS_KB FX_MS} once the project's content is built,
 * laid out and idle; then the program exits. Times count from the JVM's start; CPU time is the whole process's, FX_MS
 * the FX thread's own; RSS is VmHWM. Steps on the way are marked {@code mark STEP ...} for reading by hand.
 */
final class StartupProbe {

    static final String PROPERTY = "marginalia.startupProbe";

    private StartupProbe() {
    }

    /**
     * Runs {@code then} on the FX thread right after the scene's first pulse (laid out and handed to the renderer),
     * and tells a benchmark that the first frame is out. The window path puts everything the first frame does not
     * need behind this.
     */
    static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                record("first");
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Call once the project's window is built. When a benchmark asked, it waits until the worker ({@code running})
     * has nothing left to do (the texts are in their panes), then for one more pulse, records the start as painted
     * and ends it with {@code quit}, the way a user would (a start that follows a killed one checks the whole file).
     */
    static void paintedWhenIdle(ReadOnlyBooleanProperty running, Runnable quit) {
        if (target() != null) {
            whenIdle(running, () -> painted(quit));
        }
    }

    /**
     * As {@link #paintedWhenIdle}, but the start counts as painted only once {@code shown} holds a value too: on the
     * first run, the demo's showcase comparison ("an Ally" against "a member (of NATO)") in the strip.
     */
    static void paintedWhenShown(ObservableValue<?> shown, ReadOnlyBooleanProperty running, Runnable quit) {
        if (target() == null) {
            return;
        }
        if (shown.getValue() != null) {
            record("mark showcase");
            paintedWhenIdle(running, quit);
            return;
        }
        shown.addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> o, Object was, Object now) {
                if (now != null) {
                    o.removeListener(this);
                    record("mark showcase");
                    paintedWhenIdle(running, quit);
                }
            }
        });
    }

    /** Records the start as painted after the next pulse, then runs {@code quit}; only when a benchmark asked. */
    static void painted(Runnable quit) {
        if (target() == null) {
            return;
        }
        Platform.requestNextPulse();
        Platform.runLater(() -> {
            record("painted");
            quit.run();
        });
    }

    /**
     * Records a named step of the start ({@code mark NAME MS CPU_MS RSS_KB}) when a benchmark asked, so a slow start
     * can be taken apart without a profiler; the bench reads only the {@code first} and {@code painted} lines.
     */
    static void mark(String step) {
        if (target() != null) {
            record("mark " + step.replace(' ', '-'));
        }
    }

    /** Marks every pulse from now on until the start is painted, with the step that asked for it. */
    static void markPulses(Scene scene, String step) {
        if (target() == null) {
            return;
        }
        scene.addPostLayoutPulseListener(() -> mark(step + "-pulse"));
    }

    private static void whenIdle(ReadOnlyBooleanProperty running, Runnable then) {
        if (!running.get()) {
            Platform.runLater(then);
            return;
        }
        running.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    // A success handler may queue the next job right after this: look again on the next turn.
                    Platform.runLater(() -> whenIdle(running, then));
                }
            }
        });
    }

    private static Path target() {
        String target = System.getProperty(PROPERTY);
        return target == null || target.isBlank() ? null : Path.of(target);
    }

    private static void record(String what) {
        Path target = target();
        if (target == null) {
            return;
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        try {
            // The FX thread's own CPU time: the part of a start that no other core can take over.
            long fxCpu = Platform.isFxApplicationThread()
                    ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 : -1;
            Files.writeString(target, what + " " + uptime + " " + cpu + " " + peakRssKb() + " " + fxCpu + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long peakRssKb() {
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
