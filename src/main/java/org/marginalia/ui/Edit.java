package org.marginalia.ui;

import org.marginalia.project.Project;

/**
 * One undoable change to the project. Both methods run on the background thread and may remember what they need
 * (a deleted passage, an old note) for the next call.
 */
public interface Edit {

    /** What the Edit menu calls it: "Undo " + label. */
    String label();

    void undo(Project project);

    void redo(Project project);
}
