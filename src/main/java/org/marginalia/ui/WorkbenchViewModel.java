package org.marginalia.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;

/**
 * The state of the workbench window and the commands on it. Every project call goes through {@link Background};
 * what comes back is applied here, on the FX thread, to read-only properties and lists that the views bind to.
 */
public final class WorkbenchViewModel {

    static final int MAX_PANES = 4;

    private final Project project;
    private final Background background;
    private final Dialogs dialogs;
    private final PassageComparer comparer;
    private final History history = new History();
    private final ObservableList<SourceItem> sources = FXCollections.observableArrayList();
    private final ObservableList<TagItem> tags = FXCollections.observableArrayList();
    private final ObservableList<PassageRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PassageRow> filteredRows = new FilteredList<>(rows);
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ObservableList<SourcePaneModel> panes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Annotation> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final Map<Long, String> texts = new HashMap<>();
    // Read-only views made once: a listener added to a throwaway wrapper would be dropped with it.
    private final ObservableList<SourceItem> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<TagItem> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ObservableList<PassageRow> rowsView = FXCollections.unmodifiableObservableList(filteredRows);
    private final ObservableList<Link> linksView = FXCollections.unmodifiableObservableList(links);
    private final ObservableList<SourcePaneModel> panesView = FXCollections.unmodifiableObservableList(panes);
    private final PassageCommands passageCommands;
    private final TagCommands tagCommands;
    private final SourceCommands sourceCommands;
    private Set<Long> tagFilter = Set.of();
    private String textFilter = "";
    private int activePane;

    public WorkbenchViewModel(Project project, Background background, Dialogs dialogs, PassageComparer comparer) {
        this.project = project;
        this.background = background;
        this.dialogs = dialogs;
        this.comparer = comparer;
        this.passageCommands = new PassageCommands(this);
        this.tagCommands = new TagCommands(this);
        this.sourceCommands = new SourceCommands(this);
    }

    /** Loads the project and opens the given sources side by side (the first two when none are given). */
    public void start(List<Long> openSources) {
        panes.setAll(new SourcePaneModel(background), new SourcePaneModel(background));
        refresh(() -> {
            List<Long> wanted = new ArrayList<>(openSources.stream()
                    .filter(id -> sources.stream().anyMatch(s -> s.document().id() == id)).toList());
            if (wanted.isEmpty()) {
                sources.stream().limit(2).forEach(s -> wanted.add(s.document().id()));
            }
            while (panes.size() < Math.min(wanted.size(), MAX_PANES)) {
                panes.add(new SourcePaneModel(background));
            }
            for (int i = 0; i < wanted.size() && i < panes.size(); i++) {
                openInPane(i, wanted.get(i));
            }
            // A failed backup on opening never stops the work, but it is never silent either: the status bar says so.
            project.syncedFolderWarning().ifPresent(notice::set);
            project.backups().lastFailure().ifPresent(e -> notice.set("Backup failed: " + e.getMessage()));
        });
    }

    /** Re-reads the lists after a change, then runs {@code then}. */
    void refresh(Runnable then) {
        background.run("Loading", p -> ProjectState.read(project), state -> {
            apply(state);
            then.run();
        });
    }

    private void apply(ProjectState state) {
        sources.setAll(state.sourceItems());
        tags.setAll(state.tagItems());
        rows.setAll(state.rows());
        links.setAll(state.links());
        Set<Long> shownSources = new HashSet<>(state.sources().stream().map(Document::id).toList());
        for (SourcePaneModel pane : panes) {
            Document shown = pane.documentProperty().get();
            if (shown != null && !shownSources.contains(shown.id())) {
                pane.clear();
            }
            pane.update(state.passages(), state.tagColors(), state.linkedPassageIds());
        }
        Annotation current = selected.get();
        selected.set(current == null ? null : state.passages().stream().filter(a -> a.id() == current.id())
                .findFirst().orElse(null));
        counts.set(state.counts());
        applyFilter();
        updateComparison();
    }


    /** Shows a source in a pane, reading its text once. */
    public void openInPane(int paneIndex, long documentId) {
        openInPane(paneIndex, documentId, () -> { });
    }

    /** Shows a source in a pane, then runs {@code then} once its text is there. */
    public void openInPane(int paneIndex, long documentId, Runnable then) {
        if (paneIndex < 0 || paneIndex >= panes.size()) {
            return;
        }
        SourcePaneModel pane = panes.get(paneIndex);
        Consumer<String> show = text -> {
            Document d = sources.stream().map(SourceItem::document).filter(s -> s.id() == documentId).findFirst()
                    .orElseThrow();
            pane.show(d, text);
            pane.update(rows.stream().map(PassageRow::passage).toList(), ProjectState.colorsOf(
                    tags.stream().map(TagItem::tag).toList()), ProjectState.linkedIdsOf(links));
            then.run();
        };
        String cached = texts.get(documentId);
        if (cached != null) {
            show.accept(cached);
        } else {
            background.run("Opening source", p -> project.sources().text(documentId), text -> {
                texts.put(documentId, text);
                show.accept(text);
            });
        }
    }

    public void addPane() {
        if (panes.size() < MAX_PANES) {
            panes.add(new SourcePaneModel(background));
        }
    }

