package org.marginalia.ui.compare;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.Document;
import org.marginalia.ui.SourcePaneModel;

/**
 * "Align": each sentence of the left pane's source paired with its counterpart in the right pane's, for the overlay
 * to draw connectors between. The pairs follow the sources the two panes show while the toggle is on.
 */
public final class AlignViewModel {

    private final ToolContext context;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ObservableList<AlignedPair> pairs = FXCollections.observableArrayList();
    private final ObservableList<AlignedPair> pairsView = FXCollections.unmodifiableObservableList(pairs);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long leftId = -1;
    private long rightId = -1;
    private final javafx.beans.InvalidationListener documentChanged = o -> update();

    public AlignViewModel(ToolContext context) {
        this.context = context;
        enabled.addListener((o, a, on) -> update());
        context.window().panes().addListener((ListChangeListener<SourcePaneModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(p -> p.documentProperty()
                        .removeListener(documentChanged));
                c.getAddedSubList().forEach(p -> p.documentProperty()
                        .addListener(documentChanged));
            }
            update();
        });
        context.window().panes().forEach(p -> p.documentProperty().addListener(documentChanged));
    }

    /** Reads the pairs for the first two panes' sources when the toggle is on; clears them when it is off. */
    public void update() {
        Document left = context.panes().documentIn(0);
        Document right = context.panes().documentIn(1);
        if (!enabled.get() || left == null || right == null) {
            pairs.clear();
            leftId = -1;
            rightId = -1;
            status.set("");
            return;
        }
        if (left.id() == leftId && right.id() == rightId) {
            return;
        }
        leftId = left.id();
        rightId = right.id();
        context.background().run("Aligning sentences", p -> context.project().compare().align(left.id(), right.id()),
                (List<AlignedPair> found) -> {
                    if (left.id() == leftId && right.id() == rightId) {
                        pairs.setAll(found);
                        status.set(found.size() + " sentences aligned");
                    }
                });
    }

    /** The toggle; the window's "Align Sentences" check item binds to it. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Pairs of the left pane's source (a) with the right pane's (b), in the left's reading order. */
    public ObservableList<AlignedPair> pairs() {
        return pairsView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
