package org.marginalia.model;



/**
 * A sentence of one text and its counterpart in another.
 *
 * @param a the sentence in the first text
 * @param b its counterpart in the second text (a sentence, or a clause when only that matches)
 * @param score the counterpart score, 0..1
 */
public record AlignedPair(TextSpan a, TextSpan b, double score) {
}
