package org.marginalia.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a document sits inside its archive, as one text: {@code Collection, box 3, folder 12}. CSL, RIS and BibTeX
 * have one field for this ({@code archive_location}); the source details keep its three parts apart.
 */
public record ArchiveLocation(String collection, String box, String folder) {

    public static ArchiveLocation of(SourceMetadata metadata) {
        return new ArchiveLocation(metadata.collection(), metadata.box(), metadata.folder());
    }

    /** The one-field form; empty when all three parts are. */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (!collection.isEmpty()) {
            parts.add(collection);
        }
        if (!box.isEmpty()) {
            parts.add("box " + box);
        }
        if (!folder.isEmpty()) {
            parts.add("folder " + folder);
        }
        return String.join(", ", parts);
    }

    /** Reads the one-field form back; a part that is not {@code box …} or {@code folder …} is the collection. */
    public static ArchiveLocation parse(String text) {
        String collection = "";
        String box = "";
        String folder = "";
        for (String part : text == null ? new String[0] : text.split(",\\s*")) {
            String lower = part.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith("box ")) {
                box = part.strip().substring(4).strip();
            } else if (lower.startsWith("folder ")) {
                folder = part.strip().substring(7).strip();
            } else if (!part.isBlank()) {
                collection = collection.isEmpty() ? part.strip() : collection + ", " + part.strip();
            }
        }
        return new ArchiveLocation(collection, box, folder);
    }
}
