package org.marginalia.model;

/**
 * One place where the searched words were found.
 *
 * @param span where, in UTF-16 code units of the source's text (or of the passage's note, for a note hit)
 * @param snippet a short excerpt around it, the matched words between {@code [} and {@code ]}
 */
public record SearchMatch(TextSpan span, String snippet) {
}
