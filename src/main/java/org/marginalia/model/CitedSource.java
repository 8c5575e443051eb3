package org.marginalia.model;

/**
 * A source as a bibliography sees it: its details and citation details, under a key that names it in the
 * bibliography file it came from or goes to (a BibTeX key, a RIS ID, a CSL-JSON id).
 */
public record CitedSource(String key, SourceMetadata metadata, CitationDetails details) {

    public CitedSource {
        key = key == null ? "" : key.strip();
        details = details == null ? CitationDetails.NONE : details;
    }
}
