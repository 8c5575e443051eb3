package org.marginalia.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.project.Project;

/**
 * The source panes side by side: which source each shows, which one the user works in, and the texts they have
 * read (checked against each source's content hash before they are shown again).
 */
final class PanesModel {

    static final int MAX_PANES = 4;

    private final Project project;
    private final Background background;
    private final LibraryModel library;
    private final SourceTexts texts = new SourceTexts();
    private final ObservableList<SourcePaneModel> panes = FXCollections.observableArrayList();
    private final ObservableList<SourcePaneModel> panesView = FXCollections.unmodifiableObservableList(panes);
    private int activePane;
    private BiConsumer<SourcePaneModel, Runnable> beforeAnotherSource = (pane, then) -> then.run();

    PanesModel(Project project, Background background, LibraryModel library) {
        this.project = project;
        this.background = background;
        this.library = library;
    }

    void reset(int count) {
        panes.clear();
        for (int i = 0; i < count; i++) {
            panes.add(new SourcePaneModel(background));
        }
        activePane = 0;
    }

    /**
     * New lists after a change: a pane whose source is gone empties, a pane whose source has another text now (a
     * correction saved or undone) reads it again; every pane re-reads its passages.
     */
    void apply(ProjectState state) {
        Set<Long> shownSources = new HashSet<>(state.sources().stream().map(Document::id).toList());
        Set<String> contents = new HashSet<>(state.sources().stream().map(Document::sha256).toList());
        for (int i = 0; i < panes.size(); i++) {
            SourcePaneModel pane = panes.get(i);
            Document shown = pane.documentProperty().get();
            if (shown != null && !shownSources.contains(shown.id())) {
                pane.clear();
            } else if (shown != null && !contents.contains(shown.sha256())) {
                openInPane(i, shown.id(), () -> { });
                continue;
            }
            pane.update(state.passages(), state.tagColors(), state.linkedPassageIds());
        }
    }

    /**
     * Passages read again after an edit: a pane whose source holds one of them (or had it) takes its passages anew
     * from its own and those; every pane takes new links. Panes of other sources are left alone.
     */
    void apply(ChangedPassages changes) {
        Map<Long, String> colors = null;
        Set<Long> linked = null;
        for (SourcePaneModel pane : panes) {
            Document shown = pane.documentProperty().get();
            if (shown == null) {
                continue;
            }
            List<Annotation> kept = new ArrayList<>(pane.passages().stream()
                    .filter(a -> !changes.asked().contains(a.id())).toList());
            boolean touched = kept.size() < pane.passages().size() || changes.linksChanged();
            for (Annotation a : changes.found()) {
                if (a.documentId() == shown.id()) {
                    kept.add(a);
                    touched = true;
                }
            }
            if (touched) {
                kept.sort(Comparator.comparingLong(Annotation::id));
                colors = colors == null ? tagColors() : colors;
                linked = linked == null ? ProjectState.linkedIdsOf(library.links()) : linked;
                pane.update(kept, colors, linked);
            }
        }
    }

    private Map<Long, String> tagColors() {
        return ProjectState.colorsOf(library.tags().stream().map(TagItem::tag).toList());
    }

    /** What a pane asks before it shows another source (an editor with unsaved changes asks the user). */
    void askBeforeAnotherSource(BiConsumer<SourcePaneModel, Runnable> check) {
        this.beforeAnotherSource = check;
    }

    /** Shows a source in a pane, then runs {@code then} once its text is there. */
    void openInPane(int paneIndex, long documentId, Runnable then) {
        if (paneIndex < 0 || paneIndex >= panes.size()) {
            return;
        }
        Document source = library.source(documentId).orElse(null);
        if (source == null) {
            return;
        }
        SourcePaneModel pane = panes.get(paneIndex);
        Document shown = pane.documentProperty().get();
        if (shown != null && shown.id() != documentId) {
            beforeAnotherSource.accept(pane, () -> show(pane, source, then));
        } else {
            show(pane, source, then);
        }
    }

    private void show(SourcePaneModel pane, Document source, Runnable then) {
        long documentId = source.id();
        Consumer<String> show = text -> {
            pane.show(source, text);
            pane.update(library.passagesOf(documentId), tagColors(), ProjectState.linkedIdsOf(library.links()));
            then.run();
        };
        String cached = texts.get(source);
        if (cached != null) {
            show.accept(cached);
        } else {
            background.run("Opening source", p -> project.sources().text(documentId), text -> {
                texts.put(source, text);
                show.accept(text);
            });
        }
    }

    void addPane() {
        if (panes.size() < MAX_PANES) {
            panes.add(new SourcePaneModel(background));
        }
    }

    /** Removes the last pane; an unsaved editor in it asks first, as when the pane shows another source. */
    void removePane() {
        if (panes.size() > 1) {
            SourcePaneModel last = panes.get(panes.size() - 1);
            beforeAnotherSource.accept(last, () -> {
                panes.remove(last);
                activePane = Math.min(activePane, panes.size() - 1);
            });
        }
    }

    void ensurePanes(int count) {
        while (panes.size() < Math.min(count, MAX_PANES)) {
            panes.add(new SourcePaneModel(background));
        }
    }

    /** The pane showing a source, or -1. */
    int paneOf(long documentId) {
        for (int i = 0; i < panes.size(); i++) {
            Document d = panes.get(i).documentProperty().get();
            if (d != null && d.id() == documentId) {
                return i;
            }
        }
        return -1;
    }

    /** Where to open a source that no pane shows: the last pane, or the first when the user works in the last. */
    int paneForAnother() {
        return panes.size() > 1 ? (activePane == panes.size() - 1 ? 0 : panes.size() - 1) : 0;
    }

    int activePane() {
        return activePane;
    }

    void setActivePane(int paneIndex) {
        activePane = paneIndex;
    }

    SourcePaneModel get(int paneIndex) {
        return panes.get(paneIndex);
    }

    ObservableList<SourcePaneModel> list() {
        return panesView;
    }

    List<Long> shownSources() {
        return panes.stream().map(p -> p.documentProperty().get()).filter(d -> d != null).map(Document::id).toList();
    }
}
