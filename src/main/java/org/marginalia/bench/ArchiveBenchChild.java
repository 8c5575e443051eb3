package org.marginalia.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.Document;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;

/**
 * A child JVM measuring the archive rows on a copy of the generated archive, so its peak memory is its own:
 * {@code ArchiveBenchChild PROJECT RUNS RESULT_FILE}. Each result line is {@code name TAB samples (ms, comma
 * separated) TAB CPU ms of the measuring thread (SQLite included) TAB note}.
 */
public final class ArchiveBenchChild {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int TAGGINGS = 50;
    private static final int SEARCH_WARM_UP = 30;

    private final List<String> lines = new ArrayList<>();
    private final int runs;
    private String phrase;
    private int baselineAt;

    private ArchiveBenchChild(int runs) {
        this.runs = runs;
    }

    /** One measured step. */
    @FunctionalInterface
    private interface Step {
        String run(Project project) throws IOException;
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path path = Path.of(args[0]);
        ArchiveBenchChild child = new ArchiveBenchChild(Integer.parseInt(args[1]));
        child.measureOpen(path);
        try (Project project = Project.open(path, Importers.standard()::read)) {
            child.measureLists(project);
            child.measureSearch(project);
            child.measureTagging(project);
            Path dir = path.getParent();
            child.once(project, "archive: CSV export", p -> p.exports().export(dir.resolve("archive.csv"),
                    ExportFormat.CSV, CsvOptions.standard()) + " passages, "
                    + Files.size(dir.resolve("archive.csv")) / 1024 + " KiB");
            child.once(project, "archive: qdpx export", p -> p.exports().export(dir.resolve("archive.qdpx"),
                    ExportFormat.QDPX, CsvOptions.standard()) + " passages, "
                    + Files.size(dir.resolve("archive.qdpx")) / 1024 + " KiB");
            child.once(project, "archive: backup", p -> p.backups().backupNow().size() / 1024 + " KiB");
        }
        // The project holds its file exclusively while open: the bare query has the file to itself afterwards.
        child.measureBareSearch(path);
        child.lines.add(String.join("\t", "archive: peak RSS of the measuring JVM",
                String.valueOf(MemoryProbe.peakRssKb() / 1024.0), "0",
                String.format(Locale.ROOT, "heap pools' peak %.0f MiB, heap limit %d MiB", MemoryProbe.peakHeapMb(),
                        Runtime.getRuntime().maxMemory() / (1024 * 1024))));
        Files.write(Path.of(args[2]), child.lines);
    }

