package org.marginalia.model;

/**
 * One row of a sentence alignment between two sources: a sentence of the first and its counterpart in the second, or
 * a sentence of either that has no counterpart in the other.
 *
 * @param a the sentence in the first source, or null when this row is a sentence of the second with no counterpart
 * @param textA the words at {@code a} ("" when null)
 * @param b its counterpart in the second source, or null when it has none
 * @param textB the words at {@code b} ("" when null)
 * @param diff from {@code textA} to {@code textB}, word by word; null unless both ends are there
 * @param similarity the counterpart score, 0..1; 0 when one end is missing
 */
public record AlignmentRow(TextSpan a, String textA, TextSpan b, String textB, WordDiff diff, double similarity) {

    public AlignmentRow {
        if (a == null && b == null) {
            throw new IllegalArgumentException("An alignment row has a sentence on at least one side");
        }
    }

    /** Whether both ends are there. */
    public boolean paired() {
        return a != null && b != null;
    }
}
