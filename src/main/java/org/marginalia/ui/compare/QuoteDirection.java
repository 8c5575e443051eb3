package org.marginalia.ui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marginalia.model.Document;
import org.marginalia.model.QuoteCheck;

/** One direction of the quote check: the quotations of one source, each with its verdict against the other. */
public final class QuoteDirection {

    private final ObservableList<QuoteCheck> checks = FXCollections.observableArrayList();
    private final ObservableList<QuoteCheck> checksView = FXCollections.unmodifiableObservableList(checks);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Document source;
    private Document reference;

    void checking(Document quoting, Document against) {
        source = quoting;
        reference = against;
        checks.clear();
        heading.set("Quotations in “" + Tools.shorten(quoting.title(), 36) + "”, checked against “"
                + Tools.shorten(against.title(), 36) + "”");
        summary.set("Checking…");
    }

    void found(List<QuoteCheck> found) {
        checks.setAll(found);
        summary.set(summarise(found));
    }

    static String summarise(List<QuoteCheck> found) {
        if (found.isEmpty()) {
            return "No quotations in this source.";
        }
        long verbatim = found.stream().filter(c -> c.status() == QuoteCheck.Status.VERBATIM).count();
        long altered = found.stream().filter(c -> c.status() == QuoteCheck.Status.ALTERED).count();
        long missing = found.size() - verbatim - altered;
        return found.size() + (found.size() == 1 ? " quotation: " : " quotations: ") + verbatim + " verbatim, "
                + altered + " altered, " + missing + " not found";
    }

    /** The source whose quotations these are (null before the first check). */
    public Document source() {
        return source;
    }

    /** The source they were checked against (null before the first check). */
    public Document reference() {
        return reference;
    }

    public ObservableList<QuoteCheck> checks() {
        return checksView;
    }

    /** "Quotations in “A”, checked against “B”". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** "3 quotations: 2 verbatim, 1 altered, 0 not found". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