    public void removePane() {
        if (panes.size() > 1) {
            panes.remove(panes.size() - 1);
            activePane = Math.min(activePane, panes.size() - 1);
        }
    }



    /** Selects the passage in the pane that shows its source, opening it in another pane when none does. */
    public void showPassage(Annotation passage) {
        for (int i = 0; i < panes.size(); i++) {
            Document d = panes.get(i).documentProperty().get();
            if (d != null && d.id() == passage.documentId()) {
                selectPassage(i, passage);
                return;
            }
        }
        int target = panes.size() > 1 ? (activePane == panes.size() - 1 ? 0 : panes.size() - 1) : 0;
        openInPane(target, passage.documentId(), () -> selectPassage(target, passage));
    }

    public void selectPassage(int paneIndex, Annotation passage) {
        activePane = paneIndex;
        panes.get(paneIndex).select(passage);
        selected.set(passage);
        updateComparison();
    }

    /** A click in a pane: selects the innermost passage under the click, if any. */
    public void clickAt(int paneIndex, int offset) {
        Annotation hit = panes.get(paneIndex).passageAt(offset);
        if (hit != null) {
            selectPassage(paneIndex, hit);
        }
    }

    /** A passage by id among all of the project's (not only those the table's filter shows), or null. */
    public Annotation passageById(long id) {
        return rows.stream().map(PassageRow::passage).filter(a -> a.id() == id).findFirst().orElse(null);
    }

    public void setActivePane(int paneIndex) {
        activePane = paneIndex;
    }

    int activePane() {
        return activePane;
    }

    public void setFilter(Set<Long> tagIds, String text) {
        tagFilter = Set.copyOf(tagIds);
        textFilter = text == null ? "" : text;
        applyFilter();
    }

    private void applyFilter() {
        Set<Long> wanted = tagFilter;
        String text = textFilter;
        filteredRows.setPredicate(row -> row.matches(wanted, text));
    }

    /**
     * Finds the linked pair to compare: the selected passage and the other end of its first link. The diff reads from
     * the passage linked to (the transcript) to the one that links to it (the paraphrase): what the paraphrase changed.
     */
    void updateComparison() {
        Annotation a = selected.get();
        Link link = a == null ? null : links.stream()
                .filter(l -> l.fromAnnotationId() == a.id() || l.toAnnotationId() == a.id())
                .findFirst().orElse(null);
        if (link == null) {
            comparison.set(null);
            return;
        }
        background.run("Comparing", p -> {
            Annotation from = project.passages().get(link.fromAnnotationId());
            Annotation to = project.passages().get(link.toAnnotationId());
            return new Comparison(link, from, project.sources().get(from.documentId()).title(), to,
                    project.sources().get(to.documentId()).title(), comparer.diff(project, to.id(), from.id()));
        }, found -> {
            comparison.set(found);
            revealOtherEnd(found, a);
        });
    }

    /** Brings the other end of the compared link into view where another pane shows its source. */
    private void revealOtherEnd(Comparison found, Annotation selectedEnd) {
        Annotation other = found.from().id() == selectedEnd.id() ? found.to() : found.from();
        for (int i = 0; i < panes.size(); i++) {
            Document shown = panes.get(i).documentProperty().get();
            if (i != activePane && shown != null && shown.id() == other.documentId()) {
                panes.get(i).reveal(other.span());
                return;
            }
        }
    }

    /** Runs an edit that is already done on the project's side and records it for undo, then refreshes. */
    void recorded(Edit edit, Runnable then) {
        history.done(edit);
        refresh(then);
    }

    public void undo() {
        Edit edit = history.nextUndo();
        if (edit != null) {
            background.run("Undo", p -> {
                edit.undo(project);
                return edit;
            }, e -> {
                history.undone(e);
                notice.set("Undone: " + e.label());
                refresh(() -> { });
            });
        }
    }

    public void redo() {
        Edit edit = history.nextRedo();
        if (edit != null) {
            background.run("Redo", p -> {
                edit.redo(project);
                return edit;
            }, e -> {
                history.redone(e);
                notice.set("Redone: " + e.label());
                refresh(() -> { });
            });
        }
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

    Project project() {
        return project;
    }

    Background background() {
        return background;
    }

    Dialogs dialogs() {
        return dialogs;
    }

    void notice(String text) {
        notice.set(text);
    }

    void select(Annotation passage) {
        selected.set(passage);
    }

    public History history() {
        return history;
    }

    public ObservableList<SourceItem> sources() {
        return sourcesView;
    }

    public ObservableList<TagItem> tags() {
        return tagsView;
    }

    public ObservableList<PassageRow> passageRows() {
        return rowsView;
    }

    public ObservableList<Link> links() {
        return linksView;
    }

    public ObservableList<SourcePaneModel> panes() {
        return panesView;
    }

    public ReadOnlyObjectProperty<Annotation> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The last thing that happened, for the status bar ("Imported 2 sources", "Undone: Add Tag"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String projectName() {
        return project.name();
    }

    public Path projectPath() {
        return project.path();
    }

    TextSpan selectionIn(int paneIndex) {
        return panes.get(paneIndex).textSelectionProperty().get();
    }
}
