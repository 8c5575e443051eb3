package org.marginalia.model;

/**
 * A file turned into a source, ready to be stored: its metadata, its plain text, where its pages start, and the
 * original bytes with their SHA-256 (so a second import of the same file is recognised).
 */
public record ImportedSource(
        SourceMetadata metadata,
        SourceType type,
        String fileName,
        byte[] bytes,
        String sha256,
        String text,
        PageStarts pages) {

    public ImportedSource {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("an imported source needs text");
        }
        if (pages == null) {
            pages = PageStarts.none();
        }
    }
}
