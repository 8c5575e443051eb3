package org.marginalia.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.SearchHit;

/** Search all sources and notes (the full-text index); choosing a hit opens it in a pane. */
final class SearchView {

    private final WorkbenchViewModel vm;
    private final TextField query = new TextField();
    private final ListView<SearchHit> hits = new ListView<>();

    SearchView(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    Node createView() {
        query.setId("search-field");
        query.setPromptText("Search all sources and notes");
        query.setAccessibleText("Search all sources and notes; Enter searches");
        query.setOnAction(e -> vm.sourceCommands().search(query.getText()));
        Label status = new Label();
        status.getStyleClass().add("pane-details");
        status.textProperty().bind(vm.sourceCommands().searchStatusProperty());
        hits.setId("search-hits");
        hits.setAccessibleText("Search results; Enter opens one");
        hits.setItems(vm.sourceCommands().hits());
        hits.setPlaceholder(new Label("Type words and press Enter."));
        hits.setCellFactory(v -> new HitCell());
        hits.setOnMouseClicked(e -> open());
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open();
            }
        });
        VBox box = new VBox(8, query, status, hits);
        box.getStyleClass().add("search-box");
        VBox.setVgrow(hits, Priority.ALWAYS);
        return box;
    }

    private void open() {
        SearchHit hit = hits.getSelectionModel().getSelectedItem();
        if (hit != null) {
            vm.sourceCommands().open(hit);
        }
    }

    void focus() {
        query.requestFocus();
        query.selectAll();
    }

    private final class HitCell extends ListCell<SearchHit> {

        HitCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            String source = vm.sources().stream().filter(s -> s.document().id() == hit.documentId())
                    .map(s -> s.document().title()).findFirst().orElse("");
            Label where = new Label((hit.inNote() ? "Note · " : "") + source,
                    new FontIcon(hit.inNote() ? Feather.EDIT_3 : Feather.FILE_TEXT));
            where.getStyleClass().add("pane-details");
            where.setMinWidth(0);
            TextFlow snippet = new TextFlow();
            String s = hit.snippet();
            int at = 0;
            while (at < s.length()) {
                int open = s.indexOf('[', at);
                int close = open < 0 ? -1 : s.indexOf(']', open);
                if (open < 0 || close < 0) {
                    snippet.getChildren().add(new Text(s.substring(at)));
                    break;
                }
                snippet.getChildren().add(new Text(s.substring(at, open)));
                Text match = new Text(s.substring(open + 1, close));
                match.getStyleClass().add("search-match");
                snippet.getChildren().add(match);
                at = close + 1;
            }
            snippet.setPrefWidth(0);
            snippet.maxWidthProperty().bind(hits.widthProperty().subtract(30));
            setGraphic(new VBox(2, where, snippet));
        }
    }
}
