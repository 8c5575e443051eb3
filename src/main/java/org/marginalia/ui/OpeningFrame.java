package org.marginalia.ui;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * The window's first frame while the project opens: the theme's background colour and one line of text, built from
 * shapes and layout panes only. No control is in it, so JavaFX loads no style sheet for it and the frame is out as
 * soon as an empty stage would be; the theme's style sheet loads after it.
 */
final class OpeningFrame {

    /** Primer Light's and Primer Dark's default background and muted foreground. */
    private static final Color LIGHT_BACKGROUND = Color.web("#ffffff");
    private static final Color DARK_BACKGROUND = Color.web("#0d1117");
    private static final Color LIGHT_TEXT = Color.web("#57606a");
    private static final Color DARK_TEXT = Color.web("#8b949e");

    private OpeningFrame() {
    }

    static Region create(boolean dark) {
        Text opening = new Text("Opening project…");
        opening.setFill(dark ? DARK_TEXT : LIGHT_TEXT);
        StackPane frame = new StackPane(opening);
        frame.setId("opening-frame");
        frame.setBackground(new Background(new BackgroundFill(dark ? DARK_BACKGROUND : LIGHT_BACKGROUND,
                CornerRadii.EMPTY, Insets.EMPTY)));
        return frame;
    }
}
