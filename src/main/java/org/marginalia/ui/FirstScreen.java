package org.marginalia.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;

/**
 * The first run's screen: the demo's two articles side by side, on the pair where one says "an Ally" and the other
 * "a member (of NATO)", that pair selected and its word diff showing — the app's point at a glance.
 */
final class FirstScreen {

    static final String MEMBER = "Perhaps Russia could be a member (of NATO)";

    private FirstScreen() {
    }

    /** Once the second pane shows its source, selects the "member" passage there; its link shows the "Ally". */
    static void showTheDemoPair(WorkbenchViewModel vm) {
        if (vm.panes().size() < 2) {
            return;
        }
        SourcePaneModel second = vm.panes().get(1);
        ChangeListener<Document> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Document> o, Document a, Document d) {
                if (d == null) {
                    return;
                }
                second.documentProperty().removeListener(this);
                // After the pane has its passages and text laid out, so the reveal can scroll to the passage.
                Platform.runLater(() -> select(vm));
            }
        };
        second.documentProperty().addListener(once);
    }

    private static void select(WorkbenchViewModel vm) {
        Annotation member = vm.passageRows().stream().map(PassageRow::passage)
                .filter(a -> a.quote().equals(MEMBER)).findFirst().orElse(null);
        if (member != null) {
            vm.showPassage(member);
        }
    }
}
