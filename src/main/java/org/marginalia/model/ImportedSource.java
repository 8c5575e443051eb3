package org.marginalia.model;

import java.util.List;

/**
 * A file turned into a source, ready to be stored: its metadata, its plain text, where its pages start, and the
 * original file with its SHA-256 (so a second import of the same file is recognised): in memory, or for a large
 * file on disk until it is stored ({@link Original}). Sources read from pages
 * (PDFs, scans, transcriptions) also carry each page's layout: its size and the boxes of its words.
 * A source also says what the user should check because the file could not be read exactly as it meant (its
 * encoding was guessed, for example).
 */
public record ImportedSource(
        SourceMetadata metadata,
        SourceType type,
        String fileName,
        Original original,
        String sha256,
        String text,
        PageStarts pages,
        List<PageLayout> layout,
        List<String> warnings) {

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
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A source whose original is these bytes. */
    public ImportedSource(SourceMetadata metadata, SourceType type, String fileName, byte[] bytes, String sha256,
            String text, PageStarts pages, List<PageLayout> layout, List<String> warnings) {
        this(metadata, type, fileName, Original.of(bytes), sha256, text, pages, layout, warnings);
    }

    /** The original's bytes in memory (see {@link Original#bytes()}). */
    public byte[] bytes() {
        return original.bytes();
    }

    /** The same source with its original kept elsewhere. */
    public ImportedSource withOriginal(Original kept) {
        return new ImportedSource(metadata, type, fileName, kept, sha256, text, pages, layout, warnings);
    }

    /** A source without page layouts, read without anything to warn about. */
    public ImportedSource(SourceMetadata metadata, SourceType type, String fileName, byte[] bytes, String sha256,
            String text, PageStarts pages) {
        this(metadata, type, fileName, Original.of(bytes), sha256, text, pages, List.of(), List.of());
    }

    /** A source with these page layouts, read without anything to warn about. */
    public ImportedSource(SourceMetadata metadata, SourceType type, String fileName, byte[] bytes, String sha256,
            String text, PageStarts pages, List<PageLayout> layout) {
        this(metadata, type, fileName, Original.of(bytes), sha256, text, pages, layout, List.of());
    }

    /** The same source with these page layouts. */
    public ImportedSource withLayout(List<PageLayout> pageLayouts) {
        return new ImportedSource(metadata, type, fileName, original, sha256, text, pages, pageLayouts, warnings);
    }

    /** The same source with these warnings for the user. */
    public ImportedSource withWarnings(List<String> found) {
        return new ImportedSource(metadata, type, fileName, original, sha256, text, pages, layout, found);
    }
}
