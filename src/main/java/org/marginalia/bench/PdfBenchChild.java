package org.marginalia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.marginalia.importer.Importers;
import org.marginalia.project.Project;

/**
 * A child JVM for the PDF rows, so they run under their own heap limit ({@code -Xmx256m}) and their peak memory is
 * their own: {@code PdfBenchChild import|bare PDF RUNS RESULT_FILE} writes one line of milliseconds per run, then
 * {@code rss KB}. "import" is Marginalia's whole import into a fresh project; "bare" is PDFBox's text extraction.
 */
public final class PdfBenchChild {

    private PdfBenchChild() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path pdf = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        List<String> lines = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            if (mode.equals("import")) {
                importOnce(pdf);
            } else {
                extractOnce(pdf);
            }
            lines.add(String.valueOf((System.nanoTime() - started) / 1e6));
        }
        lines.add("rss " + MemoryProbe.peakRssKb());
        Files.write(Path.of(args[3]), lines);
    }

    private static void importOnce(Path pdf) throws IOException {
        Path dir = Files.createTempDirectory("marginalia-bench-");
        Path file = dir.resolve("pdf.marginalia");
        try (Project project = Project.create(file, Importers.standard()::read)) {
            project.sources().importFile(pdf);
        } finally {
            // The project leaves a backups folder beside it on close: remove the whole tree, deepest first.
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void extractOnce(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (new PDFTextStripper().getText(document).isEmpty()) {
                throw new IllegalStateException("no text in " + pdf);
            }
        }
    }
}
