package org.marginalia.project;

import org.marginalia.model.Annotation;
import org.marginalia.model.TextSpan;

/** The exact quote and the context on each side that let a passage be found again if its source changes. */
record PassageContext(String quote, String prefix, String suffix) {

    static PassageContext of(String text, TextSpan span) {
        int prefixStart = safeBoundary(text, Math.max(0, span.start() - Annotation.CONTEXT_LENGTH), true);
        int suffixEnd = safeBoundary(text, Math.min(text.length(), span.end() + Annotation.CONTEXT_LENGTH), false);
        return new PassageContext(span.of(text), text.substring(prefixStart, span.start()),
                text.substring(span.end(), suffixEnd));
    }

    /** Moves a cut that would split a surrogate pair to the nearer side inside the context. */
    private static int safeBoundary(String text, int offset, boolean movingForward) {
        if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return movingForward ? offset + 1 : offset - 1;
        }
        return offset;
    }

    /** Narrows a selection so that it neither starts nor ends with white space. */
    static TextSpan trim(String text, TextSpan span) {
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
