package org.marginalia.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.marginalia.model.AlignmentRow;
import org.marginalia.model.Document;

/**
 * The alignment table: the first source's sentences on the left, their counterparts on the right drawn as a word
 * diff, the similarity beside them, and the coverage line above. Clicking a row reveals both ends in their panes.
 */
final class AlignView {

    private static final String NONE = "— no counterpart —";

    private final AlignViewModel model;
    private final Runnable export;
    private final TableView<AlignmentRow> table = new TableView<>();

    AlignView(AlignViewModel model, Runnable export) {
        this.model = model;
        this.export = export;
    }

    Node createView() {
        Label coverage = Tools.wrapping(new Label());
        coverage.setId("align-coverage");
        coverage.textProperty().bind(model.coverageProperty());
        Button again = Tools.iconButton(Feather.REFRESH_CW, "Align the two sources side by side again", model::align);
        again.setId("align-run");
        Button save = Tools.iconButton(Feather.UPLOAD, "Export the alignment as CSV, HTML or Markdown", export);
        save.setId("align-export");
        save.disableProperty().bind(model.alignmentProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(coverage, Priority.SOMETIMES);
        HBox bar = new HBox(4, coverage, gap, again, save);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableColumn<AlignmentRow, AlignmentRow> left = column(model.sourceAProperty().get());
        left.textProperty().bind(Bindings.createStringBinding(() -> title(model.sourceAProperty().get()),
                model.sourceAProperty()));
        left.setCellFactory(c -> new SentenceCell(false));
        TableColumn<AlignmentRow, AlignmentRow> right = column(model.sourceBProperty().get());
        right.textProperty().bind(Bindings.createStringBinding(() -> title(model.sourceBProperty().get()),
                model.sourceBProperty()));
        right.setCellFactory(c -> new SentenceCell(true));
        TableColumn<AlignmentRow, AlignmentRow> similarity = new TableColumn<>("Similarity");
        similarity.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        similarity.setCellFactory(c -> new SimilarityCell());
        similarity.setPrefWidth(78);
        similarity.setMinWidth(70);
        similarity.setMaxWidth(90);
        table.getColumns().setAll(left, right, similarity);
        table.setId("align-table");
        table.setAccessibleText("Aligned sentences: the first source, its counterpart with the changes, similarity");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No alignment yet."));
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.choose(row));

        VBox box = new VBox(6, bar, table);
        box.getStyleClass().addAll("tool-panel", "alignment");
        box.getStylesheets().add(Tools.stylesheet());
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<AlignmentRow, AlignmentRow> column(Document source) {
        TableColumn<AlignmentRow, AlignmentRow> column = new TableColumn<>(title(source));
        column.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        column.setSortable(false);
        column.setPrefWidth(260);
        return column;
    }

    private static String title(Document source) {
        return source == null ? "" : Tools.shorten(source.title(), 60);
    }

    /** A sentence that wraps to its column; on the right, drawn as the word diff from the left one. */
    private static final class SentenceCell extends TableCell<AlignmentRow, AlignmentRow> {

        private final boolean counterpart;
        private AlignmentRow shown;

        SentenceCell(boolean counterpart) {
            this.counterpart = counterpart;
        }

        @Override
        protected void updateItem(AlignmentRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                shown = null;
                return;
            }
            if (row == shown && getGraphic() != null) {
                return;
            }
            shown = row;
            String words = counterpart ? row.textB() : row.textA();
            TextFlow flow;
            if (counterpart && row.diff() != null) {
                flow = DiffFlow.of(row.diff());
            } else {
                Text text = new Text(words.isEmpty() ? NONE : words);
                text.getStyleClass().add(words.isEmpty() ? "tool-hint" : "tool-text");
                flow = new TextFlow(text);
            }
            flow.getStyleClass().add("align-sentence");
            setGraphic(flow);
            setAccessibleText(words.isEmpty() ? NONE : words);
        }

        /** As tall as the sentence needs when wrapped to the column, not as a text flow guesses without a width. */
        @Override
        protected double computePrefHeight(double width) {
            Node graphic = getGraphic();
            if (graphic == null || getTableColumn() == null) {
                return super.computePrefHeight(width);
            }
            double inner = getTableColumn().getWidth() - snappedLeftInset() - snappedRightInset();
            return graphic.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
        }
    }

    private static final class SimilarityCell extends TableCell<AlignmentRow, AlignmentRow> {
        @Override
        protected void updateItem(AlignmentRow row, boolean empty) {
            super.updateItem(row, empty);
            setGraphic(null);
            setText(empty || row == null ? null : row.paired() ? Math.round(row.similarity() * 100) + "%" : "—");
            getStyleClass().removeAll("align-unpaired");
            if (row != null && !row.paired()) {
                getStyleClass().add("align-unpaired");
            }
        }
    }
}
