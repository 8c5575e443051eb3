package org.marginalia.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Peak memory of importing a scanned PDF (every page an image, no text layer), read by OCR one page at a time, in a
 * child JVM under {@value #HEAP} so the figure is the import's own: resident set, Tesseract's native memory included.
 */
final class ScanBench {

    static final String ROW = "scanned PDF import, 200 pages (peak RSS)";
    static final String HEAP = "-Xmx256m";
    private static final int FULL_PAGES = 200;
    private static final int DPI = 150;
    private static final int LINES = 12;
    private static final int LINE_CHARS = 60;

    private ScanBench() {
    }

    static BenchRow run(Path dir, double factor) throws IOException, InterruptedException {
        // A quick run reads half its share (5 pages, not 10): OCR is a second or more a page, and at 10 pages this
        // one row took a quarter of a quick run. The note gives the pages read.
        int pages = Math.max(2, (int) Math.round(FULL_PAGES * factor * (factor < 1 ? 0.5 : 1)));
        Path pdf = dir.resolve("scanned.pdf");
        write(pdf, pages);
        Path result = dir.resolve("scan-result.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), ScanBenchChild.class.getName(), pdf.toString(),
                dir.resolve("scanned.marginalia").toString(), result.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("the scanned PDF benchmark child failed");
        }
        String[] lines = Files.readAllLines(result).toArray(String[]::new);
        double rssMb = Long.parseLong(lines[1].substring(4)) / 1024.0;
        return BenchRow.measured(ROW, "MiB", new double[] {rssMb}, String.format(Locale.ROOT,
                "%d pages (%.1f MB file) in %.0f s, %s; %s; target 400 MiB", pages, Files.size(pdf) / 1e6,
                Double.parseDouble(lines[0]) / 1000, HEAP, lines[2]));
    }

    /** A PDF of {@code pages} page images at 150 dpi, each a dozen lines of typed text, without a text layer. */
    private static void write(Path pdf, int pages) throws IOException {
        PseudoEnglish words = new PseudoEnglish(29);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(document, pageImage(words));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(pdf.toFile());
        }
    }

    private static BufferedImage pageImage(PseudoEnglish words) {
        String text = words.text(LINE_CHARS * LINES);
        List<String> lines = new ArrayList<>();
        for (int from = 0; from < text.length() && lines.size() < LINES; from += LINE_CHARS) {
            lines.add(text.substring(from, Math.min(text.length(), from + LINE_CHARS)));
        }
        return OcrBench.page(lines, DPI);
    }
}
