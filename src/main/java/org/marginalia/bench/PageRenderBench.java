package org.marginalia.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.marginalia.importer.render.PageRenderer;
import org.marginalia.model.PageImage;

/**
 * Drawing a dense A4 PDF page at 150 dpi, as the page beside the text does: the file is loaded and the page drawn
 * on every run (the window keeps no open PDF), after one warm-up run.
 */
final class PageRenderBench {

    static final String ROW = "page rendering at 150 dpi (PDF page)";
    private static final int DPI = 150;
    private static final int LINES = 50;
    /** The JIT needs a few pages before the drawing code runs at its usual speed. */
    private static final int WARM_UP = 3;

    private PageRenderBench() {
    }

    static BenchRow run(int runs) {
        byte[] pdf = densePage();
        for (int warm = 0; warm < WARM_UP; warm++) {
            PageRenderer.render("bench.pdf", pdf, 1, DPI);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] cpu = new double[runs];
        PageImage page = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            page = PageRenderer.render("bench.pdf", pdf, 1, DPI);
            cpu[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(cpu);
        // On a shared machine the wall time waits for a core; the CPU time says what the page itself costs.
        return BenchRow.measured(ROW, "ms", millis, String.format(Locale.ROOT,
                "A4, %d lines of 11 pt Times, %d x %d px; CPU median %.0f ms; load average %.1f; target 150 ms",
                LINES, page.width(), page.height(), cpu[runs / 2],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    private static byte[] densePage() {
        String[] words = new PseudoEnglish(7).text(90 * LINES).split("\\s+");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 11);
                content.setLeading(14);
                content.newLineAtOffset(56, PDRectangle.A4.getHeight() - 60);
                int at = 0;
                for (int line = 0; line < LINES; line++) {
                    StringBuilder text = new StringBuilder();
                    while (text.length() < 90 && at < words.length) {
                        text.append(words[at++]).append(' ');
                    }
                    content.showText(text.toString().strip());
                    content.newLine();
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
