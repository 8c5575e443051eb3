package org.marginalia.model;

import java.util.List;

/**
 * A place in a target text that may be the counterpart of a searched passage.
 *
 * @param span where it stands in the target (UTF-16)
 * @param score calibrated, 0..1: an estimate of the chance that this is the passage's counterpart, comparable across
 *              queries and sources; exactly 1.0 only when the passage occurs there verbatim (white space and quote
 *              marks aside), at most 0.99 otherwise
 * @param strength {@code score} as a word; {@link MatchStrength#NONE} means "no confident match"
 * @param matchingWords the content words of the span (as written in the target) that match words of the passage
 */
public record Candidate(TextSpan span, double score, MatchStrength strength, List<String> matchingWords) {

    public Candidate {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("A candidate's score lies in [0, 1], not " + score);
        }
        matchingWords = List.copyOf(matchingWords);
    }

    /** A candidate whose strength is read off its calibrated score. */
    public Candidate(TextSpan span, double score, List<String> matchingWords) {
        this(span, score, MatchStrength.of(score), matchingWords);
    }

    /** Whether the candidate may be shown as a match rather than as "no confident match". */
    public boolean confident() {
        return strength.confident();
    }
}
