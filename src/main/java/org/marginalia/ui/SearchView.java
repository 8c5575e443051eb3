package org.marginalia.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.SearchHit;

/**
 * Search all sources and notes (the full-text index): a row per source or note with how many matches it holds,
 * expandable to every match with its context; choosing a match opens the source at it, choosing the source at its
 * first. A page at a time: "More results" fetches the next.
 */
final class SearchView {

    /** A tree row: a source or note ({@code match} -1), or one match in it. */
    private record Row(SearchHit hit, int match) {
    }

    private final WorkbenchViewModel vm;
    private final TextField query = new TextField();
    private final TreeView<Row> hits = new TreeView<>(new TreeItem<>());

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
        hits.setAccessibleText("Search results: a source per row with its match count; expand it for each match; "
                + "Enter opens one");
        hits.setShowRoot(false);
        hits.setCellFactory(v -> new HitCell());
        hits.setOnMouseClicked(e -> open());
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            }
        });
        vm.sourceCommands().hits().addListener((ListChangeListener<SearchHit>) c -> fill());
        fill();
        Button more = new Button("More results");
        more.setId("search-more");
        more.visibleProperty().bind(vm.sourceCommands().moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.sourceCommands().more());
        VBox box = new VBox(8, query, status, hits, more);
        box.getStyleClass().add("search-box");
        VBox.setVgrow(hits, Priority.ALWAYS);
        return box;
    }

    private void fill() {
        var items = hits.getRoot().getChildren();
        var found = vm.sourceCommands().hits();
        // A further page appends: the rows shown (and those the user expanded) stay as they are.
        boolean appended = items.size() <= found.size();
        for (int i = 0; appended && i < items.size(); i++) {
            appended = items.get(i).getValue().hit() == found.get(i);
        }
        if (!appended) {
            items.clear();
        }
        for (int i = items.size(); i < found.size(); i++) {
            SearchHit hit = found.get(i);
            TreeItem<Row> source = new TreeItem<>(new Row(hit, -1));
            for (int m = 0; m < hit.count(); m++) {
                source.getChildren().add(new TreeItem<>(new Row(hit, m)));
            }
            source.setExpanded(found.size() == 1);
            items.add(source);
        }
    }

    private void open() {
        TreeItem<Row> item = hits.getSelectionModel().getSelectedItem();
        if (item != null) {
            vm.sourceCommands().open(item.getValue().hit(), Math.max(0, item.getValue().match()));
        }
    }

    void focus() {
        query.requestFocus();
        query.selectAll();
    }

    private final class HitCell extends TreeCell<Row> {

        HitCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            SearchHit hit = row.hit();
            if (row.match() < 0) {
                String source = vm.sources().stream().filter(s -> s.document().id() == hit.documentId())
                        .map(s -> s.document().title()).findFirst().orElse("");
                Label where = new Label(hit.count() + (hit.count() == 1 ? " match in " : " matches in ")
                        + (hit.inNote() ? "a note on “" : "“") + source + "”",
                        new FontIcon(hit.inNote() ? Feather.EDIT_3 : Feather.FILE_TEXT));
                where.setMinWidth(0);
                setGraphic(where);
                return;
            }
            setGraphic(snippet(hit.matches().get(row.match()).snippet()));
        }

        private TextFlow snippet(String s) {
            TextFlow snippet = new TextFlow();
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
            snippet.maxWidthProperty().bind(hits.widthProperty().subtract(50));
            return snippet;
        }
    }
}
