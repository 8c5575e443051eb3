package org.marginalia.importer.qdpx;

import java.util.Optional;
import org.marginalia.model.CodePointIndex;
import org.marginalia.model.TextSpan;

/**
 * Places a selection on its source's text. The positions are the truth; the name is only a hint, since REFI-QDA
 * leaves it free text and tools fill it with the quote, a shortened quote, a label ("sel 120-180") or nothing. A span
 * is left out only when its positions do not fit the text, or when its name is a quote of some other place in the
 * text, which means the positions are off.
 */
final class SelectionPlacer {

    private final ImportTally tally;
    private final QuoteNames names = new QuoteNames();

    SelectionPlacer(ImportTally tally) {
        this.tally = tally;
    }

    Optional<TextSpan> place(Selection selection, CodePointIndex text, String label, String kind) {
        int cpStart = selection.start();
        int cpEnd = selection.end();
        String name = selection.name();
        if (cpStart < 0 || cpEnd < 0) {
            tally.skipped(kind, label + ": selection '" + Texts.shorten(name) + "' has no usable positions; it was "
                    + "left out.");
            return Optional.empty();
        }
        if (cpEnd <= cpStart || cpEnd > text.length()) {
            tally.skipped(kind, label + ": selection '" + Texts.shorten(name) + "' at [" + cpStart + ", " + cpEnd
                    + ") does not fit a text of " + text.length() + " characters; it was left out.");
            return Optional.empty();
        }
        TextSpan span = text.span(cpStart, cpEnd);
        String quote = span.of(text.text());
        switch (names.compare(name, quote, text.text())) {
            case CONTRADICTS -> {
                tally.skipped(kind, label + ": selection '" + Texts.shorten(name) + "' at [" + cpStart + ", " + cpEnd
                        + ") holds '" + Texts.shorten(quote) + "' instead, and its name is found elsewhere in the "
                        + "text; it was left out.");
                return Optional.empty();
            }
            case LABEL -> tally.noted("selection names that are labels (positions used)",
                    () -> "'" + Texts.shorten(name) + "' at [" + cpStart + ", " + cpEnd + ")");
            case SHORTENED -> tally.noted("selection names that shorten the quote",
                    () -> "'" + Texts.shorten(name) + "' for '" + Texts.shorten(quote) + "'");
            default -> { }
        }
        return Optional.of(span);
    }
}
