package org.marginalia.ui;

import java.util.Locale;

/**
 * Keeps source text at a readable measure: on a wide pane the lines stop at about 80 characters and the column is
 * centred, instead of running 120 characters and more from edge to edge.
 */
final class ReadableMeasure {

    /** Characters per line the column aims at (readers do best between about 70 and 90). */
    static final int CHARACTERS = 80;
    /** The average width of a character of the serif text, in ems. */
    static final double CHARACTER_EM = 0.48;
    static final double TOP = 14;
    static final double BOTTOM = 24;
    static final double LEFT = 6;
    static final double RIGHT = 22;
    /** The link-marker gutter beside each paragraph, which sits inside the column. */
    static final double GUTTER = 22;

    private ReadableMeasure() {
    }

    /** The text area's inline style for a pane {@code width} pixels wide at the given font size. */
    static String style(double fontSize, double width) {
        double column = columnWidth(fontSize) + GUTTER;
        double spare = Math.max(0, width - column - LEFT - RIGHT) / 2;
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx; -fx-padding: %.0f %.0f %.0f %.0f;", fontSize, TOP,
                RIGHT + spare, BOTTOM, LEFT + spare);
    }

    static double columnWidth(double fontSize) {
        return CHARACTERS * CHARACTER_EM * fontSize;
    }
}
