package org.marginalia.ui.notes;

import javafx.scene.control.Tab;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marginalia.model.Document;
import org.marginalia.ui.LazyTab;
import org.marginalia.ui.compare.ToolContext;

/** The window's Notes tab: project notes and source memos, read when the tab is first brought forward. */
public final class NotesTools {

    private final ToolContext context;
    private final NotesViewModel model;
    private Tab tab;

    public NotesTools(ToolContext context) {
        this.context = context;
        this.model = new NotesViewModel(context);
    }

    public Tab notesTab() {
        if (tab == null) {
            tab = LazyTab.of("Notes", () -> new NotesView(model).createView());
            tab.setId("notes-tab");
            tab.setGraphic(new FontIcon(Feather.BOOK_OPEN));
            tab.setClosable(false);
            tab.setOnSelectionChanged(e -> {
                if (tab.isSelected()) {
                    Document active = context.panes().documentIn(context.activePane().getAsInt());
                    model.memoSourceProperty().set(active);
                    model.load();
                }
            });
        }
        return tab;
    }

    public NotesViewModel model() {
        return model;
    }
}
