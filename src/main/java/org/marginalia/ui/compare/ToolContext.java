package org.marginalia.ui.compare;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.marginalia.project.Project;
import org.marginalia.ui.Background;
import org.marginalia.ui.Dialogs;
import org.marginalia.ui.Edit;
import org.marginalia.ui.WorkbenchViewModel;

/**
 * What the comparison and source tools need from the window, handed down by whoever builds it.
 *
 * @param project the open project; only ever called through {@code background}
 * @param window the workbench's view-model, for its panes and sources
 * @param recorder records a change already made for undo, then refreshes the window and runs the callback
 * @param refresh re-reads the window's lists after a change that cannot be undone, then runs the callback
 * @param activePane the index of the pane the user last worked in
 */
public record ToolContext(Project project, WorkbenchViewModel window, Background background, Dialogs dialogs,
        BiConsumer<Edit, Runnable> recorder, Consumer<Runnable> refresh, IntSupplier activePane) {

    /** Reveals spans in the window's panes. */
    public WindowPanes panes() {
        return new WindowPanes(window);
    }
}
