package org.marginalia.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.marginalia.model.Tag;

/** Every passage in a table, filtered by tags and text; double-click shows the passage in a pane. */
final class PassagesTableView {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final WorkbenchViewModel vm;
    private final TableView<PassageRow> table = new TableView<>();
    private final CheckComboBox<Tag> tagFilter = new CheckComboBox<>();
    private final TextField textFilter = new TextField();

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
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.showPassage(row.getItem().passage());
                }
            });
            return row;
        });

        tagFilter.setId("tag-filter");
        tagFilter.setTitle("All tags");
        tagFilter.setShowCheckedCount(true);
        tagFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Tag tag) {
                return tag == null ? "" : tag.name();
            }

            @Override
            public Tag fromString(String s) {
                return null;
            }
        });
        textFilter.setId("text-filter");
        textFilter.setPromptText("Filter passages");
        HBox.setHgrow(textFilter, Priority.ALWAYS);
        HBox filters = new HBox(6, tagFilter, textFilter);
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
        tagFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<Tag>) c -> filter());
        textFilter.textProperty().addListener((o, a, b) -> filter());
    }

    private void syncTags() {
        Set<Long> checked = checkedIds();
        var items = vm.tags().stream().map(TagItem::tag).toList();
        tagFilter.getCheckModel().clearChecks();
        tagFilter.getItems().setAll(items);
        for (Tag t : items) {
            if (checked.contains(t.id())) {
                tagFilter.getCheckModel().check(t);
            }
        }
    }

    private Set<Long> checkedIds() {
        Set<Long> ids = new HashSet<>();
        tagFilter.getCheckModel().getCheckedItems().forEach(t -> ids.add(t.id()));
        return ids;
    }

    private void filter() {
        vm.setFilter(checkedIds(), textFilter.getText());
    }

    private static TableColumn<PassageRow, String> column(String name, double width,
            java.util.function.Function<PassageRow, String> value) {
        TableColumn<PassageRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    CheckComboBox<Tag> tagFilter() {
        return tagFilter;
    }
}
