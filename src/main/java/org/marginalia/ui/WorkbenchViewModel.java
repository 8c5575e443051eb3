package org.marginalia.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.project.Project;
import org.marginalia.ui.edit.TextCorrections;

/**
 * The workbench window's state, put together from small models: the library (what the project holds), the panes
 * (what is shown where), the one current passage, and undo. Every project call goes through {@link Background};
 * what comes back is applied on the FX thread to read-only properties and lists that the views bind to.
 */
public final class WorkbenchViewModel {

    static final int MAX_PANES = PanesModel.MAX_PANES;

    private final Project project;
    private final Background background;
    private final Dialogs dialogs;
    private final Notices notices = new Notices();
    private final LibraryModel library = new LibraryModel();
    private final PanesModel panes;
    private final CurrentPassage current;
    private final UndoController undo;
    private final PassageCommands passageCommands;
    private final TagCommands tagCommands;
    private final SourceCommands sourceCommands;
    private final TextCorrections textCorrections;

    public WorkbenchViewModel(Project project, Background background, Dialogs dialogs, PassageComparer comparer) {
        this.project = project;
        this.background = background;
        this.dialogs = dialogs;
        this.panes = new PanesModel(project, background, library);
        this.current = new CurrentPassage(project, background, comparer, library, panes, notices);
        this.undo = new UndoController(project, background, notices, this::refresh);
        this.passageCommands = new PassageCommands(project, dialogs, undo, current, panes, library, notices);
        this.tagCommands = new TagCommands(project, dialogs, undo, library, notices);
        this.sourceCommands = new SourceCommands(project, background, dialogs, undo, panes, current, notices);
        this.textCorrections = new TextCorrections(project, background, dialogs, undo, notices::say);
        panes.askBeforeAnotherSource(textCorrections.unsavedEdits()::beforeAnotherSource);
    }

    /** Loads the project and opens the given sources side by side (the first two when none are given). */
    public void start(List<Long> openSources) {
        panes.reset(2);
        refresh(() -> {
            StartupProbe.mark("read");
            List<Long> wanted = new ArrayList<>(openSources.stream()
                    .filter(id -> library.source(id).isPresent()).toList());
            if (wanted.isEmpty()) {
                library.sources().stream().limit(2).forEach(s -> wanted.add(s.document().id()));
            }
            panes.ensurePanes(wanted.size());
            for (int i = 0; i < wanted.size() && i < panes.list().size(); i++) {
                openInPane(i, wanted.get(i));
            }
            // A failed backup on opening never stops the work, but it is never silent either: the status bar says so.
            project.syncedFolderWarning().ifPresent(notices::say);
            project.backups().lastFailure().ifPresent(e -> notices.say("Backup failed: " + e.getMessage()));
        });
    }

    /** Re-reads the lists after a change, then runs {@code then}. */
    public void refresh(Runnable then) {
        background.run("Loading", p -> ProjectState.read(project), state -> {
            library.apply(state);
            panes.apply(state);
            current.refreshed();
            then.run();
        });
    }

    /**
     * Re-reads only what an edit changed (a few passages, the links), then runs {@code then}; everything when the edit
     * says so or names a source or tag the window does not list yet. Jobs run in order, so a later full read never
     * gets overtaken by this one.
     */
    void refresh(Changed changed, Runnable then) {
        if (changed.everything() || !library.loaded()) {
            refresh(then);
            return;
        }
        background.run("Loading", p -> ChangedPassages.read(project, changed), changes -> {
            if (!library.apply(changes)) {
                refresh(then);
                return;
            }
            panes.apply(changes);
            current.refreshed();
            then.run();
        });
    }

    /** Shows a source in a pane, reading its text once. */
    public void openInPane(int paneIndex, long documentId) {
        openInPane(paneIndex, documentId, () -> { });
    }

    /** Shows a source in a pane, then runs {@code then} once its text is there. */
    public void openInPane(int paneIndex, long documentId, Runnable then) {
        panes.openInPane(paneIndex, documentId, then);
    }

    public void addPane() {
        panes.addPane();
    }

    public void removePane() {
        panes.removePane();
    }

    /** Makes a passage current and brings it into view, opening its source in a pane when none shows it. */
    public void showPassage(Annotation passage) {
        current.show(passage);
    }

    /** Makes a passage of a pane current and scrolls to it. */
    public void selectPassage(int paneIndex, Annotation passage) {
        current.select(paneIndex, passage, true);
    }

    /** A click in a pane: selects the innermost passage under the click, or clears the current one. */
    public void clickAt(int paneIndex, int offset) {
        current.clickAt(paneIndex, offset);
    }

    /** A passage by id among all of the project's (not only those the table's filter shows), or null. */
    public Annotation passageById(long id) {
        return library.passageById(id);
    }

    public void setActivePane(int paneIndex) {
        panes.setActivePane(paneIndex);
    }

    public int activePane() {
        return panes.activePane();
    }

    public void setFilter(Set<Long> tagIds, String text) {
        library.setFilter(tagIds, text);
    }

    /** Shows only these passages in the table (a click in the Analysis view); changing the filter shows all again. */
    public void showOnly(Set<Long> passageIds, String what) {
        library.showOnly(passageIds);
        notices.say("Table: " + passageIds.size() + " passages, " + what + " (change the filter to see all)");
    }

    /** Records an edit already made on the project's side for undo, then refreshes and runs {@code then}. */
    public void recorded(Edit edit, Runnable then) {
        undo.recorded(edit, then);
    }

    /** Runs and records undoable edits for tools in windows of their own (the Analysis window adopts codings). */
    public EditRunner edits() {
        return undo;
    }

    public void undo() {
        undo.undo();
    }

    public void redo() {
        undo.redo();
    }

    /** Says what an action did in the status bar. */
    public void notice(String text) {
        notices.say(text);
    }

    public PassageCommands passages() {
        return passageCommands;
    }

    public TagCommands tagCommands() {
        return tagCommands;
    }

    public SourceCommands sourceCommands() {
        return sourceCommands;
    }

    /** "Edit Text": correcting a source's text in its pane. */
    public TextCorrections textCorrections() {
        return textCorrections;
    }

    Project project() {
        return project;
    }

    Background background() {
        return background;
    }

    Dialogs dialogs() {
        return dialogs;
    }

    public History history() {
        return undo.history();
    }

    public ObservableList<SourceItem> sources() {
        return library.sources();
    }

    public ObservableList<TagItem> tags() {
        return library.tags();
    }

    public ObservableList<PassageRow> passageRows() {
        return library.rows();
    }

    public ObservableList<Link> links() {
        return library.links();
    }

    public ObservableList<SourcePaneModel> panes() {
        return panes.list();
    }

    /** The one current passage, or null. */
    public ReadOnlyObjectProperty<Annotation> selectedProperty() {
        return current.property();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return current.comparisonProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return library.countsProperty();
    }

    /** The answer to the last action, for the status bar ("Tagged … as trust — Ctrl+Z to undo"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notices.textProperty();
    }

    public String projectName() {
        return project.name();
    }

    public Path projectPath() {
        return project.path();
    }
}
