package org.marginalia.importer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.PageProgress;

/**
 * The child JVM that reads one large PDF: {@code PdfChildMain FILE NAME [OCR-LANGUAGE LANGUAGE-FOLDER]} writes
 * {@link PdfFrames} to its standard output and exits 0. Its heap is limited by the parent; running out of it ends
 * this process, not the window.
 */
public final class PdfChildMain {

    private PdfChildMain() {
    }

    public static void main(String[] args) throws IOException {
        // Only the frames may reach the parent: anything a library prints goes to standard error instead.
        OutputStream frames = new BufferedOutputStream(System.out, 1 << 16);
        System.setOut(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        if (args.length != 2 && args.length != 4) {
            PdfFrames.writeError(frames, ImportException.Reason.UNREADABLE,
                    "usage: PdfChildMain FILE NAME [OCR-LANGUAGE LANGUAGE-FOLDER]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String fileName = args[1];
        ImportOptions options = (args.length == 2 ? ImportOptions.defaults()
                : ImportOptions.ocr(args[2], args[3].isEmpty() ? null : Path.of(args[3])))
                .withProgress(new FramedProgress(frames));
        try {
            PdfExtraction extraction = PdfExtraction.read(fileName,
                    () -> Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache()),
                    () -> PdfExtraction.sample(file), Integer.MAX_VALUE, () -> false, options).orElseThrow();
            PdfFrames.writeText(frames, extraction);
        } catch (ImportException e) {
            PdfFrames.writeError(frames, e.reason(), detail(e));
        }
        frames.flush();
    }

    /** The parent adds the file name and advice again; only the part in brackets travels. */
    private static String detail(ImportException e) {
        String message = e.getMessage();
        int open = message.lastIndexOf(" (");
        return open < 0 || !message.endsWith(")") ? "" : message.substring(open + 2, message.length() - 1);
    }

    /** Sends each page to the parent as it starts; the parent ends this process to cancel, so it never asks. */
    private record FramedProgress(OutputStream frames) implements PageProgress {

        @Override
        public void page(int page, int pages) {
            try {
                PdfFrames.writeProgress(frames, page, pages);
            } catch (IOException e) {
                throw new UncheckedIOException("the parent stopped listening", e);
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
