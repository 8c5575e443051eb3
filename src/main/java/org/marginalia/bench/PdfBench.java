package org.marginalia.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDF import of a generated many-page PDF under {@code -Xmx256m}, against a bare single-threaded PDFBox extraction
 * of the same file under the same limit. Each side runs in one child JVM of its own that stays up for all its runs;
 * the two take turns run by run, so that load from other processes falls on both alike. A warm-up run of each is
 * not counted (the first import in a window is no colder than that: the window's JVM is already running), and each
 * run reports its CPU, garbage collection and JIT time, which say where the spread of the wall clock comes from.
 */
final class PdfBench {

    private static final String HEAP = "-Xmx256m";
    private static final int LINES_PER_PAGE = 45;
    private static final long POLL_MS = 5;

    private PdfBench() {
    }

    /** One child JVM that does a run each time it is asked. */
    static final class Child implements AutoCloseable {

        private final Process process;
        private final Path result;
        private final String mode;
        private int asked;

        Child(String mode, Path pdf, Path dir) throws IOException {
            this.mode = mode;
            this.result = dir.resolve(mode + ".txt");
            Files.deleteIfExists(result);
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                    "-cp", System.getProperty("java.class.path"), PdfBenchChild.class.getName(), mode,
                    pdf.toString(), result.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        }

        /** @return wall, CPU, GC, JIT, read and store ms of one run */
        double[] once() throws IOException, InterruptedException {
            OutputStream in = process.getOutputStream();
            in.write("run\n".getBytes(StandardCharsets.US_ASCII));
            in.flush();
            asked++;
            List<String> lines = await(asked);
            String[] fields = lines.get(asked - 1).split(" ");
            double[] figures = new double[fields.length];
            for (int i = 0; i < fields.length; i++) {
                figures[i] = Double.parseDouble(fields[i]);
            }
            return figures;
        }

        private List<String> await(int count) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
            while (System.nanoTime() < deadline) {
                if (Files.exists(result)) {
                    List<String> lines = Files.readAllLines(result);
                    if (lines.size() >= count) {
                        return lines;
                    }
                }
                if (!process.isAlive()) {
                    throw new IOException("the " + mode + " benchmark child stopped with exit code "
                            + process.exitValue());
                }
                Thread.sleep(POLL_MS);
            }
            throw new IOException("the " + mode + " benchmark child took over 30 minutes");
        }

        /** Ends the child's input and returns its peak RSS in KiB. */
        long finish() throws IOException, InterruptedException {
            process.getOutputStream().close();
            List<String> lines = await(asked + 1);
            return Long.parseLong(lines.get(asked).substring("rss ".length()));
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    static List<BenchRow> run(Path dir, int pages, int runs) throws IOException, InterruptedException {
        Path pdf = generate(dir.resolve("bench.pdf"), pages);
        double[][] imports = new double[runs][];
        double[][] bare = new double[runs][];
        long importRss;
        long bareRss;
        try (Child importer = new Child("import", pdf, dir); Child pdfbox = new Child("bare", pdf, dir)) {
            importer.once();
            pdfbox.once();
            for (int run = 0; run < runs; run++) {
                imports[run] = importer.once();
                bare[run] = pdfbox.once();
            }
            importRss = importer.finish();
            bareRss = pdfbox.finish();
        }
        double[] ratios = new double[runs];
        for (int run = 0; run < runs; run++) {
            ratios[run] = imports[run][0] / bare[run][0];
        }
        List<BenchRow> rows = new ArrayList<>();
        String size = pages + " pages, " + Files.size(pdf) / 1024 + " KB";
        rows.add(BenchRow.measured("PDF import (" + HEAP + ")", "ms", column(imports, 0), String.format(Locale.ROOT,
                "%s; store and index included; %.2f× bare (median of per-turn ratios, %.2f-%.2f); %s; read %s, "
                        + "store %s", size, BenchRow.percentile(ratios, 50), min(ratios), max(ratios),
                spread(imports), summary(column(imports, 4)), summary(column(imports, 5)))));
        rows.add(BenchRow.measured("  baseline: bare PDFBox extraction", "ms", column(bare, 0),
                "same file, one thread; " + spread(bare)));
        rows.add(BenchRow.measured("  peak RSS of the PDF import child", "MiB", new double[] {importRss / 1024.0},
                "bare PDFBox child: " + bareRss / 1024 + " MiB"));
        return rows;
    }

    private static String spread(double[][] runs) {
        return "CPU " + summary(column(runs, 1)) + ", GC " + summary(column(runs, 2)) + ", JIT "
                + summary(column(runs, 3));
    }

    private static String summary(double[] values) {
        return String.format(Locale.ROOT, "%.0f (%.0f-%.0f) ms", BenchRow.percentile(values, 50), min(values),
                max(values));
    }

    private static double[] column(double[][] runs, int index) {
        double[] column = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            column[i] = runs[i][index];
        }
        return column;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
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
