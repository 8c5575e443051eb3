package org.marginalia.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** What a command needs to make an undoable change: run it in the background and record it for undo. */
public interface EditRunner {

    /**
     * Runs {@code job}; once it succeeded, records {@code toEdit} of its result for undo, re-reads the window and
     * runs {@code then} with the result. While it runs, Undo and Redo wait for it.
     */
    <T> void edit(String label, Background.Job<T> job, Function<? super T, ? extends Edit> toEdit,
            Consumer<? super T> then);

    /** Records an edit already made on the project's side, then re-reads the window and runs {@code then}. */
    void recorded(Edit edit, Runnable then);

    /** Records several edits made at once (an import of several files), each undone on its own, then re-reads. */
    void recordedAll(List<? extends Edit> done, Runnable then);
}
