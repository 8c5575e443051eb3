package org.marginalia.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.marginalia.importer.Importers;
import org.marginalia.model.ImportedSource;
import org.marginalia.project.Project;

/**
 * A child JVM for the PDF rows, so they run under their own heap limit ({@code -Xmx256m}) and their peak memory is
 * their own: {@code PdfBenchChild import|bare PDF RESULT_FILE}. It does one run each time it reads a line on its
 * standard input, so the parent can let the two sides take turns, and appends one line to the result file:
 * {@code WALL CPU GC JIT READ STORE} in
 * milliseconds (CPU of the whole process, time spent in garbage collection and JIT compilation during the run, and for
 * "import" the reading and the storing apart); at the end of its input it answers {@code rss KB}. "import" is
 * Marginalia's whole import into a fresh project (read, store, index, commit, close); "bare" is PDFBox's extraction.
 * Two more figures follow for "import": the CPU ms and the peak RSS (KiB) of the processes it started (the PDF
 * reader child a large file is read in), sampled every 50 ms; zeros when it started none.
 */
public final class PdfBenchChild {

    private PdfBenchChild() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path pdf = Path.of(args[1]);
        Path result = Path.of(args[2]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            long cpu = cpuMillis();
            long gc = gcMillis();
            long jit = jitMillis();
            long started = System.nanoTime();
            double[] parts;
            long[] children;
            try (ChildProbe probe = ChildProbe.start()) {
                parts = mode.equals("import") ? importOnce(pdf) : new double[] {extractOnce(pdf), 0};
                children = probe.stop();
            }
            double wall = (System.nanoTime() - started) / 1e6;
            answer(result, String.format(Locale.ROOT, "%.1f %d %d %d %.1f %.1f %d %d", wall, cpuMillis() - cpu,
                    gcMillis() - gc, jitMillis() - jit, parts[0], parts[1], children[0], children[1]));
        }
        answer(result, "rss " + MemoryProbe.peakRssKb());
    }

    private static void answer(Path result, String line) throws IOException {
        Files.writeString(result, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** @return ms reading the PDF, ms storing it (insert, index, commit and close) */
    private static double[] importOnce(Path pdf) throws IOException {
        Path dir = Files.createTempDirectory("marginalia-bench-");
        Path file = dir.resolve("pdf.marginalia");
        try {
            long started = System.nanoTime();
            ImportedSource source = Importers.standard().read(pdf);
            long read = System.nanoTime();
            try (Project project = Project.create(file, Importers.standard()::read)) {
                project.sources().add(source);
            }
            return new double[] {(read - started) / 1e6, (System.nanoTime() - read) / 1e6};
        } finally {
            // The project leaves a backups folder beside it on close: remove the whole tree, deepest first.
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static double extractOnce(Path pdf) throws IOException {
        long started = System.nanoTime();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (new PDFTextStripper().getText(document).isEmpty()) {
                throw new IllegalStateException("no text in " + pdf);
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }
}
