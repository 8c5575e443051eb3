package org.marginalia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Import of one large PDF of scans (1 GB at full size; {@code --quick} stays just over the size from which PDFs are
 * read where they lie, so that it takes the same way), against bare PDFBox text extraction of the same file in the
 * same run. One run of each: a gigabyte read twice more would add minutes and tell little more. The importing JVM
 * runs under {@code -Xmx256m}; the PDF reader child it starts has its own heap cap, and its CPU and peak RSS are
 * reported beside the importer's own.
 */
final class BigPdfBench {

    static final String ROW = "large PDF import (-Xmx256m)";
    static final String BASELINE = "  baseline: bare PDFBox extraction, same file";
    static final String MEMORY = "  peak RSS: importer, PDF reader child";
    private static final long FULL_BYTES = 1_000_000_000L;
    /** Just over the 50 MiB from which PDFs are read from their file. */
    private static final long SMALLEST_BYTES = 56L * 1024 * 1024;

    private BigPdfBench() {
    }

    static List<BenchRow> run(Path parent, double factor) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(parent.resolve("bigpdf"));
        Path pdf = dir.resolve("archive-scans.pdf");
        long started = System.nanoTime();
        int pages = BigPdf.write(pdf, Math.max(SMALLEST_BYTES, (long) (FULL_BYTES * factor)));
        double generated = (System.nanoTime() - started) / 1e9;
        double[] imported;
        double[] bare;
        long importRss;
        long bareRss;
        try (PdfBench.Child importer = new PdfBench.Child("import", pdf, dir)) {
            imported = importer.once();
            importRss = importer.finish();
        }
        try (PdfBench.Child pdfbox = new PdfBench.Child("bare", pdf, dir)) {
            bare = pdfbox.once();
            bareRss = pdfbox.finish();
        }
        long size = Files.size(pdf);
        Files.deleteIfExists(pdf);
        String what = String.format(Locale.ROOT, "%,d pages, %,d MB (written in %.1f s)", pages, size / 1_000_000,
                generated);
        return List.of(
                BenchRow.measured(ROW, "ms", new double[] {imported[0]}, String.format(Locale.ROOT,
                        "%s; %.2f× bare; CPU %.0f ms here + %.0f ms in the PDF reader child; read %.0f ms, store "
                                + "%.0f ms (original kept in 4 MiB pieces, index, commit)", what,
                        imported[0] / bare[0], imported[1], imported[6], imported[4], imported[5])),
                BenchRow.measured(BASELINE, "ms", new double[] {bare[0]},
                        String.format(Locale.ROOT, "one thread, CPU %.0f ms; peak RSS %,d MiB", bare[1],
                                bareRss / 1024)),
                BenchRow.measured(MEMORY, "MiB", new double[] {importRss / 1024.0}, String.format(Locale.ROOT,
                        "PDF reader child (heap cap -Xmx1g): %,d MiB", (long) imported[7] / 1024)));
    }
}
