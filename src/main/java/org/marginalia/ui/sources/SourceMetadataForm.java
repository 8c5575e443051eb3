package org.marginalia.ui.sources;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.marginalia.model.SourceMetadata;
import org.marginalia.ui.compare.Tools;

/** The source details as a form: one labelled field per metadata key, bound to the view-model. */
final class SourceMetadataForm {

    private final SourceMetadataViewModel model;

    SourceMetadataForm(SourceMetadataViewModel model) {
        this.model = model;
    }

    Node createView() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints(320, 420, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        for (String key : SourceMetadata.KEYS) {
            String text = SourceMetadataViewModel.LABELS.get(key);
            Label label = new Label(text);
            TextField field = new TextField();
            field.setId("meta-" + key.replace('_', '-'));
            field.setAccessibleText(text);
            field.textProperty().bindBidirectional(model.field(key));
            label.setLabelFor(field);
            if (key.equals("date") || key.equals("event_date")) {
                field.setPromptText("e.g. 2001-06-16");
            } else if (key.equals("url")) {
                field.setPromptText("https://…");
            }
            grid.addRow(row++, label, field);
        }
        Label warnings = new Label();
        warnings.setId("meta-warnings");
        warnings.setWrapText(true);
        warnings.setMaxWidth(420);
        warnings.getStyleClass().add("metadata-warnings");
        warnings.textProperty().bind(model.warningsProperty());
        warnings.visibleProperty().bind(model.warningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        grid.add(warnings, 1, row);
        grid.getStyleClass().addAll("tool-panel", "metadata-form");
        grid.getStylesheets().add(Tools.stylesheet());
        return grid;
    }
}
