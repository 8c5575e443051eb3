package org.marginalia.analysis;

import org.marginalia.model.TextSpan;

/**
 * A place where two coders differ: a tag on one side only, or the same tag on spans that differ.
 *
 * @param first      the first coder's span, or null when only the second coded here
 * @param second     the second coder's span, or null when only the first coded here
 * @param difference how many characters are coded by one side and not the other
 */
public record Disagreement(long sourceId, String tag, Kind kind, TextSpan first, TextSpan second, int difference) {

    /** What kind of difference it is. */
    public enum Kind {
        FIRST_ONLY("only first"),
        SECOND_ONLY("only second"),
        SPANS_DIFFER("spans differ");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
