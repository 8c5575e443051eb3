package org.marginalia.ui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marginalia.model.QuoteCheck;
import org.marginalia.model.Document;

/**
 * "Check quotes": every quotation of one source with its verdict against another (verbatim, altered, not found),
 * and choosing one brings both ends into view.
 */
public final class QuoteCheckViewModel {

    private final ToolContext context;
    private final PaneReveal reveal;
    private final ObservableList<QuoteCheck> checks = FXCollections.observableArrayList();
    private final ObservableList<QuoteCheck> checksView = FXCollections.unmodifiableObservableList(checks);
    private final ReadOnlyObjectWrapper<Document> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<Document> reference = new ReadOnlyObjectWrapper<>(this, "reference");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            "Open two sources side by side, then check the quotations of the left one against the right one.");

    public QuoteCheckViewModel(ToolContext context, PaneReveal reveal) {
        this.context = context;
        this.reveal = reveal;
    }

    /**
     * Checks the quotations of the source the user is reading (the active pane; else the first pane that shows a
     * source) against the source in the next pane that shows one.
     */
    public void checkPanes() {
        WindowPanes panes = context.panes();
        int count = context.window().panes().size();
        int active = context.activePane().getAsInt();
        int first = active >= 0 && active < count && panes.documentIn(active) != null ? active : -1;
        for (int i = 0; i < count && first < 0; i++) {
            first = panes.documentIn(i) != null ? i : -1;
        }
        int other = first < 0 ? -1 : panes.otherPane(first);
        if (other < 0) {
            context.dialogs().showInformation("Check quotes",
                    "Open two sources side by side: the quotations of the one you are reading are checked against "
                            + "the other.");
            return;
        }
        check(panes.documentIn(first), panes.documentIn(other));
    }

    public void check(Document quoting, Document against) {
        source.set(quoting);
        reference.set(against);
        summary.set("Checking quotations…");
        context.background().run("Checking quotations",
                p -> context.project().compare().checkQuotes(quoting.id(), against.id()), found -> {
                    checks.setAll(found);
                    summary.set(summarise(found));
                });
    }

    /** Checks the other way round: the reference's quotations against the source. */
    public void swap() {
        if (source.get() != null && reference.get() != null) {
            check(reference.get(), source.get());
        }
    }

    public void recheck() {
        if (source.get() != null && reference.get() != null) {
            check(source.get(), reference.get());
        }
    }

    /** Shows the quotation in its source and, when found, the words it stands for in the reference. */
    public void choose(QuoteCheck check) {
        if (check == null || source.get() == null) {
            return;
        }
        reveal.reveal(source.get().id(), check.quotation().outer());
        if (check.match() != null) {
            reveal.reveal(reference.get().id(), check.match());
        }
    }

    static String summarise(List<QuoteCheck> found) {
        if (found.isEmpty()) {
            return "No quotations found in this source.";
        }
        long verbatim = found.stream().filter(c -> c.status() == QuoteCheck.Status.VERBATIM).count();
        long altered = found.stream().filter(c -> c.status() == QuoteCheck.Status.ALTERED).count();
        long missing = found.size() - verbatim - altered;
        return found.size() + (found.size() == 1 ? " quotation: " : " quotations: ") + verbatim + " verbatim, "
                + altered + " altered, " + missing + " not found";
    }

    /** The verdict as the list shows it. */
    public static String word(QuoteCheck.Status status) {
        return switch (status) {
            case VERBATIM -> "verbatim";
            case ALTERED -> "altered";
            case NOT_FOUND -> "not found";
        };
    }

    public ObservableList<QuoteCheck> checks() {
        return checksView;
    }

    public ReadOnlyObjectProperty<Document> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Document> referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
