package org.marginalia.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a citation needs to know about a source. Every field is a string, empty (never null) when unknown.
 *
 * @param date the date of the document itself (publication, or when it was written)
 * @param eventDate the date of the event it reports, when that differs
 */
public record SourceMetadata(
        String title,
        String author,
        String publisher,
        String date,
        String url,
        String archive,
        String collection,
        String box,
        String folder,
        String eventDate) {

    /** The field names used by {@code meta --set KEY=VALUE}, in display order. */
    public static final List<String> KEYS =
            List.of("title", "author", "publisher", "date", "url", "archive", "collection", "box", "folder",
                    "event_date");

    public SourceMetadata {
        title = clean(title);
        author = clean(author);
        publisher = clean(publisher);
        date = clean(date);
        url = clean(url);
        archive = clean(archive);
        collection = clean(collection);
        box = clean(box);
        folder = clean(folder);
        eventDate = clean(eventDate);
    }

    public static SourceMetadata titled(String title) {
        return of(title, "", "", "", "");
    }

    public static SourceMetadata of(String title, String author, String publisher, String date, String url) {
        return new SourceMetadata(title, author, publisher, date, url, "", "", "", "", "");
    }

    /** All fields by their {@link #KEYS} name. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("title", title);
        map.put("author", author);
        map.put("publisher", publisher);
        map.put("date", date);
        map.put("url", url);
        map.put("archive", archive);
        map.put("collection", collection);
        map.put("box", box);
        map.put("folder", folder);
        map.put("event_date", eventDate);
        return map;
    }

    /** A copy with one field changed, by its {@link #KEYS} name. */
    public SourceMetadata with(String key, String value) {
        Map<String, String> map = asMap();
        if (!map.containsKey(key)) {
            throw new IllegalArgumentException(
                    "unknown metadata field '" + key + "'; use one of " + String.join(", ", KEYS));
        }
        map.put(key, value);
        return fromMap(map);
    }

    public static SourceMetadata fromMap(Map<String, String> map) {
        return new SourceMetadata(map.get("title"), map.get("author"), map.get("publisher"), map.get("date"),
                map.get("url"), map.get("archive"), map.get("collection"), map.get("box"), map.get("folder"),
                map.get("event_date"));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
