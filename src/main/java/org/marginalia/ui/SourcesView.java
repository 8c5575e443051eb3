package org.marginalia.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.SourceType;

/** The Sources list: type icon, title, passage count; double-click or drag onto a pane to open. */
final class SourcesView {

    private final WorkbenchViewModel vm;
    private final ListView<SourceItem> list = new ListView<>();

    SourcesView(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    Node createView() {
        list.setId("sources-list");
        list.setAccessibleText("Sources");
        list.setItems(vm.sources());
        list.setPlaceholder(new Label("No sources yet.\nImport files with Ctrl+I\nor drop them here."));
        list.setCellFactory(v -> new SourceCell());
        list.setOnMouseClicked(e -> {
            SourceItem item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.openInPane(vm.activePane(), item.document().id());
            }
        });
        list.setOnKeyPressed(e -> {
            SourceItem item = list.getSelectionModel().getSelectedItem();
            // Enter does from the keyboard what a double-click does.
            if (item != null && e.getCode() == KeyCode.ENTER) {
                vm.openInPane(vm.activePane(), item.document().id());
                e.consume();
            }
        });
        return list;
    }

    static FontIcon iconOf(SourceType type) {
        Feather icon = switch (type) {
            case PDF -> Feather.BOOK_OPEN;
            case HTML -> Feather.GLOBE;
            case MARKDOWN -> Feather.HASH;
            case TEXT -> Feather.FILE_TEXT;
            case IMAGE -> Feather.IMAGE;
            case TRANSCRIPTION -> Feather.FILE;
        };
        FontIcon fontIcon = new FontIcon(icon);
        fontIcon.getStyleClass().add("source-icon");
        return fontIcon;
    }

    private static final class SourceCell extends ListCell<SourceItem> {

        SourceCell() {
            // Lets the title shrink with an ellipsis instead of pushing the count out of sight.
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(DragPayload.SOURCE.of(getItem().document().id()));
                    startDragAndDrop(TransferMode.LINK).setContent(content);
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(SourceItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.document().title());
            title.setMinWidth(0);
            title.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label count = new Label(String.valueOf(item.passages()));
            count.getStyleClass().add("count-badge");
            Region spacer = new Region();
            HBox row = new HBox(8, iconOf(item.document().type()), title, spacer, count);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setTooltip(new javafx.scene.control.Tooltip(item.document().title() + "\n" + item.document().fileName()
                    + "\n" + item.passages() + " passage(s)"));
        }
    }
}
