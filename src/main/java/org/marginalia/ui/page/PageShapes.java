package org.marginalia.ui.page;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The shapes of a page's marks at a scale. Tag colours are user data and come inline; the rest is styled in the
 * stylesheet. The page is paper-white in both themes, so the colours are chosen for white.
 */
final class PageShapes {

    private static final double FILL_ALPHA = 0.22;

    private PageShapes() {
    }

    static List<Node> of(List<PageMark> marks, double scale) {
        List<Node> shapes = new ArrayList<>();
        if (scale <= 0) {
            return shapes;
        }
        for (PageMark mark : marks) {
            PageBox b = mark.box();
            if (mark.kind() == PageMark.Kind.UNCERTAIN) {
                double y = (b.y() + b.height()) * scale + 1;
                Line line = new Line(b.x() * scale, y, (b.x() + b.width()) * scale, y);
                line.getStyleClass().add("page-uncertain");
                line.setMouseTransparent(true);
                shapes.add(line);
                continue;
            }
            Rectangle r = new Rectangle(b.x() * scale, b.y() * scale, b.width() * scale, b.height() * scale);
            r.setArcWidth(4);
            r.setArcHeight(4);
            r.setMouseTransparent(true);
            switch (mark.kind()) {
                case TEXT_SELECTION -> r.getStyleClass().add("page-text-selection");
                case SELECTED_PASSAGE -> {
                    colour(r, mark.color(), 3);
                    r.getStyleClass().add("page-passage-selected");
                }
                default -> {
                    colour(r, mark.color(), 1.5);
                    r.getStyleClass().add("page-passage");
                }
            }
            shapes.add(r);
        }
        return shapes;
    }

    private static void colour(Rectangle r, String hex, double stroke) {
        Color c = Color.web(hex);
        r.setFill(c.deriveColor(0, 1, 1, FILL_ALPHA));
        r.setStroke(c);
        r.setStrokeWidth(stroke);
    }
}
