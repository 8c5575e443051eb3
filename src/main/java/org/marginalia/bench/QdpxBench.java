package org.marginalia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The .qdpx rows: import, {@code list tags} and .qdpx export of generated projects of 1,000, 10,000 and 100,000
 * codes (one coding each), and an import of 60,000 codings, each step in its own child JVM under {@code -Xmx256m} so
 * its peak resident memory is its own. One run per size: the growth from size to size is what these rows show.
 */
final class QdpxBench {

    static final String HEAP = "-Xmx256m";

    private QdpxBench() {
    }

    static List<BenchRow> run(Path dir, double factor, Consumer<String> progress)
            throws IOException, InterruptedException {
        List<BenchRow> rows = new ArrayList<>();
        for (int codes : new int[] {1_000, 10_000, 100_000}) {
            int scaled = Math.max(100, (int) (codes * Math.min(1, factor)));
            progress.accept(".qdpx with " + scaled + " codes, in child JVMs");
            Path qdpx = QdpxFixture.generate(dir.resolve("codes-" + codes + ".qdpx"), scaled, scaled);
            Path project = dir.resolve("codes-" + codes + ".marginalia");
            String size = String.format(Locale.ROOT, "%,d codes", codes);
            String actual = scaled == codes ? "" : String.format(Locale.ROOT, "scaled to %,d codes; ", scaled);
            rows.add(row("qdpx import, " + size, actual, child("import", qdpx, project, dir)));
            rows.add(row("list tags, " + size, actual, child("list", qdpx, project, dir)));
            rows.add(row("qdpx export, " + size, actual, child("export", qdpx, project, dir)));
        }
        int codings = Math.max(1_000, (int) (60_000 * Math.min(1, factor)));
        progress.accept(".qdpx with " + codings + " codings, in a child JVM");
        Path qdpx = QdpxFixture.generate(dir.resolve("codings.qdpx"), 600, codings);
        rows.add(row("qdpx import, 60,000 codings", codings == 60_000 ? ""
                : String.format(Locale.ROOT, "scaled to %,d codings; ", codings),
                child("import", qdpx, dir.resolve("codings.marginalia"), dir)));
        return rows;
    }

    private static BenchRow row(String name, String scaled, String[] result) {
        return BenchRow.measured(name, "ms", new double[] {Double.parseDouble(result[0])},
                String.format(Locale.ROOT, "%speak RSS %.0f MiB (%s); %s", scaled,
                        Long.parseLong(result[1].substring(4)) / 1024.0, HEAP, result[2]));
    }

    private static String[] child(String mode, Path qdpx, Path project, Path dir)
            throws IOException, InterruptedException {
        Path result = dir.resolve(mode + "-result.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), QdpxBenchChild.class.getName(), mode, qdpx.toString(),
                project.toString(), result.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("the qdpx " + mode + " benchmark child failed with exit code "
                    + process.exitValue());
        }
        return Files.readAllLines(result).toArray(String[]::new);
    }
}
