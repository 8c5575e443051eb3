package org.marginalia.ui.compare;

import org.marginalia.model.TextSpan;

/** Brings a span of a source into view in whichever pane shows that source. */
@FunctionalInterface
public interface PaneReveal {

    void reveal(long documentId, TextSpan span);
}
