package org.marginalia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDF import of a generated many-page PDF under {@code -Xmx256m}, against a bare single-threaded PDFBox extraction
 * of the same file under the same limit. Each side runs in one child JVM that does all its runs, so the first run
 * is cold and the rest warm, as for a user importing several files.
 */
final class PdfBench {

    private static final String HEAP = "-Xmx256m";
    private static final int LINES_PER_PAGE = 45;

    private PdfBench() {
    }

    static List<BenchRow> run(Path dir, int pages, int runs) throws IOException, InterruptedException {
        Path pdf = generate(dir.resolve("bench.pdf"), pages);
        double[] imports = new double[runs];
        double[] bare = new double[runs];
        long importRss = child("import", pdf, runs, dir, imports);
        long bareRss = child("bare", pdf, runs, dir, bare);
        List<BenchRow> rows = new ArrayList<>();
        String size = pages + " pages, " + Files.size(pdf) / 1024 + " KB";
        rows.add(BenchRow.measured("PDF import (" + HEAP + ")", "ms", imports, size + "; store and index included"));
        rows.add(BenchRow.measured("  baseline: bare PDFBox extraction", "ms", bare, "same file, one thread"));
        rows.add(BenchRow.measured("  peak RSS of the PDF import child", "MiB", new double[] {importRss / 1024.0},
                "bare PDFBox child: " + bareRss / 1024 + " MiB"));
        return rows;
    }

    private static long child(String mode, Path pdf, int runs, Path dir, double[] into)
            throws IOException, InterruptedException {
        Path result = dir.resolve(mode + ".txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), PdfBenchChild.class.getName(), mode, pdf.toString(),
                String.valueOf(runs), result.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("the " + mode + " benchmark child failed with exit code " + process.exitValue());
        }
        List<String> lines = Files.readAllLines(result);
        for (int i = 0; i < into.length; i++) {
            into[i] = Double.parseDouble(lines.get(i));
        }
        return Long.parseLong(lines.get(into.length).substring("rss ".length()));
    }

    static Path generate(Path file, int pages) throws IOException {
        PseudoEnglish english = new PseudoEnglish(1954);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 740);
                    for (int line = 0; line < LINES_PER_PAGE; line++) {
                        String sentence = english.sentence();
                        content.showText(sentence.length() > 95 ? sentence.substring(0, 95) : sentence);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }
}
