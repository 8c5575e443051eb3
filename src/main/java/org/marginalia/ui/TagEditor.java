package org.marginalia.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.marginalia.model.Tag;
import org.marginalia.project.TagPalette;

/**
 * Edits one tag of the codebook: name, shortcut key, description (memo) and colour, the colour picked from the
 * palette's swatches or the colour picker (which offers the palette too). Every field is reachable by Tab, and
 * Enter saves.
 */
final class TagEditor {

    private final Tag tag;
    private final TextField name = new TextField();
    private final TextField key = new TextField();
    private final TextArea description = new TextArea();
    private final ColorPicker colour = new ColorPicker();

    TagEditor(Tag tag) {
        this.tag = tag;
    }

    /** Shows the editor; {@code save} gets the changed tag when the user saves with something changed. */
    void show(Window owner, Consumer<Tag> save) {
        Dialog<Tag> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit tag");
        dialog.setHeaderText("Edit the tag “" + tag.name() + "”");
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setId("tag-editor");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Save");
        ok.setId("tag-editor-save");
        ok.disableProperty().bind(name.textProperty().isEmpty());
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(button -> button == ButtonType.OK ? edited() : null);
        dialog.setOnHidden(e -> {
            Tag result = dialog.getResult();
            if (result != null && !result.equals(tag)) {
                save.accept(result);
            }
        });
        dialog.show();
        name.requestFocus();
    }

    private GridPane form() {
        name.setText(tag.name());
        name.setId("tag-editor-name");
        name.setAccessibleText("Tag name");
        key.setText(tag.shortcutKey() == null ? "" : tag.shortcutKey());
        key.setId("tag-editor-key");
        key.setAccessibleText("Shortcut key: one character, pressed in a source pane to apply the tag");
        key.setPrefColumnCount(2);
        key.setTextFormatter(new TextFormatter<String>(change -> {
            // One character: typing replaces the key, so the user never has to delete first.
            String next = change.getControlNewText();
            if (next.codePointCount(0, next.length()) > 1) {
                String typed = change.getText();
                change.setRange(0, change.getControlText().length());
                change.setText(typed.isEmpty() ? "" : typed.substring(typed.offsetByCodePoints(typed.length(), -1)));
            }
            return change;
        }));
        description.setText(tag.description());
        description.setId("tag-editor-description");
        description.setAccessibleText("Description: what the tag is for, when to use it");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        colour.setValue(Color.web(tag.color()));
        colour.setId("tag-editor-colour");
        colour.setAccessibleText("Colour");
        TagPalette.COLOURS.forEach(c -> colour.getCustomColors().add(Color.web(c)));
        FlowPane swatches = new FlowPane(4, 4);
        for (int i = 0; i < TagPalette.COLOURS.size(); i++) {
            String hex = TagPalette.COLOURS.get(i);
            Button swatch = new Button(null, TagSwatch.of(hex));
            swatch.setId("tag-editor-swatch-" + i);
            swatch.getStyleClass().addAll("flat", "small");
            swatch.setAccessibleText("Palette colour " + (i + 1) + ", " + hex);
            swatch.setTooltip(new Tooltip(hex));
            swatch.setOnAction(e -> colour.setValue(Color.web(hex)));
            swatches.getChildren().add(swatch);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, label("_Name", name), name);
        grid.addRow(1, label("Shortcut _key", key), key);
        grid.addRow(2, label("_Description", description), description);
        grid.addRow(3, label("_Colour", colour), colour);
        grid.add(swatches, 1, 4);
        return grid;
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    private Tag edited() {
        String k = key.getText().isBlank() ? null : key.getText().strip();
        return new Tag(tag.id(), name.getText().strip(), TagsView.hex(colour.getValue()),
                description.getText().strip(), tag.parentId(), k);
    }
}
