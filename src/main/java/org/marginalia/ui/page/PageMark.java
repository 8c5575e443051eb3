package org.marginalia.ui.page;

/** One thing drawn on a page: a passage in its tag colour, the selected passage, selected text, an uncertain word. */
record PageMark(PageBox box, String color, Kind kind) {

    /** How a mark is drawn. */
    enum Kind { PASSAGE, SELECTED_PASSAGE, TEXT_SELECTION, UNCERTAIN }
}
