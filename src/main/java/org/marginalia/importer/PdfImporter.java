package org.marginalia.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/**
 * Imports the text layer of a PDF with PDFBox, recording where each page starts, and the title, author and creation
 * date from its document information. Scanned pages without text, password-protected files and damaged files are
 * refused with the matching {@link ImportException.Reason}; no failure of the PDF library escapes as anything else.
 *
 * <p>A file protected only by an owner password (it opens without a password but forbids copying) is imported: its
 * text is already readable by anyone who has the file, and the historian needs it to annotate and quote the source,
 * which is the use such restrictions leave open. PDFBox ignores those permissions by default and so do we.
 */
public final class PdfImporter implements SourceImporter {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The PDF specification lets readers accept a header anywhere in the first 1024 bytes. */
    private static final int SIGNATURE_WINDOW = 1024;
    private static final String WORD_PREFIX = "Microsoft Word - ";

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
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "",
                IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
                throw new ImportException(ImportException.Reason.EMPTY, fileName, "the PDF has no pages", null);
            }
            PdfText.Extracted extracted = PdfText.of(document);
            if (extracted.text().isBlank()) {
                int pages = document.getNumberOfPages();
                throw new ImportException(ImportException.Reason.NO_TEXT_LAYER, fileName,
                        pages == 1 ? "its page holds no text" : "none of its " + pages + " pages holds text", null);
            }
            return new ImportedSource(metadata(document.getDocumentInformation(), fileName), SourceType.PDF, fileName,
                    bytes, Fingerprint.sha256Hex(bytes), extracted.text(), PageStarts.of(extracted.pageStarts()));
        } catch (ImportException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new ImportException(ImportException.Reason.ENCRYPTED, fileName, null, e);
        } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
            // Damaged files make PDFBox fail in many ways, some of them unchecked or deep recursions.
            throw new ImportException(ImportException.Reason.DAMAGED, fileName, describe(e), e);
        }
    }

    private static SourceMetadata metadata(PDDocumentInformation info, String fileName) {
        String title = info.getTitle() == null ? "" : info.getTitle().strip();
        if (title.startsWith(WORD_PREFIX)) {
            title = Titles.fromFileName(title.substring(WORD_PREFIX.length()));
        }
        return SourceMetadata.of(Titles.firstOf(title, Titles.fromFileName(fileName)), Titles.clean(info.getAuthor()),
                "", day(info), "");
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

    private static boolean startsAt(byte[] bytes, int offset) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[offset + i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
