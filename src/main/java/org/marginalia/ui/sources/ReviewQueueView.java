package org.marginalia.ui.sources;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.project.ReviewItem;
import org.marginalia.ui.compare.Tools;

/** The review queue panel: each doubtful passage, why, the suggested place, and the two ways to settle it. */
final class ReviewQueueView {

    private final ReviewQueueViewModel model;
    private final Label summary = new Label();
    private final ListView<ReviewItem> list = new ListView<>();
    private final Button accept = new Button("Accept Candidate", new FontIcon(Feather.CORNER_DOWN_RIGHT));
    private final Button keep = new Button("Keep Here", new FontIcon(Feather.MAP_PIN));

    ReviewQueueView(ReviewQueueViewModel model) {
        this.model = model;
    }

    Node createView() {
        summary.setId("review-summary");
        Tools.wrapping(summary);
        Button reload = Tools.iconButton(Feather.REFRESH_CW, "Read the review queue again", model::load);
        reload.setId("review-reload");
        HBox top = new HBox(6, summary, reload);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        list.setId("review-list");
        list.setAccessibleText("Passages waiting for review");
        list.setPlaceholder(new Label("No passages wait for review."));
        list.setCellFactory(v -> new ItemCell());
        list.setItems(model.items());
        accept.setId("review-accept");
        accept.setAccessibleText("Move the passage to the suggested place");
        keep.setId("review-keep");
        keep.setAccessibleText("Keep the passage where it is now");
        HBox actions = new HBox(6, keep, accept);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, top, list, actions);
        box.getStyleClass().addAll("tool-panel", "review-queue");
        box.getStylesheets().add(Tools.stylesheet());
        VBox.setVgrow(list, Priority.ALWAYS);
        bind();
        return box;
    }

    private void bind() {
        summary.textProperty().bind(model.summaryProperty());
        var chosen = list.getSelectionModel().selectedItemProperty();
        chosen.addListener((o, a, item) -> model.choose(item));
        keep.disableProperty().bind(chosen.isNull());
        accept.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chosen.get() == null || !chosen.get().flag().hasCandidate(), chosen));
        keep.setOnAction(e -> model.keepHere(chosen.get()));
        accept.setOnAction(e -> model.acceptCandidate(chosen.get()));
    }

    private final class ItemCell extends ListCell<ReviewItem> {
        @Override
        protected void updateItem(ReviewItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            javafx.scene.text.Text quote = Tools.wrapped("“" + Tools.shorten(item.passage().quote(), 240) + "”",
                    list, "tool-text");
            Label reason = Tools.wrapping(new Label(item.flag().reason(), new FontIcon(Feather.ALERT_TRIANGLE)));
            reason.getStyleClass().addAll("verdict", "verdict-altered");
            VBox content = new VBox(4, reason, quote);
            if (!item.candidateText().isBlank()) {
                javafx.scene.text.Text candidate = Tools.wrapped("Suggested place: “"
                        + Tools.shorten(item.candidateText(), 240) + "”", list, "tool-hint");
                content.getChildren().add(candidate);
            }
            reason.maxWidthProperty().bind(list.widthProperty().subtract(36));
            setGraphic(content);
            setAccessibleText(item.flag().reason() + ": " + item.passage().quote());
        }
    }
}
