package org.marginalia.model;

/**
 * One word on a page: its text, where it is in the source's plain text ({@code start}/{@code end}, UTF-16 offsets)
 * and where it is on the page (top-left origin, y downwards, in the page's {@link PageUnit}).
 *
 * @param confidence 0 to 1; 1 for words of a born-digital text layer
 */
public record WordBox(String word, int start, int end, double x, double y, double width, double height,
        double confidence) {

    public WordBox {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a word box needs 0 <= start < end: " + start + ".." + end);
        }
        if (!(width >= 0) || !(height >= 0) || !Double.isFinite(x) || !Double.isFinite(y)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a word box needs a finite box of non-negative size");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("a word's confidence lies between 0 and 1: " + confidence);
        }
    }
}
