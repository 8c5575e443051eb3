package org.marginalia.ui;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar with a button at its right end for each sidebar, to fold it away or bring it back. */
final class SidebarButtons {

    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

    private SidebarButtons() {
    }

    static Node around(MenuBar menus, Sidebars sidebars) {
        Button library = button("toggle-library", "Show or hide the library (Ctrl+Shift+B)", sidebars::toggleLibrary);
        Button inspector = button("toggle-inspector", "Show or hide the inspector (Ctrl+Shift+G)",
                sidebars::toggleInspector);
        inspector.setScaleX(-1);
        sidebars.libraryShownProperty().addListener((o, a, shown) -> mark(library, shown));
        sidebars.inspectorShownProperty().addListener((o, a, shown) -> mark(inspector, shown));
        mark(library, sidebars.libraryShownProperty().get());
        mark(inspector, sidebars.inspectorShownProperty().get());
        HBox bar = new HBox(2, menus, library, inspector);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("menu-row");
        HBox.setHgrow(menus, Priority.ALWAYS);
        return bar;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(null, new FontIcon(Feather.SIDEBAR));
        button.setId(id);
        button.getStyleClass().addAll("flat", "button-icon", "small");
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A pressed look while the sidebar shows, so the button tells its state as the View menu does. */
    private static void mark(Button button, boolean shown) {
        button.pseudoClassStateChanged(SHOWN, shown);
    }
}
