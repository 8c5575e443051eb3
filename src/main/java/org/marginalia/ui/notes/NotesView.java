package org.marginalia.ui.notes;

import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.marginalia.model.ProjectNote;
import org.marginalia.ui.compare.Tools;

/** The Notes panel: search, the list of project notes and source memos, and an editor that saves as you type. */
public final class NotesView {

    private final NotesViewModel model;
    private TextField search;
    private ListView<ProjectNote> list;
    private TextArea editor;
    private Button memo;
    private Button delete;

    public NotesView(NotesViewModel model) {
        this.model = model;
    }

    public Node createView() {
        search = new TextField();
        search.setId("notes-search");
        search.setPromptText("Search notes");
        search.setAccessibleText("Search project notes and source memos");
        Button add = Tools.iconButton(Feather.PLUS, "New note", () -> model.add(false));
        add.setId("notes-add");
        memo = Tools.iconButton(Feather.FILE_TEXT, "New memo on the source in the active pane", () -> model.add(true));
        memo.setId("notes-add-memo");
        delete = Tools.iconButton(Feather.TRASH_2, "Delete note", model::deleteCurrent);
        delete.setId("notes-delete");
        HBox bar = new HBox(6, search, add, memo, delete);
        HBox.setHgrow(search, Priority.ALWAYS);
        list = new ListView<>(model.notes());
        list.setId("notes-list");
        list.setAccessibleText("Project notes and source memos");
        list.setPlaceholder(new Label("No notes yet"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ProjectNote note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty || note == null ? null : model.describe(note));
            }
        });
        editor = new TextArea();
        editor.setId("notes-editor");
        editor.setWrapText(true);
        editor.setPromptText("Choose or add a note; what you type is saved as you go.");
        editor.setAccessibleText("Note text");
        SplitPane split = new SplitPane(list, editor);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        VBox box = new VBox(6, bar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.getStyleClass().add("tool-panel");
        box.getStylesheets().add(Tools.stylesheet());
        bind();
        return box;
    }

    private void bind() {
        // Searching on every key would query FTS per letter; a short pause finds what the user meant to type.
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> model.load());
        search.textProperty().bindBidirectional(model.queryProperty());
        search.textProperty().addListener((o, was, now) -> typing.playFromStart());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (model.currentProperty().get() == null
                    || model.currentProperty().get().id() != now.id())) {
                model.open(now);
            }
        });
        editor.textProperty().bindBidirectional(model.textProperty());
        editor.disableProperty().bind(model.currentProperty().isNull());
        delete.disableProperty().bind(model.currentProperty().isNull());
        memo.disableProperty().bind(model.memoSourceProperty().isNull());
        model.currentProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
    }
}
