package org.marginalia.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard Shortcuts: every menu command with its key, grouped by menu and read from the menus themselves
 * (so the sheet cannot drift from them), plus the keys that work inside a source pane; a search box narrows it.
 */
final class ShortcutsSheet {

    /** One line of the sheet. */
    record Row(String group, String action, String keys) {

        boolean matches(String query) {
            String q = query.strip().toLowerCase(Locale.ROOT);
            return q.isEmpty() || (group + " " + action + " " + keys).toLowerCase(Locale.ROOT).contains(q);
        }
    }

    static final List<Row> IN_A_PANE = List.of(
            new Row("In a source pane", "Mark the selected text as a passage with a tag", "1 – 9"),
            new Row("In a source pane", "Mark the selected text as a passage without a tag", "Enter"),
            new Row("In a source pane", "Select exact characters, not whole words", "Alt+drag"),
            new Row("In a source pane", "Select a passage", "Click its highlight"),
            new Row("In a source pane", "Delete the selected passage", "Delete"),
            new Row("In a source pane", "Next / previous find hit", "Enter / Shift+Enter"),
            new Row("In a source pane", "Next uncertain word (OCR), shown on the page too", "F8"),
            new Row("On a page", "Zoom the page in / out / to its width", "Ctrl+= / Ctrl+- / Ctrl+0"),
            new Row("On a page", "Next / previous page", "Page Down / Page Up"),
            new Row("On a page", "Select the text of the words in a region", "Drag over them"),
            new Row("In a source pane", "Move between the window's parts", "Tab / Shift+Tab"),
            new Row("In a source pane", "Open the context menu (tags, link, delete)", "Shift+F10"));

    private final MenuBar menus;

    ShortcutsSheet(MenuBar menus) {
        this.menus = menus;
    }

    /** Every visible menu command that has a key, in menu order, then the keys of the source panes. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu.getText().replace("_", ""), menu.getItems(), rows);
        }
        rows.addAll(IN_A_PANE);
        return rows;
    }

    private static void collect(String group, List<MenuItem> items, List<Row> rows) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(group, sub.getItems(), rows);
            } else if (item.getAccelerator() != null && item.isVisible() && item.getText() != null) {
                String action = item instanceof CheckMenuItem ? item.getText() + " (on/off)" : item.getText();
                rows.add(new Row(group, action, item.getAccelerator().getDisplayText()));
            }
        }
    }

    void show(Window owner) {
        TextField search = new TextField();
        search.setId("shortcuts-search");
        search.setPromptText("Search shortcuts");
        search.setAccessibleText("Search shortcuts");
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 4, 12, 4));
        List<Row> all = rows();
        search.textProperty().addListener((o, a, query) -> fill(grid, all, query));
        fill(grid, all, "");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(10, search, scroll);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("shortcuts-sheet");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Keyboard Shortcuts");
        Scene scene = new Scene(root, 620, Math.min(640, owner.getHeight() - 40));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        search.requestFocus();
    }

    private static void fill(GridPane grid, List<Row> all, String query) {
        grid.getChildren().clear();
        int line = 0;
        String group = null;
        for (Row row : all.stream().filter(r -> r.matches(query)).toList()) {
            if (!row.group().equals(group)) {
                group = row.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("section-title");
                GridPane.setMargin(heading, new Insets(line == 0 ? 0 : 10, 0, 2, 0));
                grid.add(heading, 0, line++, 2, 1);
            }
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("key-cap");
            grid.add(new Label(row.action()), 0, line);
            grid.add(keys, 1, line++);
        }
        if (line == 0) {
            grid.add(new Label("No shortcut matches “" + query.strip() + "”."), 0, 0);
        }
    }
}
