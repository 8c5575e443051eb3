package org.marginalia.ui;

import java.util.OptionalLong;

/**
 * What a drag inside the window carries: a source (dropped on a pane to show it there) or a tag (dropped on another
 * tag to nest it), written as a short prefixed string so that text from other programs is never mistaken for one.
 */
enum DragPayload {
    SOURCE("marginalia-source:"),
    TAG("marginalia-tag:");

    private final String prefix;

    DragPayload(String prefix) {
        this.prefix = prefix;
    }

    String of(long id) {
        return prefix + id;
    }

    /** The id a dragged string carries, when it is a payload of this kind. */
    OptionalLong idIn(String dragged) {
        if (dragged == null || !dragged.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(dragged.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
