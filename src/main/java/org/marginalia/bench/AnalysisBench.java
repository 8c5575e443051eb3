package org.marginalia.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.marginalia.analysis.CooccurrenceCounter;
import org.marginalia.analysis.CooccurrenceUnit;
import org.marginalia.analysis.Selection;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;
import org.marginalia.project.CodingSnapshot;
import org.marginalia.project.Project;
import org.marginalia.project.SecondCoder;
import org.marginalia.store.ProjectFile;

/**
 * The analysis rows, on a project of 100 tags and 100,000 passages (at scale 1) spread over ten sources: the
 * co-occurrence matrix, the agreement with a second coder whose copy has every boundary moved a little, and what the
 * Analysis view computes before its first paint. Passages are written straight to the store, as in
 * {@link CorpusBench}.
 */
final class AnalysisBench {

    static final int TAGS = 100;
    private static final int SOURCES = 10;

    private final Path dir;
    private final BenchScale scale;
    private final Consumer<String> progress;
    private final Random random = new Random(15);

    AnalysisBench(Path dir, BenchScale scale, Consumer<String> progress) {
        this.dir = dir;
        this.scale = scale;
        this.progress = progress;
    }

    List<BenchRow> run() throws IOException {
        int passages = scale.exportPassages();
        Path first = dir.resolve("coder-a.marginalia");
        progress.accept("building a project of " + TAGS + " tags and " + passages + " passages");
        build(first, passages);
        Path second = Files.copy(first, dir.resolve("coder-b.marginalia"));
        jitter(second);
        String size = TAGS + " tags, " + passages + " passages";
        try (Project project = Project.open(first, Importers.standard()::read)) {
            CodingSnapshot coding = project.analysis().coding();
            double[] matrix = new double[scale.runs()];
            double[] agreement = new double[scale.runs()];
            double[] view = new double[scale.runs()];
            // CPU time of this thread (SQLite runs in it too): on a shared machine the wall clock mostly measures
            // waiting for a core, so the notes give both.
            double[][] cpu = new double[3][scale.runs()];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            String kappa = "";
            for (int run = -1; run < scale.runs(); run++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                CooccurrenceCounter.count(coding.tagIds(), coding.passages(), id -> "",
                        CooccurrenceUnit.OVERLAPPING, Selection.everything());
                long counted = System.nanoTime();
                long cpu1 = threads.getCurrentThreadCpuTime();
                SecondCoder other = project.analysis().openSecondCoder(second, coding);
                double k = project.analysis().agreement(coding, other, null, false).overall().cohensKappa();
                long agreed = System.nanoTime();
                long cpu2 = threads.getCurrentThreadCpuTime();
                CodingSnapshot fresh = project.analysis().coding();
                project.analysis().codeCounts(fresh, Selection.everything());
                project.analysis().cooccurrence(fresh, CooccurrenceUnit.OVERLAPPING, Selection.everything());
                project.analysis().timeline(fresh, Selection.everything());
                long viewed = System.nanoTime();
                long cpu3 = threads.getCurrentThreadCpuTime();
                if (run >= 0) {
                    cpu[0][run] = (cpu1 - cpu0) / 1e6;
                    cpu[1][run] = (cpu2 - cpu1) / 1e6;
                    cpu[2][run] = (cpu3 - cpu2) / 1e6;
                    matrix[run] = (counted - started) / 1e6;
                    agreement[run] = (agreed - counted) / 1e6;
                    view[run] = (viewed - agreed) / 1e6;
                }
                kappa = String.format(Locale.ROOT, "overall kappa %.3f", k);
            }
            return List.of(
                    BenchRow.measured(MATRIX, "ms", matrix,
                            size + ", unit: overlapping passages; " + cpu(cpu[0]) + "; target ≤ 1000 ms"),
                    BenchRow.measured(AGREEMENT, "ms", agreement, passages + " passages per coder, reading the "
                            + "second project included; " + kappa + "; " + cpu(cpu[1]) + "; target ≤ 2000 ms"),
                    BenchRow.measured(VIEW, "ms", view, size + ": read + counts + matrix + timeline, the work "
                            + "done off the FX thread, paint not measured; " + cpu(cpu[2]) + "; target ≤ 1500 ms"));
        }
    }

    private static String cpu(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "CPU median %.0f ms", sorted[sorted.length / 2]);
    }

    static final String MATRIX = "analysis: co-occurrence matrix";
    static final String AGREEMENT = "analysis: agreement of two coders";
    static final String VIEW = "analysis: Analysis view data";

    private void build(Path file, int passages) throws IOException {
        PseudoEnglish english = new PseudoEnglish(2015);
        int chars = Math.max(2_000, passages * 40 / SOURCES);
        List<Long> sources = new ArrayList<>();
        List<Long> tags = new ArrayList<>();
        try (Project project = Project.create(file, Importers.standard()::read)) {
            for (int i = 0; i < SOURCES; i++) {
                Path text = Files.writeString(dir.resolve("analysis-" + i + ".txt"), english.text(chars));
                sources.add(project.sources().importFile(text).document().id());
                Files.delete(text);
            }
            for (int i = 0; i < TAGS; i++) {
                tags.add(project.tags().add("theme " + i, null, i >= 10 ? "theme " + (i % 10) : null, null).id());
            }
        }
        try (ProjectFile store = ProjectFile.open(file)) {
            Instant now = Instant.parse("2001-06-16T12:00:00Z");
            store.inTransaction(tx -> {
                List<String> texts = new ArrayList<>();
                for (long id : sources) {
                    texts.add(tx.documents().text(id));
                }
                for (int i = 0; i < passages; i++) {
                    int source = i % SOURCES;
                    String text = texts.get(source);
                    int start = random.nextInt(text.length() - 400);
                    TextSpan span = new TextSpan(start, start + 20 + random.nextInt(300));
                    long id = tx.annotations().insert(new Annotation(0, sources.get(source), span, span.of(text),
                            "", "", "", "bench", now, now, List.of()));
                    tx.annotationTags().add(id, tags.get(random.nextInt(TAGS)));
                    if (random.nextInt(4) == 0) {
                        tx.annotationTags().add(id, tags.get(random.nextInt(TAGS)));
                    }
                }
                return null;
            });
        }
    }

    /** The second coder marked the same passages, each boundary a few characters off. */
    private void jitter(Path file) {
        try (ProjectFile store = ProjectFile.open(file)) {
            Instant now = Instant.parse("2001-06-17T12:00:00Z");
            store.inTransaction(tx -> {
                for (Annotation a : tx.annotations().all()) {
                    int start = Math.max(0, a.span().start() + random.nextInt(11) - 5);
                    int end = Math.max(start + 1, a.span().end() + random.nextInt(11) - 5);
                    tx.annotations().updateSpan(a.id(), new TextSpan(start, end), a.quote(), "", "", now);
                }
                return null;
            });
        }
    }
}
