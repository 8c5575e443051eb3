package org.marginalia.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.marginalia.bench.BenchTable;
import org.marginalia.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {
        "Measure speed on generated data and print a table (median and range of 5 runs).",
        "The full run takes minutes; --quick uses a twentieth of the data and 3 runs a row, within two minutes."})
final class BenchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Option(names = "--quick", description = "A twentieth of the data and 3 runs a row, for a check within two "
            + "minutes.")
    boolean quick;
    @Option(names = "--qdpx", description = "Only the .qdpx rows (1,000 / 10,000 / 100,000 codes, 60,000 codings).")
    boolean qdpxOnly;
    @Option(names = "--csv", description = "Only the CSV export rows (java -jar … export against sqlite3 -csv).")
    boolean csvOnly;
    @Option(names = "--pages", description = "Only the page rendering row (an A4 PDF page at 150 dpi).")
    boolean pagesOnly;
    @Option(names = "--archive", description = {"Only the archive rows: 10,000 sources, 200,000 passages, 500 tags "
            + "(a twentieth with --quick).", "The generated project is kept in the temporary folder for later runs."})
    boolean archive;
    @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON.") Path out;
    @Option(names = "--scale", hidden = true, description = "Data size factor (1 = full); overrides --quick.")
    Double scale;
    @Option(names = "--startup", description = "Only the window starts (first frame, fully painted demo).")
    boolean startupOnly;
    @Option(names = "--pdf", description = "Only the PDF import and page rows.")
    boolean pdfOnly;
    @Option(names = "--bigpdf", description = "Only the large PDF rows (a generated 1 GB PDF of scans; about 56 MB "
            + "with --quick).")
    boolean bigPdfOnly;
    @Option(names = "--runs", hidden = true, description = "Starts of each side with --startup (default 5).")
    int runs = 5;
    @Option(names = "--jvm-option", hidden = true, paramLabel = "OPTION",
            description = "Given to each window start with --startup, e.g. -XX:SharedArchiveFile=FILE.")
    List<String> jvmOptions = new ArrayList<>();
    @Option(names = "--scan", description = "Only the scanned PDF row (peak memory of a 200-page OCR import).")
    boolean scanOnly;
    @Option(names = "--only-analysis", description = "Only the analysis rows (co-occurrence, agreement, view data).")
    boolean onlyAnalysis;
    @Option(names = "--only-meaning", description = "Only the comparison-by-meaning rows (embedding index, reopen, "
            + "search p95) and the evaluation table against BM25 and TF-IDF.")
    boolean onlyMeaning;
    @Option(names = "--eval-dir", paramLabel = "DIR", description = "Folder of the paraphrase sets (default: "
            + "src/test/resources/compare of the source tree).")
    Path evalDir;

    @Override
    public Integer call() throws IOException {
        var writer = spec.commandLine().getOut();
        double factor = scale != null ? scale : quick ? 0.05 : 1.0;
        long started = System.nanoTime();
        // Each step with the time since the start, so a slow row shows where the whole run's minutes go.
        Consumer<String> progress = step -> {
            writer.println(String.format(Locale.ROOT, "# %5.1f s  %s", (System.nanoTime() - started) / 1e9, step));
            writer.flush();
        };
        BenchTable table = startupOnly ? Benchmarks.runStartup(runs, jvmOptions)
                : pdfOnly ? Benchmarks.runPdf(factor, progress)
                : bigPdfOnly ? Benchmarks.runBigPdf(factor, progress)
                : pagesOnly ? Benchmarks.runPages(factor)
                : scanOnly ? Benchmarks.runScan(factor, progress)
                : onlyMeaning ? Benchmarks.runMeaning(factor, evalDir, progress)
                : onlyAnalysis ? Benchmarks.runAnalysis(factor, progress)
                : qdpxOnly ? Benchmarks.runQdpx(factor, progress)
                : csvOnly ? Benchmarks.runCsv(factor, progress)
                : archive ? Benchmarks.runArchive(factor, progress) : Benchmarks.run(factor, progress);
        table.print(writer);
        if (out != null) {
            table.writeJson(out);
            writer.println("# figures written to " + out);
        }
        return 0;
    }
}
