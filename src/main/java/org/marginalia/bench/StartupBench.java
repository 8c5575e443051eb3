package org.marginalia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start of the window with the demo project, against an empty JavaFX stage started the same way, each in a
 * child JVM under the current display. The child reports when its window was shown, counted from its own JVM start.
 */
final class StartupBench {

    // CHECKSTYLE.ALLOW-FQN: main class of the child JVM, named on its command line
    private static final String WINDOW = "org.marginalia.Launcher";
    // CHECKSTYLE.ALLOW-FQN: main class of the child JVM, named on its command line
    private static final String EMPTY_STAGE = "org.marginalia.ui.EmptyStageProbe";

    private StartupBench() {
    }

    static List<BenchRow> run(Path dir, int runs) throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank() || Boolean.getBoolean("java.awt.headless")) {
            String why = "not measured: no display (run bench under X, e.g. xvfb-run -a)";
            return List.of(BenchRow.notMeasured(Benchmarks.ROWS.get(0), why),
                    BenchRow.notMeasured(Benchmarks.ROWS.get(1), why),
                    BenchRow.notMeasured(Benchmarks.ROWS.get(2), why));
        }
        double[] window = new double[runs];
        double[] empty = new double[runs];
        double[] rss = new double[runs];
        // The demo project is made once, so every measured start opens it as a user's second start would.
        start(WINDOW, dir, dir.resolve("warm-up"));
        for (int run = 0; run < runs; run++) {
            long[] shown = start(WINDOW, dir, dir.resolve("window-" + run));
            window[run] = shown[0];
            rss[run] = shown[1] / 1024.0;
            empty[run] = start(EMPTY_STAGE, dir, dir.resolve("empty-" + run))[0];
        }
        return List.of(
                BenchRow.measured(Benchmarks.ROWS.get(0), "ms", window, "demo project, from JVM start to shown"),
                BenchRow.measured(Benchmarks.ROWS.get(1), "ms", empty, "same JVM flags and class path"),
                BenchRow.measured(Benchmarks.ROWS.get(2), "MiB", rss, "VmHWM when the window was shown"));
    }

    /** @return ms from JVM start until the window was shown, and the peak RSS in KiB */
    private static long[] start(String mainClass, Path dir, Path report) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dprism.order=sw", "-Dmarginalia.dataDir=" + dir.resolve("data"),
                "-Dmarginalia.prefsNode=/marginalia-bench", "-Dmarginalia.startupProbe=" + report,
                "-cp", System.getProperty("java.class.path"), mainClass));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(mainClass + " did not show a window within 2 minutes");
        }
        if (!Files.exists(report)) {
            throw new IOException(mainClass + " exited with code " + process.exitValue() + " before showing a window");
        }
        String[] fields = Files.readString(report).strip().split(" ");
        return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
    }
}
