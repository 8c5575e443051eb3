package org.marginalia.ui.page;

/** A rectangle on a page, in the page's own units (top-left origin, y down). */
public record PageBox(double x, double y, double width, double height) {

    /** The rectangle between two corners, in whichever order a drag gave them. */
    public static PageBox between(double x1, double y1, double x2, double y2) {
        return new PageBox(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** The smallest rectangle holding both. */
    PageBox union(PageBox other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new PageBox(left, top, Math.max(x + width, other.x + other.width) - left,
                Math.max(y + height, other.y + other.height) - top);
    }

    /** The same rectangle grown by {@code margin} on every side (a box drawn around words, not on them). */
    public PageBox grown(double margin) {
        return new PageBox(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }
}
