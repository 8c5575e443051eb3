package org.marginalia.ui.edit;

import org.marginalia.project.CompareProgress;
import org.marginalia.project.CorrectionUndo;
import org.marginalia.project.Project;
import org.marginalia.ui.Edit;

/** The undoable edits of the text editor, one record each (see {@code Edits} for the rules they follow). */
public sealed interface TextEdits extends Edit {

    /**
     * A corrected text saved. Undo puts the earlier text, every passage and every word box back exactly ({@code undo}
     * is that snapshot, null while undone); redo saves the same corrected text again, re-anchoring as the first time.
     */
    record CorrectText(long documentId, String corrected, CorrectionUndo undo) implements TextEdits {
        public String label() {
            return "Correct Text";
        }

        public Edit undo(Project p) {
            p.corrections().undo(undo);
            return new CorrectText(documentId, corrected, null);
        }

        public Edit redo(Project p) {
            return new CorrectText(documentId, corrected,
                    p.corrections().correct(documentId, corrected, CompareProgress.NONE).undo());
        }
    }
}
