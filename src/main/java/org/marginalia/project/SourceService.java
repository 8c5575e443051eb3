package org.marginalia.project;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.marginalia.export.SourceOriginals;
import org.marginalia.importer.ImportException;
import org.marginalia.model.Document;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.WordOrigin;
import org.marginalia.store.DiskSpace;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.StoreException;

/** Use cases on sources: import, list, read, edit metadata. */
public final class SourceService {

    /** Files this large are checked against the free disk space before storing starts. */
    private static final long ROOM_CHECKED_ABOVE = 16L * 1024 * 1024;

    private final ProjectFile file;
    private final SourceReader reader;
    private final Clock clock;
    private final CitationService citations;

    SourceService(ProjectFile file, SourceReader reader, Clock clock, CitationService citations) {
        this.file = file;
        this.reader = reader;
        this.clock = clock;
        this.citations = citations;
    }

    /**
     * Imports one file. The file is read and converted before the transaction starts, so a file that cannot be
     * imported leaves the project exactly as it was.
     */
    public ImportOutcome importFile(Path path) {
        return importFile(path, () -> false);
    }

    /**
     * Imports one file unless {@code cancelled} says to stop. It is asked after the file is read and once more inside
     * the transaction just before it commits, and a cancelled import rolls back: the project stays as it was. (A
     * reader that is interrupted stops reading by itself.)
     *
     * @throws ImportException CANCELLED when {@code cancelled} said so
     */
    public ImportOutcome importFile(Path path, BooleanSupplier cancelled) {
        ImportedSource source = reader.read(path);
        stopIfCancelled(source, cancelled);
        return add(source, "", cancelled);
    }

    /**
     * Imports one file with these options (see {@link OcrLanguages#options}): images and scanned PDF pages are read
     * by OCR in their language, page by page, reporting to their progress. The language is kept with the source. A
     * cancelled or refused import leaves the project exactly as it was.
     */
    public ImportOutcome importFile(Path path, ImportOptions options) {
        ImportedSource source = reader.read(path, options);
        stopIfCancelled(source, options.progress()::cancelled);
        return add(source, options.ocrLanguage(), options.progress()::cancelled);
    }

    /** Stores an already-read source, or reports the one with the same SHA-256 that is there already. */
    public ImportOutcome add(ImportedSource source) {
        return add(source, "", () -> false);
    }

    private ImportOutcome add(ImportedSource source, String ocrLanguage, BooleanSupplier cancelled) {
        if (source.original().size() > ROOM_CHECKED_ABOVE) {
            DiskSpace.requireRoomFor(file.path(), source.fileName(), source.original().size());
        }
        try {
            return store(source, ocrLanguage, cancelled);
        } catch (StoreException e) {
            // Cancelling interrupts the worker; keeping a large original's pieces stops at the next piece.
            if (cancelled.getAsBoolean()) {
                throw new ImportException(ImportException.Reason.CANCELLED, source.fileName(), null, e);
            }
            throw e;
        }
    }

    private ImportOutcome store(ImportedSource source, String ocrLanguage, BooleanSupplier cancelled) {
        return file.inTransaction(tx -> {
            var existing = tx.documents().findBySha256(source.sha256());
            if (existing.isPresent()) {
                return new ImportOutcome(existing.get(), true, source.warnings());
            }
            long id = tx.documents().insert(source, clock.instant());
            tx.pageLayouts().replace(id, source.layout());
            if (!ocrLanguage.isEmpty() && source.layout().stream().anyMatch(page -> page.origin() == WordOrigin.OCR)) {
                tx.documents().setOcrLanguage(id, ocrLanguage);
                tx.documents().setLanguage(id, OcrLanguages.isoCode(ocrLanguage));
            }
            ImportOutcome outcome = new ImportOutcome(tx.documents().get(id).orElseThrow(), false, source.warnings());
            stopIfCancelled(source, cancelled);
            return outcome;
        });
    }

