package org.marginalia.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        int pages = Math.max(2, (int) Math.round(FULL_PAGES * factor));
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
        int width = Math.round(PDRectangle.A4.getWidth() / 72 * DPI);
        int height = Math.round(PDRectangle.A4.getHeight() / 72 * DPI);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int size = 12 * DPI / 72;
        g.setFont(new Font("DejaVu Serif", Font.PLAIN, size));
        String text = words.text(LINE_CHARS * LINES);
        for (int line = 0; line < LINES; line++) {
            int from = Math.min(text.length(), line * LINE_CHARS);
            String row = text.substring(from, Math.min(text.length(), from + LINE_CHARS));
            g.drawString(row, DPI, DPI + size * 3 / 2 * (line + 1));
        }
        g.dispose();
        return image;
    }
}
