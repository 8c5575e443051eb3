package org.marginalia.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;
import org.marginalia.store.ProjectFile;

/**
 * The rows on a project of generated sources: opening a large source with its passages, tagging a selection,
 * phrase search over the whole corpus, and CSV export of many passages against {@code sqlite3 -csv}. The data is
 * built through the project API, except the passages, which are written in one transaction straight to the store:
 * through the use case each would be its own durable commit, and only the setup would be measured.
 */
final class CorpusBench {

    private static final String SQLITE_ROWS = "SELECT a.id, a.document_id, d.title, t.name, a.quote, a.start_offset, "
            + "a.end_offset, a.note, a.author, a.created_at, a.modified_at FROM annotation a "
            + "JOIN document d ON d.id = a.document_id LEFT JOIN annotation_tag x ON x.annotation_id = a.id "
            + "LEFT JOIN tag t ON t.id = x.tag_id ORDER BY a.id";

    // CHECKSTYLE.ALLOW-FQN: main class of the child JVM, as java -jar marginalia.jar runs it
    private static final String LAUNCHER = "org.marginalia.Launcher";

    private final Path dir;
    private final BenchScale scale;
    private final Consumer<String> progress;
    private final PseudoEnglish english = new PseudoEnglish(2001);
    private final Random random = new Random(16);

    CorpusBench(Path dir, BenchScale scale, Consumer<String> progress) {
        this.dir = dir;
        this.scale = scale;
        this.progress = progress;
    }

    List<BenchRow> run() throws IOException, InterruptedException {
        List<BenchRow> rows = new ArrayList<>();
        Path corpus = dir.resolve("corpus.marginalia");
        progress.accept("building " + scale.corpusSources() + " sources of " + scale.sourceChars() / 1000 + " KB");
        long firstId;
        long tagId;
        String phrase;
        try (Project project = Project.create(corpus, Importers.standard()::read)) {
            firstId = importSources(project, scale.corpusSources());
            tagId = project.tags().add("bench", null, null, null).id();
            String last = project.sources().text(firstId + scale.corpusSources() - 1);
            phrase = threeWordsFrom(last);
        }
        addPassages(corpus, firstId, tagId, scale.openPassages());
        try (Project project = Project.open(corpus, Importers.standard()::read)) {
            rows.add(measureOpen(project, firstId));
            rows.addAll(measureTagging(project, firstId, tagId));
            rows.add(measureSearch(project, phrase));
        }
        rows.addAll(measureExport());
        return rows;
    }

    /** The CSV export rows alone. */
    List<BenchRow> exportRows() throws IOException, InterruptedException {
        return measureExport();
    }

    private long importSources(Project project, int count) throws IOException {
        long first = -1;
        for (int i = 0; i < count; i++) {
            Path file = Files.writeString(dir.resolve("source-" + i + ".txt"), english.text(scale.sourceChars()));
            long id = project.sources().importFile(file).document().id();
            first = first < 0 ? id : first;
            Files.delete(file);
        }
        return first;
    }

    private void addPassages(Path project, long documentId, long tagId, int count) {
        progress.accept("adding " + count + " passages");
        try (ProjectFile file = ProjectFile.open(project)) {
            String text = file.inTransaction(tx -> tx.documents().text(documentId));
            Instant now = Instant.parse("2001-06-16T12:00:00Z");
            file.inTransaction(tx -> {
                for (int i = 0; i < count; i++) {
                    TextSpan span = randomSpan(text);
                    long id = tx.annotations().insert(new Annotation(0, documentId, span, span.of(text), "", "",
                            i % 10 == 0 ? "note " + i : "", "bench", now, now, List.of()));
                    tx.annotationTags().add(id, tagId);
                }
                return null;
            });
        }
    }

    private BenchRow measureOpen(Project project, long documentId) {
        double[] millis = new double[scale.runs()];
        int passages = 0;
        for (int run = -1; run < scale.runs(); run++) {
            long started = System.nanoTime();
            String text = project.sources().text(documentId);
            passages = project.passages().forDocument(documentId).size() + (text.isEmpty() ? 1 : 0);
            if (run >= 0) {
                millis[run] = (System.nanoTime() - started) / 1e6;
            }
        }
        return BenchRow.measured("open a source (text + passages)", "ms", millis,
                scale.sourceChars() / 1000 + " KB, " + passages + " passages; window paint not included");
    }

