package org.marginalia.model;

/**
 * A page drawn as pixels, ready to show beside its text: packed ARGB, row by row from the top left.
 *
 * @param pixelsPerUnit how many of its pixels make one unit of the page's layout (dpi / 72 for a PDF page in points,
 *     1 for an image in pixels), so word boxes can be placed on it
 */
public record PageImage(int width, int height, int[] argb, double pixelsPerUnit) {

    public PageImage {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("a page image needs width x height pixels: " + width + " x " + height
                    + " for " + argb.length);
        }
        if (!(pixelsPerUnit > 0)) {
            throw new IllegalArgumentException("pixels per unit must be positive: " + pixelsPerUnit);
        }
    }
}
