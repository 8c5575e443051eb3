package org.marginalia.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import org.marginalia.model.WordDiff;

/**
 * A word diff as text runs for a {@code TextFlow}: the words the right side dropped struck through, the words it put
 * instead underlined, each with a style class ({@code diff-same}, {@code diff-removed}, {@code diff-added}) for
 * colour. Used by the comparison strip and by the comparison tools, so both read alike.
 */
public final class DiffText {

    private DiffText() {
    }

    public static List<Text> of(WordDiff diff) {
        List<Text> runs = new ArrayList<>();
        String previous = "";
        for (WordDiff.Piece piece : diff.pieces()) {
            String core = piece.text().stripTrailing();
            if (!previous.isEmpty() && !Character.isWhitespace(previous.charAt(previous.length() - 1))
                    && piece.change() != WordDiff.Change.SAME) {
                runs.add(new Text(" "));
            }
            Text words = new Text(core.replaceAll("\\s+", " "));
            words.getStyleClass().add(switch (piece.change()) {
                case SAME -> "diff-same";
                case REMOVED -> "diff-removed";
                case ADDED -> "diff-added";
            });
            words.setStrikethrough(piece.change() == WordDiff.Change.REMOVED);
            words.setUnderline(piece.change() == WordDiff.Change.ADDED);
            runs.add(words);
            // The white space after a changed run stays plain, so the strike or underline ends with the words.
            if (core.length() < piece.text().length()) {
                runs.add(new Text(" "));
            }
            previous = piece.text();
        }
        return runs;
    }
}
