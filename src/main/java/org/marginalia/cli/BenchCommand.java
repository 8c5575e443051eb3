package org.marginalia.cli;

import java.io.IOException;
import java.nio.file.Path;
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
        "The full run takes minutes; --quick uses a twentieth of the data."})
final class BenchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Option(names = "--quick", description = "A twentieth of the data, for a check within about a minute.")
    boolean quick;
    @Option(names = "--qdpx", description = "Only the .qdpx rows (1,000 / 10,000 / 100,000 codes, 60,000 codings).")
    boolean qdpxOnly;
    @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON.") Path out;
    @Option(names = "--scale", hidden = true, description = "Data size factor (1 = full); overrides --quick.")
    Double scale;
    @Option(names = "--scan", description = "Only the scanned PDF row (peak memory of a 200-page OCR import).")
    boolean scanOnly;
    @Option(names = "--only-analysis", description = "Only the analysis rows (co-occurrence, agreement, view data).")
    boolean onlyAnalysis;

    @Override
    public Integer call() throws IOException {
        var writer = spec.commandLine().getOut();
        double factor = scale != null ? scale : quick ? 0.05 : 1.0;
        Consumer<String> progress = step -> {
            writer.println("# " + step);
            writer.flush();
        };
        BenchTable table = onlyAnalysis ? Benchmarks.runAnalysis(factor, progress)
                : qdpxOnly ? Benchmarks.runQdpx(factor, progress)
                : scanOnly ? Benchmarks.runScan(factor, progress) : Benchmarks.run(factor, progress);
        table.print(writer);
        if (out != null) {
            table.writeJson(out);
            writer.println("# figures written to " + out);
        }
        return 0;
    }
}
