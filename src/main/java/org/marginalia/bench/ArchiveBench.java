package org.marginalia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The archive rows ({@code bench --archive}): a generated project of 10,000 sources, 200,000 passages and 500 tags
 * (see {@link ArchiveFixture}), measured through the project calls the window and command line make, in a child JVM
 * under {@value #HEAP} so its peak memory is its own. The project is copied from the cache first, so every run starts
 * from the same file.
 */
final class ArchiveBench {

    static final String HEAP = "-Xmx512m";
    /** The window's tagging, measured by the view-model's own probe in a JVM of its own (bench may not reach ui). */
    static final String WINDOW_TAGGING = "archive: tag a selection in the window model, refresh included, p95";
    // CHECKSTYLE.ALLOW-FQN: main class of the child JVM, named on its command line
    private static final String WINDOW_PROBE = "org.marginalia.ui.WindowTaggingProbe";

    /** Each row's target, as a user would accept it; in the note beside the figure. */
    private static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("archive: open the project", "≤ 2 s"),
            Map.entry("archive: open, first of the day (with its backup)", "none: the backup's copy"),
            Map.entry("archive: sources list with counts", "≤ 200 ms (the list is virtualized)"),
            Map.entry("archive: tag tree with counts", "≤ 200 ms"),
            Map.entry("archive: every passage for the table", "≤ 2 s, off the FX thread"),
            Map.entry("archive: passage table filtered by a tag", "≤ 200 ms"),
            Map.entry("archive: phrase search", "≤ 2× FTS5's rows and match counts"),
            Map.entry("  baseline: bare FTS5 phrase query", "baseline: rows only"),
            Map.entry("  baseline: FTS5 rows and match counts", "baseline: what the search answers"),
            Map.entry("archive: tag a selection, p95", "≤ 16 ms"),
            Map.entry(ArchiveBench.WINDOW_TAGGING, "≤ 16 ms"),
            Map.entry("archive: CSV export", "≤ 10 s"),
            Map.entry("archive: qdpx export", "≤ 10 s"),
            Map.entry("archive: backup", "≤ 5 s"),
            Map.entry("archive: peak RSS of the measuring JVM", "≤ 512 MiB"));

    private ArchiveBench() {
    }

    static List<BenchRow> run(Path dir, double factor, int runs, Consumer<String> progress)
            throws IOException, InterruptedException {
        ArchiveFixture fixture = new ArchiveFixture(Math.max(100, (int) (10_000 * Math.min(1, factor))), progress);
        Path cached = fixture.cached();
        Path copy = Files.copy(cached, dir.resolve("archive.marginalia"));
        progress.accept(String.format(Locale.ROOT, "measuring %,d sources, %,d passages, %d tags in a child JVM (%s)",
                fixture.sources(), fixture.passages(), ArchiveFixture.TAGS, HEAP));
        Path result = dir.resolve("archive-result.txt");
        runChild(ArchiveBenchChild.class.getName(), copy, runs, result, dir.resolve("archive-child.log"));
        progress.accept("measuring tagging in the window's view-model in a child JVM of its own (" + HEAP + ")");
        runChild(WINDOW_PROBE, copy, runs, result, dir.resolve("archive-window.log"));
        List<String> lines = new ArrayList<>(Files.readAllLines(result));
        // The window's row goes beside the project's tagging row it is compared with.
        String window = lines.remove(lines.size() - 1);
        lines.add(lines.indexOf(lines.stream().filter(l -> l.startsWith("archive: tag a selection, p95\t"))
                .findFirst().orElse(lines.get(lines.size() - 1))) + 1, window);
        List<BenchRow> rows = new ArrayList<>();
        String scaled = fixture.sources() == 10_000 ? ""
                : String.format(Locale.ROOT, "scaled to %,d sources; ", fixture.sources());
        for (String line : lines) {
            String[] parts = line.split("\t", 4);
            String target = "target " + TARGETS.getOrDefault(parts[0], "none") + "; ";
            if (parts[1].isEmpty()) {
                rows.add(BenchRow.notMeasured(parts[0], target + "CPU " + parts[2] + " ms; " + parts[3]));
                continue;
            }
            double[] samples = Arrays.stream(parts[1].split(",")).mapToDouble(Double::parseDouble).toArray();
            boolean memory = parts[0].contains("peak RSS");
            rows.add(BenchRow.measured(parts[0], memory ? "MiB" : "ms", samples, String.format(Locale.ROOT,
                    "%s%s%s%s", target, scaled,
                    memory ? "" : "CPU " + parts[2] + " ms; ", parts[3])));
        }
        return rows;
    }

    /** Runs {@code mainClass PROJECT RUNS RESULT} in a JVM under {@value #HEAP}; it appends its rows to the result. */
    private static void runChild(String mainClass, Path project, int runs, Path result, Path log)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), mainClass, project.toString(), String.valueOf(runs),
                result.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(mainClass + " failed with exit code " + process.exitValue() + ": "
                    + String.join("\n", Files.readAllLines(log)));
        }
    }
}
