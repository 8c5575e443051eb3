package org.marginalia.compare;

import org.marginalia.model.TextSpan;

/**
 * One word of a text as the comparison sees it.
 *
 * @param span where the word stands in the text it was cut from (UTF-16, may include an inner hyphen or apostrophe)
 * @param norm the word case-folded, accents and compatibility forms removed, apostrophes unified and hyphens dropped
 *             ("Multi-Ethnic" → "multiethnic", "Russia’s" → "russia's")
 * @param stem {@code norm} after the Snowball stemmer of the source's {@link Language} ("allies", "allied" → "alli")
 * @param stopWord whether the word is a function word that matching should count for little
 */
public record Token(TextSpan span, String norm, String stem, boolean stopWord) {
}
