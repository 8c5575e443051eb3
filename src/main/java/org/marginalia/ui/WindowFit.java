package org.marginalia.ui;

import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: inside the visible bounds of its screen (menus and status bar never off-screen), at the
 * remembered size when it fits, otherwise clamped; on a first start, a share of the screen, centred.
 */
final class WindowFit {

    /** A first window leaves a margin round it, so the user sees it is a window and not the whole desktop. */
    static final double DEFAULT_SHARE = 0.9;
    /** ...but on a laptop screen the panes need the width more than the margin is worth. */
    static final double COMFORTABLE_WIDTH = 1280;
    /** Below this the window is of no use; a smaller screen gets the whole of its visible bounds. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;

    private WindowFit() {
    }

    /**
     * @param screen the visible bounds (without task bars) of the screen the window goes on
     * @param saved the bounds remembered from the last run; an absent or NaN position means "centre it"
     */
    static Rectangle2D fit(Rectangle2D screen, Optional<Rectangle2D> saved) {
        double width = saved.map(Rectangle2D::getWidth).orElse(
                Math.max(screen.getWidth() * DEFAULT_SHARE, Math.min(screen.getWidth(), COMFORTABLE_WIDTH)));
        double height = saved.map(Rectangle2D::getHeight).orElse(screen.getHeight() * DEFAULT_SHARE);
        width = clamp(width, Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
        height = clamp(height, Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
        double centredX = screen.getMinX() + (screen.getWidth() - width) / 2;
        double centredY = screen.getMinY() + (screen.getHeight() - height) / 2;
        double x = saved.map(Rectangle2D::getMinX).filter(Double::isFinite).orElse(centredX);
        double y = saved.map(Rectangle2D::getMinY).filter(Double::isFinite).orElse(centredY);
        x = clamp(x, screen.getMinX(), screen.getMaxX() - width);
        y = clamp(y, screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
