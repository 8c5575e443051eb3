package org.marginalia.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.marginalia.model.TextSpan;

/**
 * The margin bar beside a paragraph where another coder (compared in the Analysis window) coded text. It sits in the
 * gutter, not in the text, so the second layer can never be edited or mistaken for one of this project's passages.
 */
final class SecondCoderBar {

    private SecondCoderBar() {
    }

    /** Whether any of the other coder's spans touches the paragraph from {@code from} to {@code to}. */
    static boolean covers(List<TextSpan> spans, int from, int to) {
        for (TextSpan s : spans) {
            if (s.start() < Math.max(to, from + 1) && s.end() > from) {
                return true;
            }
        }
        return false;
    }

    static Region create() {
        Region bar = new Region();
        bar.getStyleClass().add("second-coder-bar");
        bar.setMinWidth(4);
        bar.setMaxWidth(4);
        bar.setMaxHeight(Double.MAX_VALUE);
        Tooltip.install(bar, new Tooltip("The other coder coded text here (read-only)"));
        StackPane.setAlignment(bar, Pos.CENTER_LEFT);
        return bar;
    }
}
