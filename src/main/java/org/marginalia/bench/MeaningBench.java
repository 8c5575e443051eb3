package org.marginalia.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.marginalia.compare.CompareBenchmark;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.project.CompareProgress;
import org.marginalia.project.Project;

/**
 * Comparison by meaning through the project, as the window uses it: embedding every sentence of a source and storing
 * the vectors (once per text), opening the project again and answering the first search from the stored vectors
 * (counting the sentences embedded then, which must be none), and searches that embed their passage. The process's
 * CPU time is given beside the wall time: ONNX Runtime works on threads of its own, and on a shared machine the wall
 * time also counts waiting for a core.
 */
final class MeaningBench {

    private static final int QUERIES = 200;

    private MeaningBench() {
    }

    static List<BenchRow> run(Path dir, int words, Consumer<String> progress) {
        progress.accept("sentence embeddings of a " + words + "-word source");
        CompareBenchmark.Synthetic synthetic = CompareBenchmark.synthetic(11, words);
        Path file = dir.resolve("meaning.marginalia");
        long id;
        double indexMillis;
        double indexCpuMillis;
        try (Project project = Project.create(file, path -> {
            throw new IllegalStateException("the meaning bench imports nothing from files");
        })) {
            id = project.sources().add(source(synthetic.text())).document().id();
            long started = System.nanoTime();
            long cpuStarted = cpuNanos();
            boolean done = project.compare().prepareMeaning(id, CompareProgress.NONE);
            indexMillis = (System.nanoTime() - started) / 1e6;
            indexCpuMillis = (cpuNanos() - cpuStarted) / 1e6;
            if (!done) {
                return List.of(BenchRow.notMeasured(Benchmarks.ROWS.get(Benchmarks.MEANING_INDEX),
                        project.compare().notice().orElse("the source is not English")),
                        BenchRow.notMeasured(Benchmarks.ROWS.get(Benchmarks.MEANING_INDEX + 1), "no vectors"),
                        BenchRow.notMeasured(Benchmarks.ROWS.get(Benchmarks.MEANING_INDEX + 2), "no vectors"));
            }
        }
        double reopenMillis;
        double reopenCpuMillis;
        double firstSearchMillis;
        long[] embeddedOnReopen = new long[1];
        double[] millis = new double[QUERIES];
        double[] cpuMillis = new double[QUERIES];
        int top1 = 0;
        long started = System.nanoTime();
        long cpuStarted = cpuNanos();
        try (Project project = Project.open(file, path -> {
            throw new IllegalStateException("the meaning bench imports nothing from files");
        })) {
            project.compare().prepareMeaning(id, new CompareProgress() {
                @Override
                public void update(long done, long total) {
                    embeddedOnReopen[0] = done;
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
            project.compare().text(id);
            reopenMillis = (System.nanoTime() - started) / 1e6;
            reopenCpuMillis = (cpuNanos() - cpuStarted) / 1e6;
            long firstStarted = System.nanoTime();
            project.compare().counterparts(synthetic.passages().get(0), id, 3);
            firstSearchMillis = (System.nanoTime() - firstStarted) / 1e6;
            Random random = new Random(5);
            for (int q = 0; q < QUERIES; q++) {
                int pick = random.nextInt(synthetic.passages().size());
                long before = System.nanoTime();
                long cpuBefore = cpuNanos();
                var found = project.compare().counterparts(synthetic.passages().get(pick), id, 3);
                millis[q] = (System.nanoTime() - before) / 1e6;
                cpuMillis[q] = (cpuNanos() - cpuBefore) / 1e6;
                top1 += !found.isEmpty() && found.get(0).span().overlaps(synthetic.originals().get(pick)) ? 1 : 0;
            }
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        int p95 = (int) Math.ceil(QUERIES * 0.95) - 1;
        String note = words + " words, vectors stored in the project";
        return List.of(BenchRow.measured(Benchmarks.ROWS.get(Benchmarks.MEANING_INDEX), "ms",
                        new double[] {indexMillis}, String.format(Locale.ROOT, "%s; e5-small-v2; CPU %.0f ms", note,
                                indexCpuMillis)),
                BenchRow.measured(Benchmarks.ROWS.get(Benchmarks.MEANING_INDEX + 1), "ms",
                        new double[] {reopenMillis}, String.format(Locale.ROOT, "open the project, read the vectors, "
                                + "index; %d sentences embedded again; CPU %.0f ms; then the first search, which loads "
                                + "the model, %.0f ms", embeddedOnReopen[0], reopenCpuMillis, firstSearchMillis)),
                BenchRow.measured(Benchmarks.ROWS.get(Benchmarks.MEANING_INDEX + 2), "ms",
                        new double[] {millis[p95]}, String.format(Locale.ROOT, "the query embedded each time; median "
                                + "%.1f ms; CPU p95 %.1f ms, median %.1f ms; top-1 %.2f on the synthetic paraphrase",
                                millis[QUERIES / 2], cpuMillis[p95], cpuMillis[QUERIES / 2],
                                (double) top1 / QUERIES)));
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static ImportedSource source(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new ImportedSource(SourceMetadata.titled("Synthetic paraphrase"), SourceType.TEXT, "synthetic.txt",
                    bytes, sha, text, PageStarts.none());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
