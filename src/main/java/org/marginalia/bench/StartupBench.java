package org.marginalia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Cold start of the window with the demo project, against an empty JavaFX stage started the same way, each in a
 * child JVM under the current display. The two take turns, so outside load falls on both alike. Each child reports
 * its first frame and, for the window, the demo fully built and painted, counted from its own JVM start, with the CPU
 * time it had used by then (less swayed than the wall clock by other processes on a shared machine).
 */
final class StartupBench {

    static final String FIRST_FRAME = "first window frame (demo project)";
    static final String EMPTY_STAGE_ROW = "  baseline: an empty JavaFX stage";
    static final String PAINTED = "demo window fully painted";
    static final String RSS = "  peak RSS of the demo window";
    static final String FIRST_RUN = "first run: demo made, painted with its showcase";
    static final String FIRST_RUN_RSS = "  peak RSS of the first run";

    // CHECKSTYLE.ALLOW-FQN: main class of the child JVM, named on its command line
    private static final String WINDOW = "org.marginalia.Launcher";
    // CHECKSTYLE.ALLOW-FQN: main class of the child JVM, named on its command line
    private static final String EMPTY_STAGE = "org.marginalia.ui.EmptyStageProbe";

    private static final String PREFS = "/marginalia-bench";
    private static final String FIRST_RUN_PREFS = "/marginalia-bench-first-run";

    private StartupBench() {
    }

    /** One start's figures: wall ms and CPU ms at the first frame and when painted, peak RSS in KiB. */
    private record Start(long firstMs, long firstCpuMs, long paintedMs, long paintedCpuMs, long rssKb) {
    }

    static List<BenchRow> run(Path dir, int runs, List<String> jvmOptions) throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank() || Boolean.getBoolean("java.awt.headless")) {
            String why = "not measured: no display (run bench under X, e.g. xvfb-run -a)";
            return List.of(BenchRow.notMeasured(FIRST_FRAME, why), BenchRow.notMeasured(EMPTY_STAGE_ROW, why),
                    BenchRow.notMeasured(PAINTED, why), BenchRow.notMeasured(RSS, why),
                    BenchRow.notMeasured(FIRST_RUN, why), BenchRow.notMeasured(FIRST_RUN_RSS, why));
        }
        Start[] window = new Start[runs];
        Start[] empty = new Start[runs];
        Start[] firstRun = new Start[runs];
        // The demo project is made once, so every measured start opens it as a user's second start would.
        Path data = dir.resolve("data");
        start(WINDOW, data, PREFS, dir.resolve("warm-up"), jvmOptions);
        start(EMPTY_STAGE, data, PREFS, dir.resolve("warm-up-empty"), jvmOptions);
        for (int run = 0; run < runs; run++) {
            window[run] = start(WINDOW, data, PREFS, dir.resolve("window-" + run), jvmOptions);
            empty[run] = start(EMPTY_STAGE, data, PREFS, dir.resolve("empty-" + run), jvmOptions);
            // A user's first start: no demo and no remembered window yet, so the demo is made from its seeds and the
            // window opens on its showcase pair with the comparison in the strip.
            Path fresh = dir.resolve("first-run-data-" + run);
            forgetWindow(FIRST_RUN_PREFS);
            firstRun[run] = start(WINDOW, fresh, FIRST_RUN_PREFS, dir.resolve("first-run-" + run), jvmOptions);
            Benchmarks.deleteRecursively(fresh);
        }
        double[] first = new double[runs];
        double[] painted = new double[runs];
        double[] baseline = new double[runs];
        double[] rss = new double[runs];
        double[] firstRunPainted = new double[runs];
        double[] firstRunRss = new double[runs];
        for (int run = 0; run < runs; run++) {
            first[run] = window[run].firstMs();
            painted[run] = window[run].paintedMs();
            baseline[run] = empty[run].firstMs();
            rss[run] = window[run].rssKb() / 1024.0;
            firstRunPainted[run] = firstRun[run].paintedMs();
            firstRunRss[run] = firstRun[run].rssKb() / 1024.0;
        }
        double emptyMedian = BenchRow.percentile(baseline, 50);
        String flags = jvmOptions.isEmpty() ? "" : "; JVM options " + String.join(" ", jvmOptions);
        return List.of(
                BenchRow.measured(FIRST_FRAME, "ms", first, ratio(first, emptyMedian) + "; CPU "
                        + cpu(window, true) + flags),
                BenchRow.measured(EMPTY_STAGE_ROW, "ms", baseline, "same JVM flags and class path; CPU "
                        + cpu(empty, true)),
                BenchRow.measured(PAINTED, "ms", painted, ratio(painted, emptyMedian) + "; CPU "
                        + cpu(window, false) + "; panes, texts and theme in"),
                BenchRow.measured(RSS, "MiB", rss, "VmHWM when the demo was painted"),
                BenchRow.measured(FIRST_RUN, "ms", firstRunPainted, ratio(firstRunPainted, emptyMedian) + "; CPU "
                        + cpu(firstRun, false) + "; \"an Ally\" against \"a member (of NATO)\" in the strip"),
                BenchRow.measured(FIRST_RUN_RSS, "MiB", firstRunRss, "VmHWM when the showcase was painted"));
    }

    private static String ratio(double[] samples, double emptyMedian) {
        return String.format(Locale.ROOT, "%.2f× the empty stage (medians)",
                BenchRow.percentile(samples, 50) / emptyMedian);
    }

    private static String cpu(Start[] starts, boolean first) {
        double[] cpu = new double[starts.length];
        for (int i = 0; i < starts.length; i++) {
            cpu[i] = first ? starts[i].firstCpuMs() : starts[i].paintedCpuMs();
        }
        return String.format(Locale.ROOT, "%.0f ms median", BenchRow.percentile(cpu, 50));
    }

    /** Removes what a start remembered (recent projects, open sources, window size) under this preferences node. */
    private static void forgetWindow(String node) throws IOException {
        try {
            if (Preferences.userRoot().nodeExists(node)) {
                Preferences.userRoot().node(node).removeNode();
                Preferences.userRoot().flush();
            }
        } catch (BackingStoreException e) {
            throw new IOException("cannot clear the preferences node " + node, e);
        }
    }

    private static Start start(String mainClass, Path data, String prefs, Path report, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dprism.order=sw", "-Dmarginalia.dataDir=" + data,
                "-Dmarginalia.prefsNode=" + prefs, "-Dmarginalia.startupProbe=" + report,
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
        long[] first = null;
        long[] painted = null;
        for (String line : Files.readAllLines(report)) {
            String[] fields = line.strip().split(" ");
            if (!fields[0].equals("first") && !fields[0].equals("painted")) {
                continue; // a step the window marked on its way, for reading by hand
            }
            long[] figures = {Long.parseLong(fields[1]), Long.parseLong(fields[2]), Long.parseLong(fields[3])};
            if (fields[0].equals("first")) {
                first = figures;
            } else if (fields[0].equals("painted")) {
                painted = figures;
            }
        }
        if (first == null || painted == null) {
            throw new IOException(mainClass + " exited with code " + process.exitValue() + " before it was painted");
        }
        return new Start(first[0], first[1], painted[0], painted[1], painted[2]);
    }
}
