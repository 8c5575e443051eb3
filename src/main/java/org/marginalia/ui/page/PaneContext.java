package org.marginalia.ui.page;

import java.util.function.IntSupplier;
import org.fxmisc.richtext.InlineCssTextArea;
import org.marginalia.project.PageService;
import org.marginalia.ui.Background;
import org.marginalia.ui.SourcePaneModel;
import org.marginalia.ui.WorkbenchViewModel;

/**
 * What the page side of a pane needs from the pane: the window's commands, the pane's model and text view, its
 * position, how to restyle its text, and where pages are read and drawn.
 */
public record PaneContext(WorkbenchViewModel vm, SourcePaneModel pane, InlineCssTextArea area, IntSupplier position,
        Runnable restyle, PageService pages, Background background) {
}
