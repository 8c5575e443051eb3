package org.marginalia.compare;

import java.util.List;
import org.marginalia.model.TextSpan;

/**
 * A place in a target text that may be the counterpart of a searched passage.
 *
 * @param span where it stands in the target (UTF-16)
 * @param score how close it is, 0..1; exactly 1.0 only when the passage occurs there verbatim (white space and quote
 *              marks aside), at most 0.99 otherwise
 * @param matchingWords the content words of the span (as written in the target) that match words of the passage
 */
public record Candidate(TextSpan span, double score, List<String> matchingWords) {

    public Candidate {
        matchingWords = List.copyOf(matchingWords);
    }
}
