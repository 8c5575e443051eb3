package org.marginalia.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What an empty pane says: how to bring sources in when the project has none, else how to open one here. */
final class PanePlaceholder {

    static final String NO_SOURCES = "Import sources (Ctrl+I) or drop files here";
    static final String CHOOSE = "Double-click a source on the left, or drag it here";

    private PanePlaceholder() {
    }

    static Label of(WorkbenchViewModel vm, SourcePaneModel model) {
        Label label = new Label();
        label.getStyleClass().add("pane-placeholder");
        label.setGraphic(new FontIcon(Feather.DOWNLOAD));
        label.setWrapText(true);
        label.setMouseTransparent(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> vm.sources().isEmpty() ? NO_SOURCES : CHOOSE,
                vm.sources()));
        label.visibleProperty().bind(model.documentProperty().isNull());
        label.setAccessibleText(label.getText());
        label.textProperty().addListener((o, a, text) -> label.setAccessibleText(text));
        return label;
    }
}
