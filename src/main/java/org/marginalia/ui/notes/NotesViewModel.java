package org.marginalia.ui.notes;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marginalia.model.Document;
import org.marginalia.model.ProjectNote;
import org.marginalia.ui.SourceItem;
import org.marginalia.ui.compare.ToolContext;

/**
 * The Notes panel's state: the notes matching the search, the one being edited, and its text, which is saved as the
 * user types (each save one project call through the background worker).
 */
public final class NotesViewModel {

    private final ToolContext context;
    private final ObservableList<ProjectNote> notes = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ProjectNote> current = new ReadOnlyObjectWrapper<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Document> memoSource = new SimpleObjectProperty<>();
    private boolean loadingText;

    public NotesViewModel(ToolContext context) {
        this.context = context;
        text.addListener((o, was, now) -> {
            if (!loadingText && current.get() != null && !now.equals(current.get().text())) {
                save(current.get().id(), now);
            }
        });
    }

    public ObservableList<ProjectNote> notes() {
        return notes;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<ProjectNote> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The editor's text; changing it saves the current note. */
    public StringProperty textProperty() {
        return text;
    }

    /** The source a new memo would be about: the one in the active pane, or null. */
    public ObjectProperty<Document> memoSourceProperty() {
        return memoSource;
    }

    /** Reads the notes matching the search words (all of them when there are none). */
    public void load() {
        String words = query.get() == null ? "" : query.get();
        context.background().run("Reading notes", p -> context.project().notes().search(words), found -> {
            Long keep = current.get() == null ? null : current.get().id();
            notes.setAll(found);
            notes.stream().filter(n -> keep != null && n.id() == keep).findFirst().ifPresent(this::open);
        });
    }

    public void open(ProjectNote note) {
        current.set(note);
        loadingText = true;
        text.set(note == null ? "" : note.text());
        loadingText = false;
    }

    /** Adds an empty project note, or a memo of {@link #memoSourceProperty()} when {@code memo}, and opens it. */
    public void add(boolean memo) {
        Long documentId = memo && memoSource.get() != null ? memoSource.get().id() : null;
        context.background().run("Adding a note", p -> context.project().notes().add(documentId, ""), note -> {
            query.set("");
            notes.add(note);
            open(note);
        });
    }

    public void deleteCurrent() {
        ProjectNote note = current.get();
        if (note == null || !context.dialogs().confirm("Delete note", "Delete the note “" + note.title() + "”?")) {
            return;
        }
        context.background().run("Deleting a note", p -> context.project().notes().delete(note.id()), gone -> {
            notes.removeIf(n -> n.id() == gone.id());
            open(null);
        });
    }

    /** The title a list shows for a note: its first line, with the source it is about. */
    public String describe(ProjectNote note) {
        if (note.documentId() == null) {
            return note.title();
        }
        String source = context.window().sources().stream().map(SourceItem::document)
                .filter(d -> d.id() == note.documentId()).map(Document::title).findFirst().orElse("a source");
        return note.title() + "  — memo on " + source;
    }

    private void save(long noteId, String newText) {
        context.background().run("Saving the note", p -> context.project().notes().edit(noteId, newText), saved -> {
            for (int i = 0; i < notes.size(); i++) {
                if (notes.get(i).id() == saved.id()) {
                    notes.set(i, saved);
                }
            }
            if (current.get() != null && current.get().id() == saved.id()) {
                current.set(saved);
            }
        });
    }
}
