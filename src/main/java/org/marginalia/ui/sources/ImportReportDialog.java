package org.marginalia.ui.sources;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** Shows what an import brought in and left out, as text the user can select and copy (or copy whole). */
final class ImportReportDialog {

    private ImportReportDialog() {
    }

    static void show(String title, String summary, String report) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(alert::initOwner);
        alert.setTitle(title);
        alert.setHeaderText(summary);
        TextArea text = new TextArea(report);
        text.setId("import-report");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(16);
        text.setPrefColumnCount(70);
        text.setAccessibleText("Import report");
        alert.getDialogPane().setContent(text);
        ButtonType copy = new ButtonType("Copy Report", ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.OK);
        alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(summary + "\n\n" + report);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        alert.setResizable(true);
        alert.showAndWait();
    }
}
