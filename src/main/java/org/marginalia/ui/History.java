package org.marginalia.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The undo and redo stacks of one open project; they live until the project is closed. Used on the FX thread. */
public final class History {

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");

    /** Records an edit that has just been done; a new edit makes the redo stack meaningless. */
    public void done(Edit edit) {
        undo.push(edit);
        redo.clear();
        changed();
    }

    /**
     * Takes the edit to undo off the stack at once, so a second Ctrl+Z pressed before the first is done gets the
     * edit below it, never the same one. The caller hands back the edit that redoes it with {@link #undone}, or puts
     * the taken edit back with {@link #undoFailed}.
     */
    public Edit takeUndo() {
        Edit edit = undo.poll();
        changed();
        return edit;
    }

    public Edit takeRedo() {
        Edit edit = redo.poll();
        changed();
        return edit;
    }

    /** An undo finished: {@code redoable} is what Redo will run. */
    public void undone(Edit redoable) {
        redo.push(redoable);
        changed();
    }

    public void redone(Edit undoable) {
        undo.push(undoable);
        changed();
    }

    /** An undo failed and the project is as it was: the edit goes back where it was taken from. */
    public void undoFailed(Edit edit) {
        undo.push(edit);
        changed();
    }

    public void redoFailed(Edit edit) {
        redo.push(edit);
        changed();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
