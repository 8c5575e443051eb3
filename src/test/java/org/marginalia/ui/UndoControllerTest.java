package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marginalia.project.Project;

/** Undo takes the edit off its stack when pressed; a failed undo puts it back; nothing is undone twice. */
class UndoControllerTest {

    /** An edit that counts its calls, and can be told to fail. */
    record Counting(String label, List<String> calls, boolean fail) implements Edit {
        public Edit undo(Project p) {
            if (fail) {
                throw new IllegalStateException("disk gone");
            }
            calls.add("undo " + label);
            return this;
        }

        public Edit redo(Project p) {
            calls.add("redo " + label);
            return this;
        }
    }

    @Test
    void eachUndoTakesTheNextEditAndRedoBringsThemBackInOrder() {
        List<String> calls = new ArrayList<>();
        Notices notices = new Notices();
        UndoController undo = new UndoController(null, Background.inline(), notices, (changed, then) -> then.run());
        undo.recorded(new Counting("A", calls, false), () -> { });
        undo.recorded(new Counting("B", calls, false), () -> { });
        undo.undo();
        undo.undo();
        undo.undo();
        assertThat(notices.textProperty().get()).isEqualTo("Nothing to undo");
        undo.redo();
        assertThat(calls).containsExactly("undo B", "undo A", "redo A");
        assertThat(undo.history().undoLabelProperty().get()).isEqualTo("Undo A");
        assertThat(undo.history().redoLabelProperty().get()).isEqualTo("Redo B");
    }

    @Test
    void aFailedUndoLeavesTheEditWhereItWasAndReportsTheFailure() {
        List<Throwable> failures = new ArrayList<>();
        Background background = Background.inline();
        background.setOnFailure(failures::add);
        UndoController undo = new UndoController(null, background, new Notices(), (changed, then) -> then.run());
        undo.recorded(new Counting("A", new ArrayList<>(), true), () -> { });
        undo.undo();
        assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessage("disk gone"));
        assertThat(undo.history().canUndoProperty().get()).isTrue();
        assertThat(undo.history().canRedoProperty().get()).isFalse();
        assertThat(undo.busy()).isFalse();
    }
}
