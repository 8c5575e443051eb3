package org.marginalia.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.Alignment;
import org.marginalia.model.AlignmentRow;
import org.marginalia.model.Document;
import org.marginalia.ui.SourcePaneModel;

/**
 * "Align Sentences": each sentence of the first pane's source with its counterpart in the second pane's, as rows of
 * a table, the sentences that have none on either side, and a coverage line. The connectors drawn over the panes
 * are an option on top; the alignment follows the two panes' sources once made.
 */
public final class AlignViewModel {

    private final ToolContext context;
    private final PaneReveal reveal;
    private final BooleanProperty connectors = new SimpleBooleanProperty(this, "connectors", false);
    private final ReadOnlyObjectWrapper<Alignment> alignment = new ReadOnlyObjectWrapper<>(this, "alignment");
    private final ObservableList<AlignmentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AlignmentRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<AlignedPair> pairs = FXCollections.observableArrayList();
    private final ObservableList<AlignedPair> pairsView = FXCollections.unmodifiableObservableList(pairs);
    private final ReadOnlyObjectWrapper<Document> sourceA = new ReadOnlyObjectWrapper<>(this, "sourceA");
    private final ReadOnlyObjectWrapper<Document> sourceB = new ReadOnlyObjectWrapper<>(this, "sourceB");
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper(this, "coverage",
            "Open two sources side by side, then align their sentences (Compare › Align Sentences).");

    public AlignViewModel(ToolContext context, PaneReveal reveal) {
        this.context = context;
        this.reveal = reveal;
        InvalidationListener documentChanged = o -> follow();
        connectors.addListener((o, was, on) -> follow());
        context.window().panes().addListener((ListChangeListener<SourcePaneModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(p -> p.documentProperty().removeListener(documentChanged));
                c.getAddedSubList().forEach(p -> p.documentProperty().addListener(documentChanged));
            }
            follow();
        });
        context.window().panes().forEach(p -> p.documentProperty().addListener(documentChanged));
    }

    /** Aligns the sentences of the first two panes' sources. */
    public void align() {
        Document a = context.panes().documentIn(0);
        int other = context.panes().otherPane(0);
        if (a == null || other < 0) {
            context.dialogs().showInformation("Align sentences",
                    "Open two sources side by side: each sentence of the left one is paired with its counterpart "
                            + "in the right one.");
            return;
        }
        align(a, context.panes().documentIn(other));
    }

    public void align(Document a, Document b) {
        sourceA.set(a);
        sourceB.set(b);
        coverage.set("Aligning sentences…");
        context.background().run("Aligning sentences", p -> context.project().compare().alignment(a.id(), b.id()),
                found -> {
                    if (sourceA.get() == a && sourceB.get() == b) {
                        show(found);
                    }
                });
    }

    private void show(Alignment found) {
        alignment.set(found);
        rows.setAll(found.rows());
        pairs.setAll(found.rows().stream().filter(AlignmentRow::paired)
                .map(r -> new AlignedPair(r.a(), r.b(), r.similarity())).toList());
        coverage.set(coverageLine(found, sourceA.get().title(), sourceB.get().title()));
    }

    /** "27 of 31 sentences of “A” trace to “B”; 4 have none." */
    static String coverageLine(Alignment alignment, String titleA, String titleB) {
        int all = alignment.sentencesA();
        int paired = alignment.pairedA();
        String line = paired + " of " + all + (all == 1 ? " sentence" : " sentences") + " of “"
                + Tools.shorten(titleA, 32) + "” " + (paired == 1 ? "traces" : "trace") + " to “"
                + Tools.shorten(titleB, 32) + "”; " + (all - paired) + (all - paired == 1 ? " has" : " have")
                + " none.";
        int extra = alignment.unpairedB();
        return extra == 0 ? line : line + " " + extra + (extra == 1 ? " sentence" : " sentences") + " of “"
                + Tools.shorten(titleB, 32) + "” " + (extra == 1 ? "has" : "have") + " no counterpart.";
    }

    /** Keeps a shown alignment (or the connectors) on the sources the panes show now. */
    private void follow() {
        Document a = context.panes().documentIn(0);
        int other = context.panes().otherPane(0);
        Document b = other < 0 ? null : context.panes().documentIn(other);
        boolean wanted = connectors.get() || alignment.get() != null;
        if (!wanted || a == null || b == null) {
            if (a == null || b == null) {
                clear();
            }
            return;
        }
        if (sourceA.get() == null || sourceB.get() == null || sourceA.get().id() != a.id()
                || sourceB.get().id() != b.id()) {
            align(a, b);
        }
    }

    private void clear() {
        alignment.set(null);
        rows.clear();
        pairs.clear();
        sourceA.set(null);
        sourceB.set(null);
    }

    /** Brings both ends of a row into view, each in the pane of its source. */
    public void choose(AlignmentRow row) {
        if (row == null || sourceA.get() == null) {
            return;
        }
        if (row.a() != null) {
            reveal.reveal(sourceA.get().id(), row.a());
        }
        if (row.b() != null) {
            reveal.reveal(sourceB.get().id(), row.b());
        }
    }

    /**
     * The aligned pairs from {@code leadId}'s point of view towards {@code followId} (a is in the lead), for
     * synchronised scrolling; empty when those two sources are not the ones aligned.
     */
    public List<AlignedPair> pairsBetween(long leadId, long followId) {
        Alignment shown = alignment.get();
        if (shown == null) {
            return List.of();
        }
        List<AlignedPair> oriented = new ArrayList<>();
        if (shown.sourceA() == leadId && shown.sourceB() == followId) {
            oriented.addAll(pairs);
        } else if (shown.sourceA() == followId && shown.sourceB() == leadId) {
            pairs.forEach(p -> oriented.add(new AlignedPair(p.b(), p.a(), p.score())));
        }
        return oriented;
    }

    /** Whether connectors are drawn over the panes between aligned sentences: an option, off by default. */
    public BooleanProperty connectorsProperty() {
        return connectors;
    }

    public ReadOnlyObjectProperty<Alignment> alignmentProperty() {
        return alignment.getReadOnlyProperty();
    }

    /** The table's rows, in the first source's reading order. */
    public ObservableList<AlignmentRow> rows() {
        return rowsView;
    }

    /** The paired rows as pairs of spans, for the connectors. */
    public ObservableList<AlignedPair> pairs() {
        return pairsView;
    }

    public ReadOnlyObjectProperty<Document> sourceAProperty() {
        return sourceA.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Document> sourceBProperty() {
        return sourceB.getReadOnlyProperty();
    }

    /** The coverage line, or what to do before anything was aligned. */
    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }
}
