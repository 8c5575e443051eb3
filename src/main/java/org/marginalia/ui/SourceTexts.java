package org.marginalia.ui;

import java.util.HashMap;
import java.util.Map;
import org.marginalia.model.Document;

/**
 * The source texts the panes have read, each kept with the content hash it was read under. A text is handed out
 * only for a source with that same hash: an id that named another source, or a source whose content was replaced,
 * never shows an old text.
 */
final class SourceTexts {

    private record Entry(String sha256, String text) {
    }

    private final Map<Long, Entry> texts = new HashMap<>();

    /** The cached text of this source as it is now, or null when it must be read. */
    String get(Document source) {
        Entry entry = texts.get(source.id());
        return entry != null && entry.sha256().equals(source.sha256()) ? entry.text() : null;
    }

    void put(Document source, String text) {
        texts.put(source.id(), new Entry(source.sha256(), text));
    }
}
