package org.marginalia.ui.compare;

import org.marginalia.model.Document;
import org.marginalia.model.TextSpan;
import org.marginalia.ui.SourcePaneModel;
import org.marginalia.ui.WorkbenchViewModel;

/**
 * The window's panes as the tools see them: which source each shows, and revealing a span there. A revealed span is
 * marked with the pane's find highlight, the one mark a pane can show besides passages, until the next reveal.
 */
public final class WindowPanes implements PaneReveal {

    private final WorkbenchViewModel window;

    public WindowPanes(WorkbenchViewModel window) {
        this.window = window;
    }

    /** The source shown in a pane, or null. */
    public Document documentIn(int pane) {
        return pane >= 0 && pane < window.panes().size() ? window.panes().get(pane).documentProperty().get() : null;
    }

    /** The first pane other than {@code pane} that shows a source, or -1. */
    public int otherPane(int pane) {
        for (int i = 0; i < window.panes().size(); i++) {
            if (i != pane && documentIn(i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The pane showing a source, or -1. */
    public int paneOf(long documentId) {
        for (int i = 0; i < window.panes().size(); i++) {
            Document d = documentIn(i);
            if (d != null && d.id() == documentId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void reveal(long documentId, TextSpan span) {
        int pane = paneOf(documentId);
        if (pane >= 0) {
            mark(window.panes().get(pane), span);
        } else if (!window.panes().isEmpty()) {
            int target = window.panes().size() - 1;
            window.openInPane(target, documentId, () -> mark(window.panes().get(target), span));
        }
    }

    private static void mark(SourcePaneModel pane, TextSpan span) {
        String text = pane.textProperty().get();
        if (span.end() > text.length()) {
            return;
        }
        pane.find(span.of(text));
        pane.reveal(span);
    }

    /** Takes the marks off every pane. */
    public void clearMarks() {
        window.panes().forEach(p -> {
            if (!p.matches().isEmpty()) {
                p.find("");
            }
        });
    }
}
