package org.marginalia.model;

import java.util.List;

/**
 * One page of a source as it looks: its size, where its words came from, and the words with their boxes, in text
 * order.
 *
 * @param page           1-based, as {@link PageStarts} counts
 * @param meanConfidence the mean of the words' confidences, or {@code null} when the page has no words
 * @param words          empty when only the page's outline was read
 */
public record PageLayout(int page, double width, double height, PageUnit unit, WordOrigin origin,
        Double meanConfidence, List<WordBox> words) {

    public PageLayout {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1: " + page);
        }
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a page needs a positive finite size: " + width + " x " + height);
        }
        words = List.copyOf(words);
    }

    /** A page with its words; the mean confidence is worked out from them. */
    public static PageLayout of(int page, double width, double height, PageUnit unit, WordOrigin origin,
            List<WordBox> words) {
        Double mean = words.isEmpty() ? null
                : words.stream().mapToDouble(WordBox::confidence).average().orElseThrow();
        return new PageLayout(page, width, height, unit, origin, mean, words);
    }

    /** The same page without its words, as {@code outline} calls return it. */
    public PageLayout outline() {
        return new PageLayout(page, width, height, unit, origin, meanConfidence, List.of());
    }
}
