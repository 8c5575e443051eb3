package org.marginalia.ui.compare;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.marginalia.model.Document;
import org.marginalia.model.QuoteCheck;

/**
 * "Check quotes": the quotations of two sources, each checked against the other at once (verbatim, altered, not
 * found), so the result never depends on which pane was clicked last. Choosing one brings both ends into view.
 */
public final class QuoteCheckViewModel {

    private final ToolContext context;
    private final PaneReveal reveal;
    private final QuoteDirection inA = new QuoteDirection();
    private final QuoteDirection inB = new QuoteDirection();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint",
            "Open two sources side by side, then check the quotations of each against the other.");

    public QuoteCheckViewModel(ToolContext context, PaneReveal reveal) {
        this.context = context;
        this.reveal = reveal;
    }

    /** Checks the sources of the first two panes that show one, each against the other. */
    public void checkPanes() {
        WindowPanes panes = context.panes();
        int first = -1;
        for (int i = 0; i < context.window().panes().size() && first < 0; i++) {
            first = panes.documentIn(i) != null ? i : -1;
        }
        int other = first < 0 ? -1 : panes.otherPane(first);
        if (other < 0) {
            context.dialogs().showInformation("Check quotes",
                    "Open two sources side by side: the quotations of each are checked against the other.");
            return;
        }
        check(panes.documentIn(first), panes.documentIn(other));
    }

    /** Checks the quotations of {@code a} against {@code b} and those of {@code b} against {@code a}. */
    public void check(Document a, Document b) {
        inA.checking(a, b);
        inB.checking(b, a);
        hint.set("");
        context.background().run("Checking quotations", p -> context.project().compare().checkQuotesBothWays(
                a.id(), b.id()), both -> {
                    inA.found(both.inA());
                    inB.found(both.inB());
                });
    }

    /** Checks the same two sources again, e.g. after one was edited. */
    public void recheck() {
        if (inA.source() != null) {
            check(inA.source(), inA.reference());
        } else {
            checkPanes();
        }
    }

    /** Shows a quotation in its source and, when found, the words it stands for in the other one. */
    public void choose(QuoteDirection direction, QuoteCheck check) {
        if (check == null || direction.source() == null) {
            return;
        }
        reveal.reveal(direction.source().id(), check.quotation().outer());
        if (check.match() != null) {
            reveal.reveal(direction.reference().id(), check.match());
        }
    }

    /** The verdict as the list shows it. */
    public static String word(QuoteCheck.Status status) {
        return switch (status) {
            case VERBATIM -> "verbatim";
            case ALTERED -> "altered";
            case NOT_FOUND -> "not found";
        };
    }

    /** The quotations of the first source, checked against the second. */
    public QuoteDirection inA() {
        return inA;
    }

    /** The quotations of the second source, checked against the first. */
    public QuoteDirection inB() {
        return inB;
    }

    /** What to do before anything was checked; empty afterwards. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
