package org.marginalia.ui.edit;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.project.Correction;

/**
 * The "Edit Text" mode of a source pane: a button for the pane's header, and over the pane's text an editor with its
 * own undo and redo, Save (Ctrl+S) and Cancel (Esc), then a strip saying what saving did.
 */
public final class TextEditView {

    private final TextEditModel model;
    private InlineCssTextArea editor;
    private final Button edit = new Button(null, new FontIcon(Feather.EDIT_3));
    private final Button save = new Button("Save", new FontIcon(Feather.CHECK));
    private final Button cancel = new Button("Cancel");
    private final Button undo = new Button(null, new FontIcon(Feather.CORNER_UP_LEFT));
    private final Button redo = new Button(null, new FontIcon(Feather.CORNER_UP_RIGHT));
    private final Label state = new Label();
    private final Label outcome = new Label();
    private final Button changes = new Button("Show Changes", new FontIcon(Feather.GIT_PULL_REQUEST));
    private final Button review = new Button("Review Queue", new FontIcon(Feather.ALERT_TRIANGLE));
    private final Button dismiss = new Button(null, new FontIcon(Feather.X));
    private VBox editing;
    private HBox result;
    private final StackPane layer = new StackPane();
    private int position;

    public TextEditView(TextEditModel model) {
        this.model = model;
    }

    /** The header button that opens the editor. */
    public Button button() {
        edit.getStyleClass().addAll("flat", "button-icon");
        edit.setAccessibleText("Edit the text of this source");
        edit.setTooltip(new Tooltip("Edit Text: correct the text; passages are re-attached when you save"));
        edit.setOnAction(e -> model.begin());
        return edit;
    }

    /**
     * The layer for the editor and the result strip, to lie over the pane's text. It stays empty until the user first
     * edits: a second text area per pane, with its own style sheet, would cost every start of the window for a tool
     * most starts never open.
     */
    public Node createView() {
        layer.setPickOnBounds(false);
        model.editingProperty().addListener((o, was, now) -> {
            if (now && editor == null) {
                build();
                // The listeners {@code build} adds miss this change: the editor opens here.
                opened();
            }
        });
        model.resultProperty().addListener((o, was, now) -> {
            if (now != null && editor == null) {
                build();
            }
        });
        return layer;
    }

