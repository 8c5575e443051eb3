package org.marginalia.ui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Relation;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;
import org.marginalia.ui.SourcePaneModel;

/**
 * "Find counterpart": for the text selected in one pane (or its selected passage), the places in the other pane's
 * source it most likely comes from. Choosing one shows it; accepting one marks it as a passage and links the two,
 * in one project call. A best candidate below the confidence threshold is reported as "no confident match".
 */
public final class CounterpartViewModel {

    /** How many candidates the list offers. */
    public static final int TOP = 5;

    /** What was searched for: a passage, or a text selection not yet marked. */
    public record Origin(Document source, TextSpan span, String text, Annotation passage, Document target) {
    }

    private final ToolContext context;
    private final PaneReveal reveal;
    private final ObservableList<CounterpartRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CounterpartRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Origin> origin = new ReadOnlyObjectWrapper<>(this, "origin");
    private final ReadOnlyBooleanWrapper confident = new ReadOnlyBooleanWrapper(this, "confident");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Select a passage or some text in one pane, then find where it comes from in the other.");

    public CounterpartViewModel(ToolContext context, PaneReveal reveal) {
        this.context = context;
        this.reveal = reveal;
    }

    /** Looks for the text selected in a pane, or else its selected passage, in the source of another pane. */
    public void findFor(int paneIndex) {
        WindowPanes panes = context.panes();
        Document source = panes.documentIn(paneIndex);
        int other = panes.otherPane(paneIndex);
        if (source == null || other < 0) {
            context.dialogs().showInformation("Find counterpart",
                    "Open two sources side by side, and select a passage or some text in one of them.");
            return;
        }
        SourcePaneModel pane = context.window().panes().get(paneIndex);
        TextSpan selection = pane.textSelectionProperty().get();
        Annotation passage = pane.selectedPassageProperty().get();
        String text = pane.textProperty().get();
        Origin wanted;
        if (selection != null && !selection.isEmpty() && !selection.of(text).isBlank()) {
            wanted = new Origin(source, selection, selection.of(text).strip(), null, panes.documentIn(other));
        } else if (passage != null) {
            wanted = new Origin(source, passage.span(), passage.quote(), passage, panes.documentIn(other));
        } else {
            context.dialogs().showInformation("Find counterpart",
                    "Select a passage (click a highlight) or some text first.");
            return;
        }
        find(wanted);
    }

    public void find(Origin wanted) {
        origin.set(wanted);
        rows.clear();
        confident.set(false);
        status.set("Looking in “" + Tools.shorten(wanted.target().title(), 50) + "”…");
        context.background().run("Finding counterparts", p -> {
            Project project = context.project();
            String target = project.compare().text(wanted.target().id());
            return project.compare().counterparts(wanted.text(), wanted.target().id(), TOP).stream()
                    .map(c -> new CounterpartRow(c, c.span().of(target))).toList();
        }, found -> {
            boolean match = !found.isEmpty() && found.get(0).candidate().confident();
            confident.set(match);
            rows.setAll(found);
            status.set(statusOf(found, Tools.shorten(wanted.target().title(), 50)));
            // A candidate below the threshold is listed for the curious, never shown in the pane as if it were found.
            if (match) {
                choose(found.get(0));
            }
        });
    }

    static String statusOf(List<CounterpartRow> found, String target) {
        if (found.isEmpty()) {
            return "Nothing in “" + target + "” comes close.";
        }
        if (!found.get(0).candidate().confident()) {
            return "No confident match in “" + target + "”. The closest places are listed, but none is likely "
                    + "to be where the passage comes from.";
        }
        long strong = found.stream().filter(r -> r.candidate().confident()).count();
        return (strong == 1 ? "1 likely counterpart" : strong + " likely counterparts") + " in “" + target
                + "”, best first. Enter links the chosen one.";
    }

    /** Shows a candidate in the pane of the target source. */
    public void choose(CounterpartRow row) {
        Origin wanted = origin.get();
        if (row != null && wanted != null) {
            reveal.reveal(wanted.target().id(), row.candidate().span());
        }
    }

    /**
     * Accepts a candidate: asks how the searched passage relates to it, marks either end that is not a passage yet
     * (or takes the passage already marked at exactly that place), and links them, as one undoable change.
     */
    public void accept(CounterpartRow row) {
        Origin wanted = origin.get();
        if (row == null || wanted == null) {
            return;
        }
        context.dialogs().chooseRelation(wanted.text(), row.text()).ifPresent(relation -> link(wanted, row, relation));
    }

    private void link(Origin wanted, CounterpartRow row, Relation relation) {
        context.background().run("Linking counterpart", p -> context.project().counterparts().accept(
                wanted.source().id(), wanted.passage() != null ? wanted.passage().span() : wanted.span(),
                wanted.target().id(), row.candidate().span(), relation),
                accepted -> context.recorder().accept(new CounterpartEdit(accepted), () -> {
                    status.set("Linked: the passage " + relation.word() + " “" + Tools.shorten(row.text(), 60)
                            + "”");
                    // Selecting the searched passage puts the new pair in the comparison strip, word by word.
                    context.window().showPassage(accepted.from());
                }));
    }

    public ObservableList<CounterpartRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Origin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** Whether the best candidate is good enough to be shown as a match. */
    public ReadOnlyBooleanProperty confidentProperty() {
        return confident.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
