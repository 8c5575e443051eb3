package org.marginalia.model;

import java.util.List;

/**
 * A file turned into a source, ready to be stored: its metadata, its plain text, where its pages start, and the
 * original bytes with their SHA-256 (so a second import of the same file is recognised). Sources read from pages
 * (PDFs, scans, transcriptions) also carry each page's layout: its size and the boxes of its words.
 */
public record ImportedSource(
        SourceMetadata metadata,
        SourceType type,
        String fileName,
        byte[] bytes,
        String sha256,
        String text,
        PageStarts pages,
        List<PageLayout> layout) {

    public ImportedSource {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("an imported source needs text");
        }
        if (pages == null) {
            pages = PageStarts.none();
        }
        layout = layout == null ? List.of() : List.copyOf(layout);
        for (PageLayout page : layout) {
            for (WordBox word : page.words()) {
                if (word.end() > text.length()) {
                    throw new IllegalArgumentException("word '" + word.word() + "' on page " + page.page()
                            + " ends after the text");
                }
            }
        }
    }

    /** A source without page layouts. */
    public ImportedSource(SourceMetadata metadata, SourceType type, String fileName, byte[] bytes, String sha256,
            String text, PageStarts pages) {
        this(metadata, type, fileName, bytes, sha256, text, pages, List.of());
    }

    /** The same source with these page layouts. */
    public ImportedSource withLayout(List<PageLayout> pageLayouts) {
        return new ImportedSource(metadata, type, fileName, bytes, sha256, text, pages, pageLayouts);
    }
}
