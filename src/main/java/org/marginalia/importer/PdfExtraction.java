package org.marginalia.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.PageLayout;
import org.marginalia.model.SourceMetadata;

/**
 * What the PDF importer takes from a PDF: title, author and day from its document information, the text and where
 * each page starts, and the box of each word on its page. The same code runs in this process and in the child JVM
 * for large files, so both give the same result and the same {@link ImportException.Reason} for the same file.
 */
record PdfExtraction(String title, String author, String day, String text, int[] pageStarts,
                     List<PageLayout> layout) {

    private static final String WORD_PREFIX = "Microsoft Word - ";
    /** The filter of certificate (public key) encryption, which needs the recipient's private key to open. */
    private static final byte[] CERTIFICATE_FILTER = "Adobe.PubSec".getBytes(StandardCharsets.US_ASCII);

    /** Opens the document; PDFBox's own exceptions and errors are mapped by {@link #read}. */
    @FunctionalInterface
    interface Opener {
        PDDocument open() throws IOException;
    }

    SourceMetadata metadata() {
        return SourceMetadata.of(title, author, "", day, "");
    }

    /**
     * @param raw the file's bytes, fetched only when loading fails, to tell certificate encryption from damage
     * @param maxPages more pages than this gives an empty result: the caller reads the file in a child JVM instead
     * @param cancelled polled while extracting; when true, extraction stops
     * @throws ImportException ENCRYPTED, EMPTY, NO_TEXT_LAYER or DAMAGED; never any other exception or error
     */
    static Optional<PdfExtraction> read(String fileName, Opener opener, Supplier<byte[]> raw, int maxPages,
                                        BooleanSupplier cancelled) {
        return read(fileName, opener, raw, maxPages, cancelled, ImportOptions.defaults());
    }

    /**
     * As {@link #read(String, Opener, Supplier, int, BooleanSupplier)}, reading scanned pages in the options' OCR
     * language and reporting each to their progress, which can also stop the work (CANCELLED).
     */
    static Optional<PdfExtraction> read(String fileName, Opener opener, Supplier<byte[]> raw, int maxPages,
                                        BooleanSupplier cancelled, ImportOptions options) {
        try (PDDocument document = opener.open()) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new ImportException(ImportException.Reason.EMPTY, fileName, "the PDF has no pages", null);
            }
            if (pages > maxPages) {
                return Optional.empty();
            }
            PdfText.Extracted extracted = PdfPageOcr.fillBlankPages(fileName, document,
                    PdfText.of(document, cancelled, options.progress()), options, cancelled);
            if (extracted.text().isBlank()) {
                throw new ImportException(ImportException.Reason.NO_TEXT_LAYER, fileName,
                        pages == 1 ? "its page holds no text, and OCR found none on it"
                                : "none of its " + pages + " pages holds text, and OCR found none on them", null);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            return Optional.of(new PdfExtraction(title(info, fileName), Titles.clean(info.getAuthor()), day(info),
                    extracted.text(), extracted.pageStarts(), extracted.layout()));
        } catch (ImportException e) {
            throw e;
        } catch (CancellationException e) {
            if (options.progress().cancelled()) {
                throw new ImportException(ImportException.Reason.CANCELLED, fileName, null, e);
            }
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, describe(e), e);
        } catch (InvalidPasswordException e) {
            throw new ImportException(ImportException.Reason.ENCRYPTED, fileName, null, e);
        } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
            // Damaged files make PDFBox fail in many ways, some unchecked or deep recursions. Certificate encryption
            // fails the same way (its handler needs Bouncy Castle, which is not shipped), so it is told by its filter.
            if (contains(raw.get(), CERTIFICATE_FILTER)) {
                throw new ImportException(ImportException.Reason.ENCRYPTED, fileName,
                        "it is encrypted for the holder of a certificate", e);
            }
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, describe(e), e);
        }
    }

    private static String title(PDDocumentInformation info, String fileName) {
        String title = info.getTitle() == null ? "" : info.getTitle().strip();
        if (title.startsWith(WORD_PREFIX)) {
            title = Titles.fromFileName(title.substring(WORD_PREFIX.length()));
        }
        return Titles.firstOf(title, Titles.fromFileName(fileName));
    }

    /** The creation date as the day it was in the time zone the PDF states, or empty when absent or unreadable. */
    private static String day(PDDocumentInformation info) {
        try {
            Calendar created = info.getCreationDate();
            if (created == null) {
                return "";
            }
            return created.toInstant().atZone(created.getTimeZone().toZoneId())
                    .format(DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Files up to this size are searched whole for the certificate filter; larger ones at their head and tail. */
    private static final int SAMPLE_BYTES = 16 * 1024 * 1024;

    /**
     * The bytes to search for the certificate filter in a PDF on disk: all of a file up to 16 MiB, else its first and
     * last 8 MiB, where a writer puts the encryption dictionary (beside the trailer, or at the front of a linearised
     * file), so that telling encryption from damage never reads a 1 GB file into memory.
     */
    static byte[] sample(Path file) {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size <= SAMPLE_BYTES) {
                return Files.readAllBytes(file);
            }
            ByteBuffer buffer = ByteBuffer.allocate(SAMPLE_BYTES);
            int half = SAMPLE_BYTES / 2;
            buffer.limit(half);
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
                continue;
            }
            buffer.limit(SAMPLE_BYTES);
            long tail = size - half;
            while (buffer.hasRemaining() && channel.read(buffer, tail + buffer.position() - half) > 0) {
                continue;
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean contains(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
