package org.marginalia.ui.edit;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.marginalia.model.WordDiff;
import org.marginalia.ui.DiffText;

/**
 * What a correction changed, stretch by stretch, drawn as the comparison strip draws a word diff: removed words
 * struck through, added ones underlined, with a few unchanged words around them.
 */
final class ChangesDialog {

    private ChangesDialog() {
    }

    static void show(String title, List<WordDiff> changes) {
        VBox list = new VBox(8);
        list.setId("changes-list");
        list.getStyleClass().add("changes-list");
        Label count = new Label(changes.isEmpty() ? "No words changed (only white space)."
                : changes.size() + (changes.size() == 1 ? " stretch changed" : " stretches changed")
                        + ": struck-through words were removed, underlined ones added.");
        count.setWrapText(true);
        list.getChildren().add(count);
        for (WordDiff change : changes) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().addAll("diff", "change");
            flow.getChildren().addAll(DiffText.of(change));
            flow.setAccessibleText(change.summary());
            list.getChildren().add(flow);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 420);
        Dialog<ButtonType> dialog = new Dialog<>();
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(dialog::initOwner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Text changes");
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().add(ChangesDialog.class.getResource("edit.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
