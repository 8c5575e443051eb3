package org.marginalia.ui.compare;

import javafx.scene.text.TextFlow;
import org.marginalia.model.WordDiff;
import org.marginalia.ui.DiffText;

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
        flow.getChildren().addAll(DiffText.of(diff));
        return flow;
    }
}
