package org.marginalia.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marginalia.importer.render.PageRenderer;
import org.marginalia.model.PageImage;

/**
 * Drawing a dense A4 PDF page at 150 dpi, as the page beside the text does: the file is loaded and the page drawn
 * on every run (the window keeps no open PDF), after three warm-up runs.
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
        List<String> lines = new ArrayList<>();
        int at = 0;
        for (int line = 0; line < LINES; line++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 90 && at < words.length) {
                text.append(words[at++]).append(' ');
            }
            lines.add(text.toString().strip());
        }
        return TextPdf.pages(List.of(lines), 11, 14);
    }
}
