package org.marginalia.project;

import java.util.List;
import org.marginalia.model.Document;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.PageProgress;
import org.marginalia.model.SourceType;
import org.marginalia.model.WordOrigin;
import org.marginalia.store.ProjectFile;

/**
 * Reads a scanned source again with OCR (an image, or the scanned pages of a PDF), perhaps in another language,
 * from the original file the project keeps. The result becomes a new version through {@link ReanchorService}: the
 * previous text is kept, every passage is re-attached by its quote, and those that cannot be placed with confidence
 * wait in the review queue; none moves silently. Reading happens before anything is written, so a cancelled or
 * refused run changes nothing.
 */
public final class OcrService {

    private final ProjectFile file;
    private final SourceReader reader;
    private final ReanchorService reanchor;

    OcrService(ProjectFile file, SourceReader reader, ReanchorService reanchor) {
        this.file = file;
        this.reader = reader;
        this.reanchor = reanchor;
    }

    /**
     * @param language Tesseract code(s); blank for the language the source was read in before (English if none)
     * @throws ProjectException INVALID when the source has no scanned pages (a text file, a born-digital PDF, a
     *     transcription without its image) or the language is not a code
     */
    public ReanchorReport ocr(long documentId, String language, PageProgress progress) {
        Document document = file.inTransaction(tx -> tx.documents().get(documentId)).orElseThrow(() ->
                new ProjectException(ProjectException.Reason.NOT_FOUND, "No source " + documentId + " in project "
                        + file.path()));
        String previous = file.inTransaction(tx -> tx.documents().ocrLanguage(documentId));
        List<PageLayout> pages = file.inTransaction(tx -> tx.pageLayouts().outline(documentId));
        boolean scanned = document.type() == SourceType.IMAGE
                || document.type() == SourceType.PDF && pages.stream().anyMatch(p -> p.origin() == WordOrigin.OCR);
        if (!scanned) {
            throw new ProjectException(ProjectException.Reason.INVALID, "Source " + documentId + " ('"
                    + document.title() + "') has no scanned pages to read with OCR: it is a "
                    + document.type().word() + (document.type() == SourceType.PDF ? " with a text layer" : "")
                    + " source");
        }
        ImportOptions options = OcrLanguages.options(language == null || language.isBlank()
                ? previous : language, progress);
        // A large original is read from a private copy of it (named as the file was), never whole into memory.
        ImportedSource read = file.inTransaction(tx -> tx.documents().originalSize(documentId))
                > PageService.IN_MEMORY_BYTES
                ? reader.read(file.inTransaction(tx -> tx.documents().originalFile(documentId)), options)
                : reader.read(document.fileName(), file.inTransaction(tx -> tx.documents().originalBytes(documentId)),
                        options);
        return reanchor.reread(documentId, read, options.ocrLanguage());
    }
}
