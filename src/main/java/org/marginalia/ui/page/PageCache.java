package org.marginalia.ui.page;

import java.util.LinkedHashMap;
import java.util.Map;
import org.marginalia.model.PageImage;

/**
 * The last few pages a pane has drawn, keyed by the source's content hash, the page and the resolution: flipping
 * back and forth draws nothing twice, and a reimported source (a new hash) is never shown from an old drawing.
 */
final class PageCache {

    /** What identifies one drawing. */
    record Key(String sha256, int page, int dpi) {
    }

    /** A few A4 pages at 150 dpi are about 9 MB each. */
    static final int CAPACITY = 4;

    private final Map<Key, PageImage> pages = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PageImage> eldest) {
            return size() > CAPACITY;
        }
    };

    PageImage get(Key key) {
        return pages.get(key);
    }

    void put(Key key, PageImage image) {
        pages.put(key, image);
    }
}
