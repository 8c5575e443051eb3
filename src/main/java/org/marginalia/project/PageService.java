package org.marginalia.project;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.marginalia.importer.render.PageRenderer;
import org.marginalia.model.Document;
import org.marginalia.model.PageImage;
import org.marginalia.model.PageLayout;
import org.marginalia.model.WordBox;
import org.marginalia.store.ProjectFile;

/**
 * The pages of a source as they look: each page's size and the boxes and confidences of its words, for drawing a
 * page beside its text and for reporting how sure OCR was.
 */
public final class PageService {

    /**
     * Originals up to this size are drawn from memory; larger ones from a private copy on disk, written once (a page
     * of a 1 GB scan must not need 1 GB of heap, and PDFBox reads a file through a small window).
     */
    static final long IN_MEMORY_BYTES = 32L * 1024 * 1024;

    private final ProjectFile file;
    private final long inMemoryBytes;

    PageService(ProjectFile file) {
        this(file, IN_MEMORY_BYTES);
    }

    /** Drawing originals over {@code inMemoryBytes} from a copy on disk (tests make small ones take that way). */
    PageService(ProjectFile file, long inMemoryBytes) {
        this.file = file;
        this.inMemoryBytes = inMemoryBytes;
    }

    /** Every page of the source without its words, in page order; empty for sources that have no pages. */
    public List<PageLayout> outline(long documentId) {
        return file.inTransaction(tx -> tx.pageLayouts().outline(documentId));
    }

    /** One page with its words in text order, if the source has a layout for that page. */
    public Optional<PageLayout> page(long documentId, int page) {
        return file.inTransaction(tx -> tx.pageLayouts().page(documentId, page));
    }

    /** The words of a page that overlap the text between {@code start} and {@code end} (UTF-16 offsets). */
    public List<WordBox> wordsIn(long documentId, int page, int start, int end) {
        return page(documentId, page).map(layout -> layout.words().stream()
                .filter(word -> word.start() < end && word.end() > start).toList()).orElse(List.of());
    }

    /** Every page of the source with its words, in page order; empty for sources that have no pages. */
    public List<PageLayout> pagesWithWords(long documentId) {
        return file.inTransaction(tx -> {
            List<PageLayout> pages = new ArrayList<>();
            for (PageLayout outline : tx.pageLayouts().outline(documentId)) {
                pages.add(tx.pageLayouts().page(documentId, outline.page()).orElse(outline));
            }
            return pages;
        });
    }

    /**
     * One page of the source drawn as it looks, PDF pages at {@code dpi}, images as they are. The file is read in
     * a transaction; the drawing happens after it, so a slow page never holds the project.
     */
    public PageImage render(long documentId, int page, int dpi) {
        record Source(String fileName, byte[] bytes, Path copy) {
        }
        Source source = file.inTransaction(tx -> {
            Document d = tx.documents().get(documentId).orElseThrow(() -> new ProjectException(
                    ProjectException.Reason.NOT_FOUND, "No source with id " + documentId));
            if (tx.documents().originalSize(documentId) <= inMemoryBytes) {
                return new Source(d.fileName(), tx.documents().originalBytes(documentId), null);
            }
            return new Source(d.fileName(), null, tx.documents().originalFile(documentId));
        });
        return source.copy() == null ? PageRenderer.render(source.fileName(), source.bytes(), page, dpi)
                : PageRenderer.render(source.fileName(), source.copy(), page, dpi);
    }
}
