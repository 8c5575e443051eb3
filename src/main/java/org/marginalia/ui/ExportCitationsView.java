package org.marginalia.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.ExportFormat;

/**
 * The citation part of an export: the style of a report's citations, or for a CSV whether it gets a citation
 * column and in which style. Starts at the preferred style with the column off.
 */
final class ExportCitationsView {

    private final ExportFormat format;
    private final ComboBox<CitationStyle> style = new ComboBox<>();
    private final CheckBox column = new CheckBox("Add a citation column (last column, after the usual ones)");

    ExportCitationsView(ExportFormat format, CitationStyle preferred) {
        this.format = format;
        List<CitationStyle> styles = new ArrayList<>(CitationStyle.BUNDLED);
        if (!styles.contains(preferred)) {
            styles.add(preferred);
        }
        style.getItems().setAll(styles);
        style.setValue(preferred);
        style.setConverter(new StringConverter<>() {
            @Override
            public String toString(CitationStyle s) {
                return s == null ? "" : s.label();
            }

            @Override
            public CitationStyle fromString(String label) {
                return styles.stream().filter(s -> s.label().equals(label)).findFirst().orElse(preferred);
            }
        });
        style.setId("export-citation-style");
        style.setAccessibleText("Citation style");
        column.setId("export-citation-column");
        column.setAccessibleText("Add a citation column to the CSV");
    }

    Node createView() {
        Label styleLabel = new Label("Citation style");
        styleLabel.setLabelFor(style);
        if (format != ExportFormat.CSV) {
            Label hint = new Label("Each passage in the report is cited in this style.");
            return new VBox(8, styleLabel, style, hint);
        }
        style.disableProperty().bind(column.selectedProperty().not());
        Label hint = new Label("Off keeps the columns scripts and spreadsheets expect.");
        return new VBox(8, column, styleLabel, style, hint);
    }

    ExportCitations chosen() {
        return new ExportCitations(style.getValue(), format == ExportFormat.CSV && column.isSelected());
    }
}
