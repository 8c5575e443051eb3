package org.marginalia.ui.edit;

import java.util.List;
import java.util.stream.Collectors;
import org.marginalia.ui.Dialogs;
import org.marginalia.ui.Dialogs.UnsavedChoice;
import org.marginalia.ui.SourcePaneModel;

/**
 * Nothing typed in an editor is lost: before the window closes, the project changes, or a pane shows another source,
 * the user chooses to save the corrections (the action goes on once they are saved), to discard them, or to stay.
 */
public final class UnsavedEdits {

    private final TextCorrections corrections;
    private final Dialogs dialogs;

    UnsavedEdits(TextCorrections corrections, Dialogs dialogs) {
        this.corrections = corrections;
        this.dialogs = dialogs;
    }

    /** Runs {@code then} when no editor holds unsaved changes, or once the user saved or discarded them. */
    public void thenContinue(Runnable then) {
        ask(corrections.unsaved(), then);
    }

    /** The same for one pane only, before it shows another source. */
    public void beforeAnotherSource(SourcePaneModel pane, Runnable then) {
        TextEditModel editor = corrections.editorFor(pane);
        ask(editor.unsaved() ? List.of(editor) : List.of(), then);
    }

    private void ask(List<TextEditModel> unsaved, Runnable then) {
        if (unsaved.isEmpty()) {
            then.run();
            return;
        }
        String titles = unsaved.stream().map(e -> "“" + e.sourceTitle() + "”").collect(Collectors.joining(", "));
        UnsavedChoice choice = dialogs.askUnsaved("Save your corrections?", "The text of " + titles
                + " has changes that are not saved. Save them first, discard them, or cancel and keep editing?");
        switch (choice) {
            case SAVE -> saveFrom(unsaved, 0, then);
            case DISCARD -> {
                unsaved.forEach(TextEditModel::discard);
                then.run();
            }
            case CANCEL -> { }
            default -> throw new IllegalStateException("unknown choice " + choice);
        }
    }

    /** Saves the editors one after another; a failed or cancelled save stops here, so the action does not go on. */
    private static void saveFrom(List<TextEditModel> editors, int next, Runnable then) {
        if (next == editors.size()) {
            then.run();
        } else {
            editors.get(next).save(0, () -> saveFrom(editors, next + 1, then));
        }
    }
}
