package org.marginalia.ui;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The small rounded colour square that stands for a tag in lists, menus and chips. */
final class TagSwatch {

    private TagSwatch() {
    }

    static Rectangle of(String color) {
        Rectangle swatch = new Rectangle(11, 11, Color.web(color));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        swatch.getStyleClass().add("tag-swatch");
        return swatch;
    }
}
