package org.marginalia.ui.page;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** Text / Page / Both as three joined buttons; one is always down. */
final class PageModeSwitch {

    private final ObjectProperty<PageMode> mode;
    private final Map<PageMode, ToggleButton> buttons = new EnumMap<>(PageMode.class);

    PageModeSwitch(ObjectProperty<PageMode> mode) {
        this.mode = mode;
    }

    Node createView() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add("page-mode-switch");
        String[] pills = {"left-pill", "center-pill", "right-pill"};
        for (PageMode m : PageMode.values()) {
            // Icons keep the switch narrow, so a pane's title keeps its room; the words are in the tooltip.
            ToggleButton b = new ToggleButton(null, new FontIcon(m.icon()));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(group);
            b.getStyleClass().addAll(pills[m.ordinal()], "small");
            b.setAccessibleText(m.description());
            b.setTooltip(new Tooltip(m.label() + ": " + m.description().toLowerCase(Locale.ROOT)));
            b.setFocusTraversable(true);
            b.setUserData(m);
            buttons.put(m, b);
            box.getChildren().add(b);
        }
        buttons.get(mode.get()).setSelected(true);
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                mode.set((PageMode) now.getUserData());
            }
        });
        mode.addListener((o, a, m) -> buttons.get(m).setSelected(true));
        return box;
    }

    void renumber(int position) {
        buttons.forEach((m, b) -> b.setId("page-mode-" + m.name().toLowerCase(Locale.ROOT) + "-" + position));
    }
}
