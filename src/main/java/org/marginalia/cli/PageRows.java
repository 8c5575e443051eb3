package org.marginalia.cli;

import java.util.Locale;
import org.marginalia.model.PageLayout;

/** One tab-separated line per page: how sure the words on it are, as {@code show --pages} and {@code list pages}. */
final class PageRows {

    private PageRows() {
    }

    /** page, origin (text-layer, ocr, transcription), mean word confidence in percent (empty without words). */
    static String row(Object documentId, PageLayout page) {
        String confidence = page.meanConfidence() == null ? ""
                : String.format(Locale.ROOT, "%.1f", page.meanConfidence() * 100);
        return documentId == null ? Tsv.row(page.page(), page.origin().word(), confidence)
                : Tsv.row(documentId, page.page(), page.origin().word(), confidence);
    }
}
