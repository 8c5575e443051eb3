package org.marginalia.ui;

import org.marginalia.project.Project;

/**
 * One undoable change to the project. Both methods run on the background thread. An edit holds no mutable state:
 * each direction returns the edit for the other direction, carrying a snapshot of whatever it removed (a deleted
 * passage, a removed source) so that the next call can put it back.
 */
public interface Edit {

    /** What the Edit menu calls it: "Undo " + label. */
    String label();

    /** Undoes the change; returns the edit that redoes it. */
    Edit undo(Project project);

    /** Redoes the change; returns the edit that undoes it again. */
    Edit redo(Project project);

    /**
     * What the change, its undo and its redo touch, so the window re-reads only that. Everything unless the edit
     * says less: an edit that claims too little leaves the window showing what is no longer so.
     */
    default Changed changed() {
        return Changed.EVERYTHING;
    }
}
