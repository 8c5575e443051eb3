package org.marginalia.model;

import java.util.List;

/**
 * The word-by-word difference between two passages (e.g. a paraphrase and the transcript it claims to quote), in
 * reading order. Computed by the {@code compare} package; drawn by the window and written by the reports.
 */
public record WordDiff(List<Piece> pieces) {

    /** What happened to a run of words going from the left passage to the right one. */
    public enum Change { SAME, REMOVED, ADDED }

    /**
     * A run of words.
     *
     * @param left where the run stands in the left text (null for {@code ADDED})
     * @param right where the run stands in the right text (null for {@code REMOVED})
     */
    public record Piece(Change change, String text, TextSpan left, TextSpan right) {
    }

    public WordDiff {
        pieces = List.copyOf(pieces);
    }

    public boolean isIdentical() {
        return pieces.stream().allMatch(p -> p.change() == Change.SAME);
    }

    /** A one-line summary such as {@code "an Ally" → "a member (of NATO)"}, joining each changed stretch. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece.change() == Change.SAME) {
                flush(out, removed, added);
            } else {
                StringBuilder side = piece.change() == Change.REMOVED ? removed : added;
                side.append(side.length() == 0 ? "" : " ").append(piece.text().strip());
            }
        }
        flush(out, removed, added);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder removed, StringBuilder added) {
        if (removed.length() == 0 && added.length() == 0) {
            return;
        }
        out.append(out.length() == 0 ? "" : "; ")
                .append('"').append(removed).append("\" → \"").append(added).append('"');
        removed.setLength(0);
        added.setLength(0);
    }
}
