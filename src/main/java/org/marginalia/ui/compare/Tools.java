package org.marginalia.ui.compare;

import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders the tool panels share, in the window's own style. */
public final class Tools {

    private Tools() {
    }

    /** The tools' stylesheet, added to each panel so it works wherever the panel is placed. */
    public static String stylesheet() {
        return Tools.class.getResource("tools.css").toExternalForm();
    }

    public static Button iconButton(Feather icon, String text, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "button-icon");
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(e -> action.run());
        return button;
    }

    public static MenuItem item(String text, String accelerator, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Brings a tab to the front of whatever tab pane holds it. */
    public static void select(Tab tab) {
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
    }

    /** Reading text that wraps to the width of the list it sits in (a Label in a list cell would not). */
    public static Text wrapped(String text, Control list, String styleClass) {
        Text node = new Text(text);
        node.getStyleClass().add(styleClass);
        node.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
        return node;
    }

    /** A label that wraps onto as many lines as it needs instead of ending in an ellipsis. */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    public static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
