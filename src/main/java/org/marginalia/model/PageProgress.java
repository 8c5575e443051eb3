package org.marginalia.model;

/**
 * Progress and cancel for work that reads a source page by page (OCR). The reader reports each page before it
 * starts it and asks whether to stop; a stopped import stores nothing.
 */
public interface PageProgress {

    /** No progress shown, never cancelled. */
    PageProgress NONE = new PageProgress() {
        @Override
        public void page(int page, int pages) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Page {@code page} (1-based) of {@code pages} is about to be read. */
    void page(int page, int pages);

    /** Whether the user asked to stop; reading then stops before the next page. */
    boolean cancelled();
}
