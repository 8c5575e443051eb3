package org.marginalia.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.marginalia.model.Document;
import org.marginalia.model.TextSpan;

/**
 * Keeps every pane showing the compared coder's passages on its source, also after the pane opens another source or
 * a pane is added: the one hook between the Analysis window's comparison and the panes.
 */
public final class SecondCoderLayer implements Consumer<Map<Long, List<TextSpan>>> {

    private final ObservableList<SourcePaneModel> panes;
    private Map<Long, List<TextSpan>> bySource = Map.of();

    public SecondCoderLayer(ObservableList<SourcePaneModel> panes) {
        this.panes = panes;
        panes.forEach(this::follow);
        panes.addListener((ListChangeListener<SourcePaneModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::follow);
            }
        });
    }

    /** Shows these spans (by source id) from now on; an empty map takes the layer away. */
    @Override
    public void accept(Map<Long, List<TextSpan>> spans) {
        bySource = Map.copyOf(spans);
        panes.forEach(this::apply);
    }

    private void follow(SourcePaneModel pane) {
        pane.documentProperty().addListener((o, a, d) -> apply(pane));
        apply(pane);
    }

    private void apply(SourcePaneModel pane) {
        Document d = pane.documentProperty().get();
        pane.showSecondCoder(d == null ? List.of() : bySource.getOrDefault(d.id(), List.of()));
    }
}
