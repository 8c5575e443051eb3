package org.marginalia.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is brought forward. A tab pane styles and lays out every tab's
 * content, shown or not, so the window's start pays for each hidden panel (lists, tables, their skins and style
 * look-ups) before its first full frame; built on demand, only the tab in front costs anything.
 */
public final class LazyTab {

    private LazyTab() {
    }

    /** A tab titled {@code title} whose content {@code build} makes when the tab is first selected. */
    public static Tab of(String title, Supplier<Node> build) {
        Tab tab = new Tab(title);
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(build.get());
            }
        };
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                fill.run();
            }
        });
        // A tab that is in front from the start (the first of its pane) is selected before anyone listens.
        tab.tabPaneProperty().addListener((o, was, pane) -> {
            if (pane != null && tab.isSelected()) {
                fill.run();
            }
        });
        return tab;
    }
}