    private void measureOpen(Path path) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        Project.open(path, Importers.standard()::read).close();
        double first = (System.nanoTime() - started) / 1e6;
        add("archive: open, first of the day (with its backup)", new double[] {first},
                THREADS.getCurrentThreadCpuTime() - cpu, "the daily on-open backup copies the file");
        timed("archive: open the project", null, p -> {
            Project.open(path, Importers.standard()::read).close();
            return "open and close, a backup of today exists";
        });
    }

    private void measureLists(Project project) {
        timed("archive: sources list with counts", project, p -> p.sources().list().size() + " sources, "
                + p.sources().passageCounts().size() + " with passages");
        timed("archive: tag tree with counts", project, p -> p.tags().list().size() + " tags, "
                + p.tags().passageCounts().size() + " in use");
        timed("archive: every passage for the table", project, p -> p.passages().list().size() + " passages, "
                + p.links().list().size() + " links");
        List<Annotation> all = project.passages().list();
        long tag = busiestTag(project);
        timed("archive: passage table filtered by a tag", project, p -> all.stream()
                .filter(a -> a.tagIds().contains(tag)).count() + " of " + all.size()
                + " rows kept; the table's predicate over the loaded rows");
    }

    private void measureSearch(Project project) {
        // Three words of a paragraph many sources share: a page of results out of hundreds or thousands.
        phrase = CorpusBench.threeWordsFrom(project.sources().text(
                project.sources().list().get(ArchiveFixture.PDFS).id()));
        // Both sides are measured warm, as a search is after the first few of a session: five runs of interpreted
        // code would measure the JIT, not the search.
        for (int i = 0; i < SEARCH_WARM_UP; i++) {
            project.search().phrase(phrase, 20);
        }
        timed("archive: phrase search", project, p -> {
            var page = p.search().phrase(phrase, 20);
            return "\"" + phrase + "\", " + page.size() + " results, " + page.stream().mapToInt(h -> h.matches().size())
                    .sum() + " matches placed; warmed by " + SEARCH_WARM_UP + " searches";
        });
        baselineAt = lines.size();
    }

    /**
     * Two baselines on the same index: FTS5 saying which rows hold the phrase (no more), and FTS5 answering what the
     * search answers, which rows and how many matches in each, the only way SQL lets it count them: its own
     * {@code highlight()} marks every match in the row's text, and the marks are counted.
     */
    private void measureBareSearch(Path path) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             PreparedStatement bare = connection.prepareStatement(
                     "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 20");
             PreparedStatement counted = connection.prepareStatement("SELECT rowid, highlight(search_index, 2, "
                     + "char(2), char(3)) FROM search_index WHERE search_index MATCH ? LIMIT 20")) {
            bare.setString(1, "\"" + phrase + "\"");
            counted.setString(1, "\"" + phrase + "\"");
            for (int i = 0; i < SEARCH_WARM_UP; i++) {
                rowsAndMatches(bare);
                rowsAndMatches(counted);
            }
            timed("  baseline: bare FTS5 phrase query", null, p -> rowsAndMatches(bare)
                    + ", same index, its own connection");
            timed("  baseline: FTS5 rows and match counts", null, p -> rowsAndMatches(counted)
                    + " (highlight() marks counted)");
            lines.add(baselineAt, lines.remove(lines.size() - 1));
            lines.add(baselineAt, lines.remove(lines.size() - 1));
        }
    }

    private static String rowsAndMatches(PreparedStatement query) throws IOException {
        int rows = 0;
        int matches = 0;
        try (ResultSet rs = query.executeQuery()) {
            boolean marked = rs.getMetaData().getColumnCount() > 1;
            while (rs.next()) {
                rows++;
                matches += marked ? (int) rs.getString(2).chars().filter(c -> c == 2).count() : 0;
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return rows + " rows" + (matches > 0 ? ", " + matches + " matches" : "");
    }

    private void measureTagging(Project project) {
        List<Document> sources = project.sources().list();
        long tag = busiestTag(project);
        Random random = new Random(21);
        double[] p95 = new double[runs];
        long cpu = 0;
        for (int run = -1; run < runs; run++) {
            double[] each = new double[TAGGINGS];
            for (int i = 0; i < TAGGINGS; i++) {
                long id = sources.get(ArchiveFixture.PDFS + random.nextInt(sources.size() - ArchiveFixture.PDFS)).id();
                int start = 20 + random.nextInt(2_000);
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                project.passages().create(id, new TextSpan(start, start + 40), List.of(tag), "");
                each[i] = (System.nanoTime() - started) / 1e6;
                cpu += run >= 0 ? THREADS.getCurrentThreadCpuTime() - cpuStart : 0;
            }
            if (run >= 0) {
                p95[run] = BenchRow.percentile(each, 95);
            }
        }
        add("archive: tag a selection, p95", p95, cpu / ((long) runs * TAGGINGS), TAGGINGS
                + " passages a run, commit included; CPU is the mean per passage");
    }

    private static long busiestTag(Project project) {
        return project.tags().passageCounts().entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElseGet(() -> project.tags().list().get(0).id());
    }

    private void timed(String name, Project project, Step step) {
        double[] millis = new double[runs];
        long cpu = 0;
        String note = "";
        for (int run = -1; run < runs; run++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            try {
                note = step.run(project);
            } catch (IOException e) {
                throw new IllegalStateException(name, e);
            }
            if (run >= 0) {
                millis[run] = (System.nanoTime() - started) / 1e6;
                cpu += THREADS.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        add(name, millis, cpu / runs, note);
    }

    private void once(Project project, String name, Step step) throws IOException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        try {
            String note = step.run(project);
            add(name, new double[] {(System.nanoTime() - started) / 1e6}, THREADS.getCurrentThreadCpuTime() - cpu,
                    note + "; one run");
        } catch (OutOfMemoryError | RuntimeException e) {
            // A step that fails is a row that says so; the rows after it still run (the heap is free again).
            lines.add(String.join("\t", name, "", String.valueOf((THREADS.getCurrentThreadCpuTime() - cpu)
                    / 1_000_000), String.format(Locale.ROOT, "failed after %.0f ms: %s", (System.nanoTime() - started)
                    / 1e6, e).replace('\t', ' ').replace('\n', ' ')));
        }
    }

    private void add(String name, double[] millis, long cpuNanos, String note) {
        lines.add(String.join("\t", name, Arrays.stream(millis).mapToObj(String::valueOf)
                .collect(Collectors.joining(",")), String.valueOf(cpuNanos / 1_000_000), note));
    }
}
