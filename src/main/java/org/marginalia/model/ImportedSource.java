package org.marginalia.model;

import java.util.List;

/**
 * A file turned into a source, ready to be stored: its metadata, its plain text, where its pages start, and the
 * original bytes with their SHA-256 (so a second import of the same file is recognised), and what the user should
 * check because the file could not be read exactly as it meant (its encoding was guessed, for example).
 */
public record ImportedSource(
        SourceMetadata metadata,
        SourceType type,
        String fileName,
        byte[] bytes,
        String sha256,
        String text,
        PageStarts pages,
        List<String> warnings) {

    public ImportedSource {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("an imported source needs text");
        }
        if (pages == null) {
            pages = PageStarts.none();
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A source read without anything to warn about. */
    public ImportedSource(SourceMetadata metadata, SourceType type, String fileName, byte[] bytes, String sha256,
            String text, PageStarts pages) {
        this(metadata, type, fileName, bytes, sha256, text, pages, List.of());
    }
}