    private static void stopIfCancelled(ImportedSource source, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new ImportException(ImportException.Reason.CANCELLED, source.fileName(), null, null);
        }
    }

    public List<Document> list() {
        return file.inTransaction(tx -> tx.documents().all());
    }

    /** How many passages each source has. */
    public Map<Long, Integer> passageCounts() {
        return file.inTransaction(tx -> tx.annotations().countsByDocument());
    }

    public Document get(long id) {
        return file.inTransaction(tx -> tx.documents().get(id)).orElseThrow(() -> notFound(String.valueOf(id)));
    }

    /** Finds a source by its id or its exact title, as the command line names them. */
    public Document resolve(String idOrTitle) {
        return file.inTransaction(tx -> {
            if (idOrTitle.matches("\\d{1,18}")) {
                var byId = tx.documents().get(Long.parseLong(idOrTitle));
                if (byId.isPresent()) {
                    return byId.get();
                }
            }
            List<Document> byTitle = tx.documents().findByTitle(idOrTitle.strip());
            if (byTitle.size() > 1) {
                throw new ProjectException(ProjectException.Reason.AMBIGUOUS, "More than one source is titled '"
                        + idOrTitle + "' (ids " + byTitle.stream().map(d -> String.valueOf(d.id())).toList()
                        + "); name it by id");
            }
            return byTitle.stream().findFirst().orElseThrow(() -> notFound(idOrTitle));
        });
    }

    /** The stored plain text, exactly as imported. */
    public String text(long documentId) {
        return file.inTransaction(tx -> tx.documents().text(documentId));
    }

    /**
     * The text of one page (1-based) of a paginated source, read on its own: a page of a 5,000-page source opens
     * without its whole text. A source without pages is one page.
     */
    public String pageText(long documentId, int page) {
        return file.inTransaction(tx -> {
            Document document = tx.documents().get(documentId)
                    .orElseThrow(() -> notFound(String.valueOf(documentId)));
            PageStarts pages = document.pages();
            int count = Math.max(1, pages.pageCount());
            if (page < 1 || page > count) {
                throw new ProjectException(ProjectException.Reason.INVALID, "'" + document.title() + "' has "
                        + count + (count == 1 ? " page" : " pages") + ", not a page " + page);
            }
            int start = pages.isEmpty() ? 0 : pages.startOf(page);
            int end = page < pages.pageCount() ? pages.startOf(page + 1) : document.textLength();
            return tx.documents().textBetween(documentId, start, end);
        });
    }

    /**
     * Removes the originals of sources removed in an earlier session: kept until then so that undo could put a
     * removed source back without reading its file into memory. Writes only when there is something to remove.
     */
    void pruneOriginals() {
        if (file.inTransaction(tx -> tx.originals().hasOrphans())) {
            file.inTransaction(tx -> tx.originals().pruneOrphans());
        }
    }

    public byte[] originalBytes(long documentId) {
        return file.inTransaction(tx -> tx.documents().originalBytes(documentId));
    }

    /**
     * The originals as an export reads them: a few first bytes, then the file copied a piece at a time, so that a
     * project holding a gigabyte scan exports without holding it.
     */
    public SourceOriginals originals() {
        return new SourceOriginals() {
            @Override
            public byte[] head(long documentId, int length) {
                byte[] head = file.inTransaction(tx -> tx.documents().originalHead(documentId, length));
                return head == null || head.length == 0 ? null : head;
            }

            @Override
            public void copyTo(long documentId, OutputStream out) {
                file.inTransaction(tx -> {
                    tx.documents().copyOriginalTo(documentId, out);
                    return null;
                });
            }
        };
    }

    public Document updateMetadata(long documentId, SourceMetadata metadata) {
        if (metadata.title().isBlank()) {
            throw new ProjectException(ProjectException.Reason.INVALID, "A source needs a title");
        }
        return file.inTransaction(tx -> {
            tx.documents().updateMetadata(documentId, metadata);
            return tx.documents().get(documentId).orElseThrow(() -> notFound(String.valueOf(documentId)));
        });
    }

    /**
     * The citation of a passage in the style chosen in the preferences ({@link CitationService#prefer}), with the
     * page the passage starts on, for the window's "Copy citation".
     */
    public String citation(long annotationId) {
        return citations.cite(annotationId);
    }

    /**
     * Removes a source with its passages and their links (used to undo an import); returns its row and content so
     * that {@link #restore} can put it back.
     */
    public DeletedSource delete(long documentId) {
        return file.inTransaction(tx -> {
            Document document = tx.documents().get(documentId).orElseThrow(() -> notFound(String.valueOf(documentId)));
            DeletedSource deleted = new DeletedSource(document,
                    tx.documents().content(documentId).withLayout(tx.pageLayouts().all(documentId)));
            tx.documents().delete(documentId);
            return deleted;
        });
    }

    /** Puts a removed source back under its old id, from the content the project held (redo of an import). */
    public Document restore(DeletedSource deleted) {
        return file.inTransaction(tx -> {
            long id = tx.documents().insert(deleted.content(), deleted.document().imported(), deleted.document().id());
            tx.pageLayouts().replace(id, deleted.content().layout());
            return tx.documents().get(id).orElseThrow();
        });
    }

    private ProjectException notFound(String name) {
        return new ProjectException(ProjectException.Reason.NOT_FOUND,
                "No source '" + name + "' in project " + file.path());
    }
}
