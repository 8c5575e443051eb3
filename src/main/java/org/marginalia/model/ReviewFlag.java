package org.marginalia.model;

/**
 * Why a passage waits for review after its source was re-imported: it could not be re-attached with confidence, so
 * it kept the quote the user marked and its old place, clamped into the new text.
 *
 * @param annotationId the passage
 * @param reason       what went wrong, in the users' words
 * @param score        the confidence of the best place found, 0..1 (0 when none was found)
 * @param candidate    that best place in the current text, or {@code null} when there is none
 */
public record ReviewFlag(long annotationId, String reason, double score, TextSpan candidate) {

    public ReviewFlag {
        reason = reason == null ? "" : reason;
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("review score out of [0, 1]: " + score);
        }
    }

    public boolean hasCandidate() {
        return candidate != null;
    }
}
