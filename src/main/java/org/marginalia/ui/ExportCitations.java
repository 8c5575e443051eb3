package org.marginalia.ui;

import org.marginalia.model.CitationStyle;
import org.marginalia.model.ExportFormat;

/**
 * How an export cites its passages.
 *
 * @param style the style of the reports' citations and of the CSV's citation column
 * @param citationColumn whether a CSV gets a last {@code citation} column
 */
public record ExportCitations(CitationStyle style, boolean citationColumn) {

    /** The defaults: the preferred style, and no citation column so the CSV keeps the columns scripts expect. */
    public static ExportCitations defaults(CitationStyle preferred) {
        return new ExportCitations(preferred, false);
    }

    /** Whether an export in {@code format} can carry citations at all (reports always do, a CSV on request). */
    public static boolean asked(ExportFormat format) {
        return format == ExportFormat.HTML || format == ExportFormat.MARKDOWN || format == ExportFormat.CSV;
    }
}
