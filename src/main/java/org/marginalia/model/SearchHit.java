package org.marginalia.model;

import java.util.List;

/**
 * A source or passage note holding the searched words, with every place they occur in it, in text order.
 *
 * @param documentId the source the matches are in (for a note: the source of its passage)
 * @param annotationId the passage whose note matched, or 0 for matches in a source's text
 * @param matches every match, in text order; empty only when the index and the text disagree (a stale index)
 */
public record SearchHit(long documentId, long annotationId, List<SearchMatch> matches) {

    public SearchHit {
        matches = List.copyOf(matches);
    }

    public boolean inNote() {
        return annotationId != 0;
    }

    /** How many times the words occur here. */
    public int count() {
        return matches.size();
    }

    /** The first match's excerpt, the matched words between {@code [} and {@code ]}; blank when there is none. */
    public String snippet() {
        return matches.isEmpty() ? "" : matches.get(0).snippet();
    }
}
