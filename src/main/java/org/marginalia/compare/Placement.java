package org.marginalia.compare;

import org.marginalia.model.TextSpan;

/**
 * Where a passage was found again in a new version of its source, and how sure that is.
 *
 * @param kind              what was found
 * @param span              the best place in the new text; {@code null} only when {@code kind} is NOT_FOUND
 * @param confidence        0..1, quote similarity blended with context similarity (see {@link Reanchorer})
 * @param quoteSimilarity   1 - edit distance / quote length
 * @param contextSimilarity how well the text around the place agrees with the stored prefix and suffix, 0..1
 */
public record Placement(Kind kind, TextSpan span, double confidence, double quoteSimilarity,
                        double contextSimilarity) {

    /** What the search found. */
    public enum Kind {
        /** The quote, word for word, at a place the confidence accepts. */
        EXACT,
        /** An edited version of the quote, close enough to accept. */
        APPROXIMATE,
        /** Something like the quote, but not sure enough to move the passage there. */
        DOUBTFUL,
        /** Nothing near the quote. */
        NOT_FOUND
    }

    static Placement notFound() {
        return new Placement(Kind.NOT_FOUND, null, 0, 0, 0);
    }

    /** Whether the passage may move to {@link #span()} without a person looking at it. */
    public boolean confident() {
        return kind == Kind.EXACT || kind == Kind.APPROXIMATE;
    }
}
