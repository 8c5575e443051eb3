package org.marginalia.compare;

import java.util.ArrayList;
import java.util.List;
import org.marginalia.model.TextSpan;
import org.marginalia.model.WordDiff;
import org.marginalia.model.WordDiff.Change;
import org.marginalia.model.WordDiff.Piece;

/**
 * A word diff cut into the stretches a reader reviews one at a time (Show Changes after a correction): each change
 * with a little unchanged text around it, so a long source's few corrections are not lost in its unchanged pages.
 */
final class DiffHunks {

    private DiffHunks() {
    }

    /**
     * The changes one stretch at a time, each with about {@code context} characters of unchanged text on either side
     * (cut at white space); changes closer together than twice that share one stretch.
     */
    static List<WordDiff> of(WordDiff diff, int context) {
        List<Piece> pieces = diff.pieces();
        List<WordDiff> hunks = new ArrayList<>();
        List<Piece> current = null;
        for (int k = 0; k < pieces.size(); k++) {
            Piece piece = pieces.get(k);
            if (piece.change() != Change.SAME) {
                if (current == null) {
                    current = new ArrayList<>();
                    if (k > 0) {
                        current.add(tail(pieces.get(k - 1), context));
                    }
                }
                current.add(piece);
            } else if (current != null) {
                if (k < pieces.size() - 1 && piece.text().length() <= 2 * context) {
                    current.add(piece);
                } else {
                    current.add(head(piece, context));
                    hunks.add(new WordDiff(current));
                    current = null;
                }
            }
        }
        if (current != null) {
            hunks.add(new WordDiff(current));
        }
        return hunks;
    }

    private static Piece head(Piece same, int context) {
        String text = same.text();
        int cut = text.length();
        for (int i = Math.min(context, text.length()); i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i + 1;
                break;
            }
        }
        TextSpan left = new TextSpan(same.left().start(), same.left().start() + cut);
        TextSpan right = new TextSpan(same.right().start(), Math.min(same.right().end(), same.right().start() + cut));
        return new Piece(Change.SAME, text.substring(0, cut), left, right);
    }

    private static Piece tail(Piece same, int context) {
        String text = same.text();
        int cut = 0;
        for (int i = text.length() - Math.min(context, text.length()) - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i + 1;
                break;
            }
        }
        int length = text.length() - cut;
        TextSpan left = new TextSpan(same.left().end() - length, same.left().end());
        TextSpan right = new TextSpan(Math.max(same.right().start(), same.right().end() - length), same.right().end());
        return new Piece(Change.SAME, text.substring(cut), left, right);
    }
}
