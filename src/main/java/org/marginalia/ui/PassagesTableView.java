package org.marginalia.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.marginalia.model.Annotation;
import org.marginalia.model.Tag;

/** Every passage in a table, filtered by tags and text; double-click shows the passage in a pane. */
final class PassagesTableView {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final WorkbenchViewModel vm;
    private final TableView<PassageRow> table = new TableView<>();
    private final TagFilterChips tagFilter = new TagFilterChips(checked -> filter());
    private final TextField textFilter = new TextField();
    private List<Tag> chipTags;

    PassagesTableView(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    Node createView() {
        table.setId("passages-table");
        table.setAccessibleText("Passages");
        table.setItems(vm.passageRows());
        table.setPlaceholder(new Label("No passages match."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Source", 110, r -> r.source()));
        table.getColumns().add(column("Tags", 90, PassageRow::tagNames));
        table.getColumns().add(column("Quote", 200, r -> r.passage().quote()));
        table.getColumns().add(column("Page", 44, r -> r.page() == 0 ? "" : String.valueOf(r.page())));
        table.getColumns().add(column("Note", 120, r -> r.passage().note()));
        table.getColumns().add(column("Created", 110, r -> CREATED.format(r.passage().created())));
        table.setTableMenuButtonVisible(true);
        // Page and Created stay a click away in the column menu; the narrow side panel shows what is read most.
        table.getColumns().get(3).setVisible(false);
        table.getColumns().get(5).setVisible(false);
        table.setRowFactory(t -> {
            TableRow<PassageRow> row = new TableRow<>();
            // One click reveals: the passage becomes current and its pane scrolls to it.
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY) {
                    vm.showPassage(row.getItem().passage());
                }
            });
            return row;
        });

        textFilter.setId("text-filter");
        textFilter.setPromptText("Filter passages");
        textFilter.setAccessibleText("Filter passages by their words");
        VBox filters = new VBox(4, tagFilter.createView(), textFilter);
        filters.getStyleClass().add("filter-bar");
        Label heading = new Label("Passages");
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(6, heading, filters, table);
        box.getStyleClass().add("passages-box");
        VBox.setVgrow(table, Priority.ALWAYS);
        bind();
        return box;
    }

    private void bind() {
        vm.tags().addListener((ListChangeListener<TagItem>) c -> syncTags());
        syncTags();
        textFilter.textProperty().addListener((o, a, b) -> filter());
        vm.selectedProperty().addListener((o, a, passage) -> follow(passage));
        // A tag's key works here too, on the current passage the row shows (or on text selected in a pane).
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            String key = e.getText();
            if (!e.isShortcutDown() && !e.isAltDown() && key != null && key.length() == 1
                    && vm.passages().applyTagByKey(vm.activePane(), key)) {
                e.consume();
            }
        });
    }

    /** New chips when the codebook changed; a passage count that moved (each tagging) leaves them and the filter. */
    private void syncTags() {
        List<Tag> tags = vm.tags().stream().map(TagItem::tag).toList();
        if (!tags.equals(chipTags)) {
            chipTags = tags;
            tagFilter.setTags(tags);
        }
    }

    private void filter() {
        vm.setFilter(tagFilter.checked(), textFilter.getText());
    }

    /** The current passage's row is selected and scrolled into view; none is selected when there is none. */
    private void follow(Annotation passage) {
        if (passage == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).passage().id() == passage.id()) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                }
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    private static TableColumn<PassageRow, String> column(String name, double width,
            Function<PassageRow, String> value) {
        TableColumn<PassageRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
