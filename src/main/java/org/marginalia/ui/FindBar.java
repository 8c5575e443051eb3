package org.marginalia.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Find in source: a field, "2 of 7", previous and next; Enter steps on, Shift+Enter back, Escape closes. */
final class FindBar {

    private final SourcePaneModel model;
    private final Runnable onClose;
    private final TextField field = new TextField();
    private final Label status = new Label();
    private final HBox bar = new HBox(6);

    FindBar(SourcePaneModel model, Runnable onClose) {
        this.model = model;
        this.onClose = onClose;
    }

    Node createView() {
        field.setPromptText("Find in source");
        field.setAccessibleText("Find in source");
        HBox.setHgrow(field, Priority.ALWAYS);
        status.getStyleClass().add("pane-details");
        bar.getChildren().setAll(field, status,
                iconButton(Feather.CHEVRON_UP, "Previous match", () -> model.step(false)),
                iconButton(Feather.CHEVRON_DOWN, "Next match", () -> model.step(true)),
                iconButton(Feather.X, "Close find bar", this::hide));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("find-bar");
        bar.setVisible(false);
        bar.setManaged(false);
        model.findStatusProperty().addListener((o, a, s) -> status.setText(s));
        field.textProperty().addListener((o, a, q) -> model.find(q));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.step(!e.isShiftDown());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        return bar;
    }

    void renumber(int position) {
        field.setId("find-field-" + position);
        status.setId("find-status-" + position);
    }

    void show() {
        bar.setVisible(true);
        bar.setManaged(true);
        field.requestFocus();
        field.selectAll();
        model.find(field.getText());
    }

    private void hide() {
        bar.setVisible(false);
        bar.setManaged(false);
        model.find("");
        onClose.run();
    }

    static Button iconButton(Feather icon, String text, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "button-icon");
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(e -> action.run());
        return button;
    }
}
