package org.marginalia.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.Original;
import org.marginalia.model.PageProgress;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceType;

/**
 * Imports the text layer of a PDF with PDFBox, recording where each page starts, and the title, author and creation
 * date from its document information. Scanned pages without text, password-protected files and damaged files are
 * refused with the matching {@link ImportException.Reason}; no failure of the PDF library escapes as anything else.
 *
 * <p>A file protected only by an owner password (it opens without a password but forbids copying) is imported: its
 * text is already readable by anyone who has the file, and the historian needs it to annotate and quote the source,
 * which is the use such restrictions leave open. PDFBox ignores those permissions by default and so do we.
 *
 * <p>A hostile or broken PDF cannot hang or crash the program: reading runs under a watchdog ({@link Watchdog}),
 * every failure of PDFBox, including {@code StackOverflowError} and {@code LinkageError}, becomes an
 * {@link ImportException}, and files over the {@link PdfLimits} are read in a child JVM with its own heap.
 */
public final class PdfImporter implements SourceImporter {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The PDF specification lets readers accept a header anywhere in the first 1024 bytes. */
    private static final int SIGNATURE_WINDOW = 1024;

    private final PdfLimits limits;

    /** With the {@link PdfLimits#standard() standard limits}. */
    public PdfImporter() {
        this(PdfLimits.standard());
    }

    public PdfImporter(PdfLimits limits) {
        this.limits = limits;
    }

    @Override
    public SourceType type() {
        return SourceType.PDF;
    }

    @Override
    public boolean sniff(byte[] head) {
        int limit = Math.min(head.length, SIGNATURE_WINDOW) - SIGNATURE.length;
        for (int i = 0; i <= limit; i++) {
            if (startsAt(head, i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public ImportedSource read(String fileName, byte[] bytes) {
        return read(fileName, bytes, ImportOptions.defaults());
    }

    /** Scanned pages are read by OCR in the options' language, each reported to their progress. */
    @Override
    public ImportedSource read(String fileName, byte[] bytes, ImportOptions options) {
        boolean childPossible = PdfChildProcess.available();
        PdfExtraction extraction;
        if (childPossible && bytes.length > limits.childBytes()) {
            extraction = new PdfChildProcess(limits).extract(fileName, bytes, options);
        } else {
            int maxPages = childPossible ? limits.childPages() : Integer.MAX_VALUE;
            AtomicLong lastBeat = new AtomicLong(System.nanoTime());
            ImportOptions beating = options.withProgress(new Heartbeat(options.progress(), lastBeat));
            extraction = Watchdog.run(fileName, limits.timeLimit(), lastBeat, () -> PdfExtraction.read(fileName,
                            () -> Loader.loadPDF(new RandomAccessReadBuffer(bytes), "",
                                    IOUtils.createTempFileOnlyStreamCache()),
                            () -> bytes, maxPages, () -> Thread.currentThread().isInterrupted(), beating))
                    .orElseGet(() -> new PdfChildProcess(limits).extract(fileName, bytes, options));
        }
        return new ImportedSource(extraction.metadata(), SourceType.PDF, fileName, bytes, Fingerprint.sha256Hex(bytes),
                extraction.text(), PageStarts.of(extraction.pageStarts()), extraction.layout());
    }

    /**
     * Reads a PDF where it lies, for files too large to hold in memory: in the child JVM when this runtime can start
     * one (its heap is the memory cap), else here under the watchdog, PDFBox reading the file through a buffered
     * window. The source's original stays {@link Original#file on disk} until the store keeps it in pieces.
     */
    public ImportedSource readFile(String fileName, Path file, long size, ImportOptions options) throws IOException {
        String sha256 = Fingerprint.sha256Hex(file);
        PdfExtraction extraction;
        if (PdfChildProcess.available()) {
            extraction = new PdfChildProcess(limits).extract(fileName, file, options);
        } else {
            AtomicLong lastBeat = new AtomicLong(System.nanoTime());
            ImportOptions beating = options.withProgress(new Heartbeat(options.progress(), lastBeat));
            extraction = Watchdog.run(fileName, limits.timeLimit(), lastBeat, () -> PdfExtraction.read(fileName,
                            () -> Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache()),
                            () -> PdfExtraction.sample(file), Integer.MAX_VALUE,
                            () -> Thread.currentThread().isInterrupted(), beating))
                    .orElseThrow(() -> new ImportException(ImportException.Reason.DAMAGED, fileName,
                            "it could not be read", null));
        }
        return new ImportedSource(extraction.metadata(), SourceType.PDF, fileName, Original.file(file, size),
                sha256, extraction.text(), PageStarts.of(extraction.pageStarts()), extraction.layout(), List.of());
    }

    /** Passes OCR's pages on and restarts the watchdog's clock at each: a long scan is not a hanging file. */
    private record Heartbeat(PageProgress progress, AtomicLong lastBeat) implements PageProgress {

        @Override
        public void page(int page, int pages) {
            lastBeat.set(System.nanoTime());
            progress.page(page, pages);
        }

        @Override
        public boolean cancelled() {
            return progress.cancelled();
        }
    }

    private static boolean startsAt(byte[] bytes, int offset) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[offset + i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
