package org.marginalia.ui.compare;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.marginalia.model.WordDiff;

/**
 * A word diff drawn as the comparison strip draws it: the left side's words that the right lacks struck through,
 * the right side's own words highlighted and underlined.
 */
final class DiffFlow {

    private DiffFlow() {
    }

    static TextFlow of(WordDiff diff) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff");
        String previous = "";
        for (WordDiff.Piece piece : diff.pieces()) {
            String core = piece.text().stripTrailing();
            if (!previous.isEmpty() && !Character.isWhitespace(previous.charAt(previous.length() - 1))
                    && piece.change() != WordDiff.Change.SAME) {
                flow.getChildren().add(new Text(" "));
            }
            Text words = new Text(core.replaceAll("\\s+", " "));
            words.getStyleClass().add(switch (piece.change()) {
                case SAME -> "diff-same";
                case REMOVED -> "diff-removed";
                case ADDED -> "diff-added";
            });
            words.setStrikethrough(piece.change() == WordDiff.Change.REMOVED);
            words.setUnderline(piece.change() == WordDiff.Change.ADDED);
            flow.getChildren().add(words);
            // White space after a changed run stays plain, so the strike or underline ends with the words.
            if (core.length() < piece.text().length()) {
                flow.getChildren().add(new Text(" "));
            }
            previous = piece.text();
        }
        return flow;
    }
}
