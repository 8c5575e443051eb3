package org.marginalia.model;

/** The unit of a page's size and of the word boxes on it. */
public enum PageUnit {
    /** PDF points, 1/72 inch, of the page as displayed. */
    POINTS("pt"),
    /** Pixels of the page image as stored. */
    PIXELS("px");

    private final String word;

    PageUnit(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static PageUnit fromWord(String word) {
        for (PageUnit unit : values()) {
            if (unit.word.equals(word)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown page unit: " + word);
    }
}