    private void build() {
        editor = new InlineCssTextArea();
        editor.setWrapText(true);
        editor.getStyleClass().addAll("source-text", "text-editor");
        editor.setAccessibleText("Source text, editable");
        VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(editor);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        undo.setAccessibleText("Undo the last edit in the text");
        undo.setTooltip(new Tooltip("Undo typing (Ctrl+Z)"));
        redo.setAccessibleText("Redo the edit in the text");
        redo.setTooltip(new Tooltip("Redo typing (Ctrl+Shift+Z)"));
        for (Button b : new Button[] {undo, redo, cancel}) {
            b.getStyleClass().add("flat");
        }
        save.getStyleClass().add("accent");
        save.setAccessibleText("Save the corrected text and re-attach its passages");
        cancel.setAccessibleText("Leave the editor without saving");
        state.setGraphic(new FontIcon(Feather.EDIT_3));
        state.getStyleClass().add("edit-state");
        state.setMinWidth(0);
        for (Button b : new Button[] {undo, redo, cancel, save}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, state, spacer, undo, redo, cancel, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("edit-bar");
        editing = new VBox(bar, scroll);
        editing.getStyleClass().add("text-editing");

        outcome.setWrapText(true);
        outcome.setMinWidth(0);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        changes.getStyleClass().add("flat");
        changes.setAccessibleText("Show what the correction changed, word by word");
        review.getStyleClass().add("flat");
        review.setAccessibleText("Open the review queue");
        dismiss.getStyleClass().addAll("flat", "button-icon");
        dismiss.setAccessibleText("Close this message");
        for (Button b : new Button[] {changes, review, dismiss}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        result = new HBox(6, new FontIcon(Feather.CHECK_CIRCLE), outcome, changes, review, dismiss);
        result.setAlignment(Pos.CENTER_LEFT);
        result.getStyleClass().add("edit-result");
        result.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(result, Pos.BOTTOM_CENTER);
        layer.getChildren().setAll(editing, result);
        layer.getStylesheets().add(TextEditView.class.getResource("edit.css").toExternalForm());
        bind();
        renumber(position);
    }

    private void bind() {
        editing.visibleProperty().bind(model.editingProperty());
        editing.managedProperty().bind(model.editingProperty());
        model.editingProperty().addListener((o, was, now) -> {
            if (now) {
                opened();
            } else {
                paneText().ifPresent(Node::requestFocus);
            }
        });
        editor.textProperty().addListener((o, a, text) -> {
            if (model.editingProperty().get()) {
                model.edited(text);
            }
        });
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> !editor.isUndoAvailable(),
                editor.undoAvailableProperty()));
        redo.disableProperty().bind(Bindings.createBooleanBinding(() -> !editor.isRedoAvailable(),
                editor.redoAvailableProperty()));
        undo.setOnAction(e -> editor.undo());
        redo.setOnAction(e -> editor.redo());
        save.disableProperty().bind(model.savingProperty());
        cancel.disableProperty().bind(model.savingProperty());
        editor.editableProperty().bind(model.savingProperty().not());
        save.setOnAction(e -> model.save(editor.getCaretPosition()));
        cancel.setOnAction(e -> model.cancel());
        state.textProperty().bind(Bindings.when(model.savingProperty()).then("Saving…")
                .otherwise(Bindings.when(model.dirtyProperty()).then("Editing · unsaved").otherwise("Editing")));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        edit.disableProperty().bind(model.editingProperty());

        result.visibleProperty().bind(model.resultProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());
        outcome.textProperty().bind(Bindings.createStringBinding(() -> model.resultProperty().get() == null ? ""
                : TextEditModel.shortSummary(model.resultProperty().get()), model.resultProperty()));
        review.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            Correction done = model.resultProperty().get();
            return done != null && done.report().needsReview() > 0;
        }, model.resultProperty()));
        review.managedProperty().bind(review.visibleProperty());
        changes.setOnAction(e -> model.showChanges());
        review.setOnAction(e -> model.openReviewQueue());
        dismiss.setOnAction(e -> model.dismissResult());
    }

    /** Puts the source's text into the editor, with no history to undo, and gives it the keys. */
    private void opened() {
        editor.replaceText(model.loadedProperty().get());
        editor.getUndoManager().forgetHistory();
        editor.moveTo(0);
        editor.requestFocus();
    }

    /** The pane's own text under this layer, which takes the keys back when the editor closes. */
    private Optional<Node> paneText() {
        Node layer = editing.getParent();
        if (layer == null || !(layer.getParent() instanceof StackPane pane)) {
            return Optional.empty();
        }
        return pane.getChildren().stream().filter(n -> n instanceof VirtualizedScrollPane<?>)
                .map(n -> (Node) ((VirtualizedScrollPane<?>) n).getContent()).findFirst();
    }

    /** Keys the editor keeps for itself, so the window's own undo, Delete and tag keys never act while typing. */
    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
            model.save(editor.getCaretPosition());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.cancel();
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.Y
                || (e.getCode() == KeyCode.Z && e.isShiftDown()))) {
            editor.redo();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            editor.undo();
            e.consume();
        }
    }

    /** Ids follow the pane's position, as the pane's own do. */
    public void renumber(int position) {
        this.position = position;
        edit.setId("edit-text-button-" + position);
        if (editor == null) {
            return;
        }
        editor.setId("text-editor-" + position);
        save.setId("edit-save-" + position);
        cancel.setId("edit-cancel-" + position);
        undo.setId("edit-undo-" + position);
        redo.setId("edit-redo-" + position);
        result.setId("edit-result-" + position);
        changes.setId("edit-changes-" + position);
        review.setId("edit-review-" + position);
        dismiss.setId("edit-dismiss-" + position);
    }

    InlineCssTextArea editor() {
        return editor;
    }
}
