package org.marginalia.ui.compare;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "Find counterpart" panel: what was searched, and the candidates with their strength ("strong", "possible",
 * "weak" or "no confident match"), score and matching words.
 */
final class CounterpartView {

    private static final PseudoClass NO_MATCH = PseudoClass.getPseudoClass("no-match");

    private final CounterpartViewModel model;
    private final Label searched = new Label();
    private final Label status = new Label();
    private final ListView<CounterpartRow> list = new ListView<>();
    private final Button link = new Button("Link…", new FontIcon(Feather.LINK_2));

    CounterpartView(CounterpartViewModel model) {
        this.model = model;
    }

    Node createView() {
        searched.setId("counterpart-origin");
        searched.getStyleClass().add("tool-quote");
        Tools.wrapping(searched);
        status.setId("counterpart-status");
        status.getStyleClass().add("pane-details");
        Tools.wrapping(status);
        list.setId("counterpart-list");
        list.setAccessibleText("Candidate counterparts, best first");
        list.setPlaceholder(new Label("No candidates yet."));
        list.setCellFactory(v -> new CandidateCell());
        list.setItems(model.rows());
        link.setId("counterpart-link");
        link.setAccessibleText("Link the chosen candidate to the searched passage");
        link.setDefaultButton(false);
        HBox actions = new HBox(6, link);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, searched, status, list, actions);
        box.getStyleClass().addAll("tool-panel", "counterparts");
        box.getStylesheets().add(Tools.stylesheet());
        VBox.setVgrow(list, Priority.ALWAYS);
        bind();
        return box;
    }

    private void bind() {
        status.textProperty().bind(model.statusProperty());
        model.statusProperty().addListener((o, a, b) -> status.pseudoClassStateChanged(NO_MATCH,
                !model.confidentProperty().get() && !model.rows().isEmpty()));
        model.originProperty().addListener((o, a, origin) -> searched.setText(origin == null ? ""
                : "“" + Tools.shorten(origin.text(), 240) + "”"));
        model.rows().addListener((ListChangeListener<CounterpartRow>) c -> {
            if (model.confidentProperty().get() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> model.choose(row));
        link.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        link.setOnAction(e -> model.accept(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.accept(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    void focus() {
        list.requestFocus();
    }

    private final class CandidateCell extends ListCell<CounterpartRow> {
        @Override
        protected void updateItem(CounterpartRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label score = new Label(row.verdict());
            score.getStyleClass().addAll("strength", row.styleClass());
            Label words = new Label(row.candidate().matchingWords().isEmpty() ? "no shared words"
                    : String.join(" · ", row.candidate().matchingWords()));
            words.getStyleClass().add("matching-words");
            words.setWrapText(true);
            HBox top = new HBox(8, score, words);
            top.setAlignment(Pos.BASELINE_LEFT);
            Text text = Tools.wrapped(Tools.shorten(row.text(), 320), list, "tool-text");
            if (!row.candidate().confident()) {
                text.getStyleClass().add("tool-text-doubtful");
            }
            words.maxWidthProperty().bind(list.widthProperty().subtract(150));
            setGraphic(new VBox(4, top, text));
            setAccessibleText(row.verdict() + ": " + row.text());
        }
    }
}
