package org.marginalia.model;

/**
 * What a reference source says about one quotation.
 *
 * @param quotation the quotation checked
 * @param status the verdict
 * @param match where the quoted words stand in the reference (null when {@link Status#NOT_FOUND})
 * @param matchText the reference's words at {@code match} (null when not found)
 * @param diff from the reference's words (left) to the quotation's (right), e.g. {@code "an Ally" → "a member (of
 *             NATO)"}; null when not found
 * @param score the counterpart score of the match, 1.0 when verbatim, 0 when not found
 */
public record QuoteCheck(Quotation quotation, Status status, TextSpan match, String matchText, WordDiff diff,
                         double score) {

    /** The verdict on a quotation. */
    public enum Status {
        /** The reference has the quoted words as quoted (the quote checker says what may differ). */
        VERBATIM,
        /** The reference has a close but different passage: the quotation was altered. */
        ALTERED,
        /** Nothing in the reference is close enough. */
        NOT_FOUND
    }
}
