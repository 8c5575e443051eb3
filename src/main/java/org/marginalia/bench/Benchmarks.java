package org.marginalia.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marginalia.compare.CompareBenchmark;

/**
 * The figures of the {@code bench} command, measured on data generated from fixed seeds: the same data on every
 * machine, so figures from two machines compare. Each row has at least five runs after a warm-up run; the data lives
 * in a temporary folder removed afterwards.
 */
public final class Benchmarks {

    /** Every row name, in table order; a test checks the table against it. */
    public static final List<String> ROWS = List.of(StartupBench.FIRST_FRAME, StartupBench.EMPTY_STAGE_ROW,
            StartupBench.PAINTED, StartupBench.RSS, StartupBench.FIRST_RUN, StartupBench.FIRST_RUN_RSS,
            "open a source (text + passages)",
            "tag a selection, p50", "tag a selection, p95", "corpus phrase search", "CSV export",
            "  baseline: sqlite3 -csv, same rows", "PDF import (-Xmx256m)", "  baseline: bare PDFBox extraction",
            "  peak RSS of the PDF import child", BigPdfBench.ROW, BigPdfBench.BASELINE, BigPdfBench.MEMORY,
            PageBench.ROW, PageBench.BASELINE, "compare: index the paraphrase",
            "compare: counterpart search, median", "compare: counterpart search, p95",
            "compare: embed and store every sentence", "compare: reopen and first search",
            "compare: search by meaning, p95", EvaluationBench.ROWS.get(0), EvaluationBench.ROWS.get(1),
            EvaluationBench.ROWS.get(2), AnalysisBench.MATRIX, AnalysisBench.AGREEMENT, AnalysisBench.VIEW,
            "qdpx import, 1,000 codes", "list tags, 1,000 codes", "qdpx export, 1,000 codes",
            "qdpx import, 10,000 codes", "list tags, 10,000 codes", "qdpx export, 10,000 codes",
            "qdpx import, 100,000 codes", "list tags, 100,000 codes", "qdpx export, 100,000 codes",
            "qdpx import, 60,000 codings", "OCR of an A4 page at 300 dpi", PageRenderBench.ROW, ScanBench.ROW,
            "peak RSS of this JVM", "peak heap of this JVM");

    /** Index in {@link #ROWS} of the first of the three meaning rows. */
    static final int MEANING_INDEX = ROWS.indexOf("compare: embed and store every sentence");

    private static final int RUNS = 5;
    private static final int QUICK_RUNS = 3;

    private Benchmarks() {
    }

