package org.marginalia.importer;

import java.time.Duration;

/**
 * How far the PDF importer trusts a file. A PDF within {@code childBytes} and {@code childPages} is read in this
 * process under a {@code timeLimit}; a larger one is read in a child JVM with its own heap of {@code childHeap}, so
 * that running out of memory ends the child and not the window, within {@code childTimeLimit}.
 *
 * <p>The standard limits: 50 MB or 2,000 pages. Text PDFs of a few hundred pages are rarely over 10 MB and extract
 * in seconds; beyond these sizes PDFBox may need hundreds of megabytes of heap (fonts, images, content streams), which
 * the window cannot spare. A child costs about half a second to start, which a file that size hides.
 *
 * @param childHeap a JVM heap size as {@code -Xmx} takes it, e.g. {@code 1g}
 */
public record PdfLimits(Duration timeLimit, long childBytes, int childPages, String childHeap,
                        Duration childTimeLimit) {

    public static final long STANDARD_CHILD_BYTES = 50L * 1024 * 1024;
    public static final int STANDARD_CHILD_PAGES = 2_000;

    public PdfLimits {
        if (timeLimit.isNegative() || childTimeLimit.isNegative() || childBytes < 0 || childPages < 0) {
            throw new IllegalArgumentException("PDF limits must not be negative");
        }
        if (!childHeap.matches("\\d{1,6}[kmgKMG]?")) {
            throw new IllegalArgumentException("not a heap size: " + childHeap);
        }
    }

    public static PdfLimits standard() {
        return new PdfLimits(Duration.ofMinutes(2), STANDARD_CHILD_BYTES, STANDARD_CHILD_PAGES, "1g",
                Duration.ofMinutes(10));
    }

    public PdfLimits withTimeLimit(Duration limit) {
        return new PdfLimits(limit, childBytes, childPages, childHeap, childTimeLimit);
    }

    /** Sends every PDF over {@code bytes} or {@code pages} to the child JVM. */
    public PdfLimits withChildAbove(long bytes, int pages) {
        return new PdfLimits(timeLimit, bytes, pages, childHeap, childTimeLimit);
    }

    public PdfLimits withChildHeap(String heap) {
        return new PdfLimits(timeLimit, childBytes, childPages, heap, childTimeLimit);
    }
}
