package org.marginalia.project;

import org.marginalia.model.TextSpan;

/**
 * What re-anchoring did with one passage.
 *
 * @param oldSpan    where it was in the previous text
 * @param newSpan    where it is now (for a passage needing review: its old place clamped into the new text)
 * @param confidence how sure the placement was, 0..1
 * @param reason     why it needs review; empty otherwise
 */
public record PassageOutcome(long annotationId, Kind kind, TextSpan oldSpan, TextSpan newSpan, double confidence,
                             String reason) {

    /** The three ways a passage comes out of a re-import. */
    public enum Kind {
        /** Its quote was found word for word (perhaps at another offset). */
        EXACT,
        /** An edited version of its quote was found; quote and context now read as the new text does. */
        MOVED,
        /** No place was convincing: it kept its quote and waits in the review queue. */
        NEEDS_REVIEW
    }
}
