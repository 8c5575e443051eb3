package org.marginalia.importer.zotero;

import java.util.Map;

/** Zotero's item types and date values in the terms of the source details. */
final class ZoteroFields {

    private static final Map<String, String> CSL_TYPES = Map.ofEntries(
            Map.entry("book", "book"), Map.entry("bookSection", "chapter"),
            Map.entry("journalArticle", "article-journal"), Map.entry("newspaperArticle", "article-newspaper"),
            Map.entry("magazineArticle", "article-magazine"), Map.entry("webpage", "webpage"),
            Map.entry("blogPost", "post-weblog"), Map.entry("manuscript", "manuscript"),
            Map.entry("letter", "personal_communication"), Map.entry("interview", "interview"),
            Map.entry("report", "report"), Map.entry("thesis", "thesis"), Map.entry("document", "document"));

    private ZoteroFields() {
    }

    static String cslType(String zoteroType) {
        return CSL_TYPES.getOrDefault(zoteroType, "document");
    }

    /**
     * Zotero stores a date as {@code YYYY-MM-DD original text}, with {@code 00} for parts it does not know; the ISO
     * part is kept ({@code 2005-00-00 2005} is {@code 2005}), a date Zotero could not parse stays as typed.
     */
    static String isoDate(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String value = stored.strip();
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}( .*)?")) {
            return value;
        }
        String sql = value.substring(0, 10);
        if (sql.endsWith("-00-00")) {
            return sql.substring(0, 4);
        }
        return sql.endsWith("-00") ? sql.substring(0, 7) : sql;
    }
}