    private List<BenchRow> measureTagging(Project project, long documentId, long tagId) {
        String text = project.sources().text(documentId);
        double[] p50 = new double[scale.runs()];
        double[] p95 = new double[scale.runs()];
        int perRun = scale.tagsPerRun();
        for (int run = -1; run < scale.runs(); run++) {
            double[] each = new double[perRun];
            for (int i = 0; i < perRun; i++) {
                TextSpan span = randomSpan(text);
                long started = System.nanoTime();
                project.passages().create(documentId, span, List.of(tagId), "");
                each[i] = (System.nanoTime() - started) / 1e6;
            }
            if (run >= 0) {
                p50[run] = BenchRow.percentile(each, 50);
                p95[run] = BenchRow.percentile(each, 95);
            }
        }
        String note = perRun + " passages a run, commit included; repaint is the window's, not measured here";
        return List.of(BenchRow.measured("tag a selection, p50", "ms", p50, note),
                BenchRow.measured("tag a selection, p95", "ms", p95, note));
    }

    private BenchRow measureSearch(Project project, String phrase) {
        double[] millis = new double[scale.runs()];
        int hits = 0;
        for (int run = -1; run < scale.runs(); run++) {
            long started = System.nanoTime();
            hits = project.search().phrase(phrase, 20).size();
            if (run >= 0) {
                millis[run] = (System.nanoTime() - started) / 1e6;
            }
        }
        return BenchRow.measured("corpus phrase search", "ms", millis, "\"" + phrase + "\" over "
                + scale.corpusSources() * (long) scale.sourceChars() / 1_000_000 + " MB, " + hits + " hits");
    }

    /**
     * Marginalia's CSV export as a user runs it ({@code java -jar marginalia.jar export … --format csv}, a whole
     * process: JVM start, the project's open check and the export) against {@code sqlite3 -csv} of the same rows, also
     * a whole process. The two alternate run by run, so a busy machine slows both alike.
     */
    private List<BenchRow> measureExport() throws IOException, InterruptedException {
        Path exportProject = dir.resolve("export.marginalia");
        long documentId;
        long tagId;
        try (Project project = Project.create(exportProject, Importers.standard()::read)) {
            documentId = importSources(project, 1);
            tagId = project.tags().add("exported", null, null, null).id();
        }
        addPassages(exportProject, documentId, tagId, scale.exportPassages());
        progress.accept("CSV export of " + scale.exportPassages() + " passages, java -jar and sqlite3 -csv");
        boolean sqlite = onPath("sqlite3");
        double[] ours = new double[scale.runs()];
        double[] theirs = new double[scale.runs()];
        Path csv = dir.resolve("export.csv");
        Path sqliteCsv = dir.resolve("sqlite3.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = -1; run < scale.runs(); run++) {
            double millis = timed(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LAUNCHER,
                    "export", exportProject.toString(), "--format", "csv", "--out", csv.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD), "marginalia export");
            double baseline = sqlite ? timed(new ProcessBuilder("sqlite3", "-csv", "-readonly",
                    exportProject.toString(), SQLITE_ROWS).redirectOutput(sqliteCsv.toFile()), "sqlite3") : 0;
            if (run >= 0) {
                ours[run] = millis;
                theirs[run] = baseline;
            }
        }
        List<BenchRow> rows = new ArrayList<>();
        String size = scale.exportPassages() + " passages, " + Files.size(csv) / 1024 + " KB";
        String name = "  baseline: sqlite3 -csv, same rows";
        if (!sqlite) {
            rows.add(BenchRow.measured("CSV export", "ms", ours, size + "; java -jar … export, a whole process"));
            rows.add(BenchRow.notMeasured(name, "sqlite3 is not installed"));
            return rows;
        }
        double ratio = BenchRow.percentile(ours, 50) / BenchRow.percentile(theirs, 50);
        rows.add(BenchRow.measured("CSV export", "ms", ours, size + String.format(Locale.ROOT,
                "; java -jar … export, a whole process: %.1f× sqlite3 (target ≤ 2×)", ratio)));
        rows.add(BenchRow.measured(name, "ms", theirs, "a whole process, alternating with ours; "
                + Files.size(sqliteCsv) / 1024 + " KB"));
        return rows;
    }

    /** Runs a process to its end and returns how long it took, in milliseconds. */
    private static double timed(ProcessBuilder builder, String what) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(what + " failed in the CSV export bench (exit code " + process.exitValue() + ")");
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private TextSpan randomSpan(String text) {
        int length = 20 + random.nextInt(180);
        int start = random.nextInt(Math.max(1, text.length() - length - 1));
        // Selections start on a letter, as a user's would after the trim the use case applies.
        while (start < text.length() - length && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        return new TextSpan(start, Math.min(text.length(), start + length));
    }

    static String threeWordsFrom(String text) {
        String[] words = text.substring(text.length() / 2).split("[^\\p{L}]+", 6);
        return words[1] + " " + words[2] + " " + words[3];
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, command))) {
                return true;
            }
        }
        return false;
    }
}
