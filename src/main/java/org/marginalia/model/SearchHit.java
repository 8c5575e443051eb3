package org.marginalia.model;

/**
 * One match of a search across all sources and notes.
 *
 * @param documentId the source the match is in (for a note: the source of its passage)
 * @param annotationId the passage whose note matched, or 0 for a match in a source's text
 * @param snippet a short excerpt around the match, the matched words between {@code [} and {@code ]}
 */
public record SearchHit(long documentId, long annotationId, String snippet) {

    public boolean inNote() {
        return annotationId != 0;
    }
}
