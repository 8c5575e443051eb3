package org.marginalia.model;



/**
 * A quotation found in a source.
 *
 * @param span the quoted words, inside the quote marks and trimmed of white space
 * @param outer the quotation with its quote marks
 * @param text the quoted words as written
 */
public record Quotation(TextSpan span, TextSpan outer, String text) {
}
