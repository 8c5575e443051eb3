package org.marginalia.model;

import java.util.Arrays;

/**
 * Where each page of a paginated source (a PDF) begins in its plain text, as UTF-16 offsets.
 * An empty instance means the source has no pages.
 */
public final class PageStarts {

    private static final PageStarts NONE = new PageStarts(new int[0]);
    private final int[] starts;

    private PageStarts(int[] starts) {
        this.starts = starts;
    }

    public static PageStarts none() {
        return NONE;
    }

    /** @param starts ascending offsets, the first of them 0 */
    public static PageStarts of(int... starts) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0 || (i > 0 && starts[i] < starts[i - 1])) {
                throw new IllegalArgumentException("page starts must be ascending: " + Arrays.toString(starts));
            }
        }
        return starts.length == 0 ? NONE : new PageStarts(starts.clone());
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    public int pageCount() {
        return starts.length;
    }

    public int startOf(int page) {
        return starts[page - 1];
    }

    /** The 1-based page that holds the offset, or 0 when the source has no pages. */
    public int pageAt(int offset) {
        if (starts.length == 0) {
            return 0;
        }
        int index = Arrays.binarySearch(starts, offset);
        if (index >= 0) {
            // Several empty pages can start at the same offset: the text there belongs to the last of them.
            while (index + 1 < starts.length && starts[index + 1] == offset) {
                index++;
            }
            return index + 1;
        }
        return Math.max(1, -index - 1);
    }

    public int[] toArray() {
        return starts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageStarts other && Arrays.equals(starts, other.starts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return "PageStarts" + Arrays.toString(starts);
    }
}
