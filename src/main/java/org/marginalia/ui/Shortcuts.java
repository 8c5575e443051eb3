package org.marginalia.ui;

/** The keyboard shortcuts, as Help ▸ Keyboard Shortcuts lists them (Ctrl is Cmd on macOS). */
final class Shortcuts {

    static final String TEXT = """
            Select text, then 1–9  —  mark it as a passage with that tag
            Click a highlight  —  select its passage
            Delete  —  delete the selected passage
            Ctrl+L  —  link the passages selected in two panes
            Ctrl+Z  —  undo;  Ctrl+Shift+Z or Ctrl+Y  —  redo
            Ctrl+F  —  find in the source (Enter: next, Shift+Enter: previous)
            Ctrl+Shift+F  —  search all sources and notes
            Ctrl+I  —  import sources;  Ctrl+E  —  export
            Ctrl+N / Ctrl+O / Ctrl+W  —  new / open / close project
            Ctrl+T  —  new tag
            Ctrl+K  —  find where the selection comes from in the other pane (Enter links it)
            Ctrl+Shift+K  —  check the quotations of both sources, each against the other
            Ctrl+Shift+A  —  align the sentences of the two sources in a table
            Ctrl+Shift+I  —  edit the source's details;  Ctrl+Shift+C  —  copy a citation of the passage
            Ctrl+Shift+N / Ctrl+Shift+W  —  add / remove a pane
            Ctrl+=  /  Ctrl+-  /  Ctrl+0  —  zoom in / out / actual size
            Ctrl+Shift+M  —  analysis: tag frequencies, co-occurrence, tags × sources, timeline
            Ctrl+Shift+D  —  light or dark theme""";

    private Shortcuts() {
    }
}
