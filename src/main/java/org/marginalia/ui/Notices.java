package org.marginalia.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's answer to the last action ("Tagged … as trust — Ctrl+Z to undo"). Each action replaces it; the
 * window clears it when the user moves on to another passage, so an old answer never reads as news.
 */
public final class Notices {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "notice", "");

    public void say(String message) {
        text.set(message);
    }

    public void clear() {
        text.set("");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** A quote short enough for the status bar, in quotation marks. */
    static String quoted(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ").strip();
        return "\u201C" + (oneLine.length() > 40 ? oneLine.substring(0, 39) + "\u2026" : oneLine) + "\u201D";
    }
}