    /**
     * @param factor 1 for the full sizes; {@code --quick} uses 0.05
     * @param progress told what is being built, for a user watching a long run
     */
    public static BenchTable run(double factor, Consumer<String> progress) {
        // A quick run takes three runs a row where each run starts processes or reads OCR (the table says so in
        // each row's run count), and embeds a smaller text for the meaning rows (their note gives the words).
        int runs = factor < 1 ? QUICK_RUNS : RUNS;
        BenchScale scale = new BenchScale(factor, runs);
        return inTemporaryFolder(dir -> {
            List<BenchRow> rows = new ArrayList<>();
            progress.accept("window starts, in child JVMs");
            rows.addAll(StartupBench.run(dir, runs, List.of()));
            rows.addAll(new CorpusBench(dir, scale, progress).run());
            progress.accept("PDF of " + scale.pdfPages() + " pages, in child JVMs");
            rows.addAll(PdfBench.run(dir, scale.pdfPages(), runs));
            progress.accept("a large PDF of scans, in child JVMs");
            rows.addAll(BigPdfBench.run(dir, factor));
            progress.accept("a 5,000-page source, page by page");
            rows.addAll(PageBench.run(dir, scale.pageChars(), runs));
            progress.accept("comparison of " + scale.compareWords() + "-word texts");
            rows.addAll(compare(scale));
            rows.addAll(MeaningBench.run(dir, scale.meaningWords(), progress));
            rows.addAll(factor >= 1 ? EvaluationBench.run(EvaluationBench.DEFAULT_SETS, progress)
                    : EvaluationBench.notMeasured("a quick run skips it; bench --only-meaning runs it"));
            rows.addAll(new AnalysisBench(dir, scale, progress).run());
            rows.addAll(QdpxBench.run(dir, factor, progress));
            progress.accept("OCR of an A4 page");
            rows.add(OcrBench.run(ROWS.get(ROWS.indexOf("OCR of an A4 page at 300 dpi")), runs));
            progress.accept("drawing an A4 PDF page");
            rows.add(PageRenderBench.run(runs));
            progress.accept("scanned PDF import, in a child JVM");
            rows.add(ScanBench.run(dir, factor));
            rows.add(BenchRow.measured(ROWS.get(ROWS.size() - 2), "MiB",
                    new double[] {MemoryProbe.peakRssKb() / 1024.0},
                    "VmHWM; the heap limit is " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB"));
            rows.add(BenchRow.measured(ROWS.get(ROWS.size() - 1), "MiB", new double[] {MemoryProbe.peakHeapMb()},
                    "sum of the heap pools' peaks"));
            return new BenchTable(rows, machine(factor) + (factor < 1 ? ", quick: " + QUICK_RUNS
                    + " runs a row, meaning rows on " + scale.meaningWords() + " words" : ""));
        });
    }

    /** The page rendering row alone ({@code bench --pages}). */
    public static BenchTable runPages(double factor) {
        return new BenchTable(List.of(PageRenderBench.run(RUNS)), machine(factor));
    }

    /** The .qdpx rows alone ({@code bench --qdpx}). */
    public static BenchTable runQdpx(double factor, Consumer<String> progress) {
        return inTemporaryFolder(dir -> new BenchTable(QdpxBench.run(dir, factor, progress), machine(factor)));
    }

    /** The CSV export rows alone ({@code bench --csv}): whole processes, ours against {@code sqlite3 -csv}. */
    public static BenchTable runCsv(double factor, Consumer<String> progress) {
        BenchScale scale = new BenchScale(factor, RUNS);
        return inTemporaryFolder(dir -> new BenchTable(new CorpusBench(dir, scale, progress).exportRows(),
                machine(factor)));
    }

    /** The archive rows alone ({@code bench --archive}); the generated archive is cached between runs. */
    public static BenchTable runArchive(double factor, Consumer<String> progress) {
        return inTemporaryFolder(dir -> new BenchTable(ArchiveBench.run(dir, factor, RUNS, progress),
                machine(factor)));
    }

    /**
     * The window-start rows alone ({@code bench --startup}), with {@code runs} starts of each side.
     *
     * @param jvmOptions given to every child JVM, e.g. a class-data archive to measure what it gives
     */
    public static BenchTable runStartup(int runs, List<String> jvmOptions) {
        return inTemporaryFolder(dir -> new BenchTable(StartupBench.run(dir, runs, jvmOptions), machine(1)));
    }

    /** The PDF import and page rows alone ({@code bench --pdf}). */
    public static BenchTable runPdf(double factor, Consumer<String> progress) {
        BenchScale scale = new BenchScale(factor, RUNS);
        return inTemporaryFolder(dir -> {
            progress.accept("PDF of " + scale.pdfPages() + " pages, in child JVMs");
            List<BenchRow> rows = new ArrayList<>(PdfBench.run(dir, scale.pdfPages(), RUNS));
            progress.accept("a 5,000-page source, page by page");
            rows.addAll(PageBench.run(dir, scale.pageChars(), RUNS));
            return new BenchTable(rows, machine(factor));
        });
    }

    /** The large PDF rows alone ({@code bench --bigpdf}): a 1 GB PDF of scans, a small one with --quick. */
    public static BenchTable runBigPdf(double factor, Consumer<String> progress) {
        return inTemporaryFolder(dir -> {
            progress.accept("a large PDF of scans, in child JVMs");
            return new BenchTable(BigPdfBench.run(dir, factor), machine(factor));
        });
    }

    /** Work that generates its data into a folder. */
    @FunctionalInterface
    private interface InFolder {
        BenchTable run(Path dir) throws IOException, InterruptedException;
    }

    private static BenchTable inTemporaryFolder(InFolder work) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("marginalia-bench-");
            return work.run(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } finally {
            deleteRecursively(dir);
        }
    }

    /**
     * Only the comparison-by-meaning rows and the evaluation table ({@code bench --only-meaning}), the sets read from
     * {@code sets} (null: the source tree's test resources).
     */
    public static BenchTable runMeaning(double factor, Path sets, Consumer<String> progress) {
        BenchScale scale = new BenchScale(factor, RUNS);
        return inTemporaryFolder(dir -> {
            List<BenchRow> rows = new ArrayList<>(MeaningBench.run(dir, scale.compareWords(), progress));
            rows.addAll(EvaluationBench.run(sets == null ? EvaluationBench.DEFAULT_SETS : sets, progress));
            return new BenchTable(rows, machine(factor));
        });
    }

    /** The scanned PDF row alone ({@code bench --scan}): 200 pages, 10 with {@code --quick}. */
    public static BenchTable runScan(double factor, Consumer<String> progress) {
        progress.accept("scanned PDF import, in a child JVM");
        return inTemporaryFolder(dir -> new BenchTable(List.of(ScanBench.run(dir, factor)), machine(factor)));
    }

    /** Only the analysis rows, for a quick look at them ({@code bench --only-analysis}). */
    public static BenchTable runAnalysis(double factor, Consumer<String> progress) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("marginalia-bench-");
            return new BenchTable(new AnalysisBench(dir, new BenchScale(factor, RUNS), progress).run(),
                    machine(factor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(dir);
        }
    }

    private static List<BenchRow> compare(BenchScale scale) {
        double[] index = new double[RUNS];
        double[] median = new double[RUNS];
        double[] p95 = new double[RUNS];
        String accuracy = "";
        for (int run = 0; run < RUNS; run++) {
            CompareBenchmark.Result result = CompareBenchmark.run(run + 1, scale.compareWords());
            index[run] = result.indexMillis();
            median[run] = result.medianQueryMillis();
            p95[run] = result.p95QueryMillis();
            accuracy = String.format(Locale.ROOT, "top-1 %.2f, top-3 %.2f (last seed)", result.top1Accuracy(),
                    result.top3Accuracy());
        }
        String words = scale.compareWords() + " words";
        int first = ROWS.indexOf("compare: index the paraphrase");
        return List.of(BenchRow.measured(ROWS.get(first), "ms", index, words + ", seeds 1-5"),
                BenchRow.measured(ROWS.get(first + 1), "ms", median, accuracy),
                BenchRow.measured(ROWS.get(first + 2), "ms", p95, "200 searches a seed"));
    }

    private static String machine(double factor) {
        return String.format(Locale.ROOT, "Marginalia bench, scale %s: %s %s, %d cores, Java %s, heap limit %d MiB",
                factor, System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    static void deleteRecursively(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover in the temporary folder is harmless; the figures matter more than failing here.
        }
    }
}
