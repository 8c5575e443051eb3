package org.marginalia.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.project.Project;

/**
 * The window's one current passage: the inspector shows it, the table selects it, its pane marks it, and every key
 * that acts on "the passage" acts on it. Also the linked pair the comparison strip shows for it (empty when it has
 * no link).
 */
final class CurrentPassage {

    private final Project project;
    private final Background background;
    private final PassageComparer comparer;
    private final LibraryModel library;
    private final PanesModel panes;
    private final Notices notices;
    private final ReadOnlyObjectWrapper<Annotation> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");

    CurrentPassage(Project project, Background background, PassageComparer comparer, LibraryModel library,
            PanesModel panes, Notices notices) {
        this.project = project;
        this.background = background;
        this.comparer = comparer;
        this.library = library;
        this.panes = panes;
        this.notices = notices;
    }

    /** Makes a passage current and scrolls to it, in the pane that shows its source or in another one. */
    void show(Annotation passage) {
        int pane = panes.paneOf(passage.documentId());
        if (pane >= 0) {
            select(pane, passage, true);
            return;
        }
        int target = panes.paneForAnother();
        panes.openInPane(target, passage.documentId(), () -> select(target, passage, true));
    }

    /** Makes a passage of a pane current; {@code scroll} false for a highlight the user clicked, already in view. */
    void select(int paneIndex, Annotation passage, boolean scroll) {
        panes.setActivePane(paneIndex);
        SourcePaneModel pane = panes.get(paneIndex);
        if (scroll) {
            pane.select(passage);
        } else {
            pane.mark(passage);
        }
        set(passage);
    }

    /** A click in a pane: the innermost passage under it becomes current; a click on plain text clears it. */
    void clickAt(int paneIndex, int offset) {
        Annotation hit = panes.get(paneIndex).passageAt(offset);
        if (hit != null) {
            select(paneIndex, hit, false);
        } else {
            panes.setActivePane(paneIndex);
            panes.get(paneIndex).mark(null);
            clear();
        }
    }

    /** No passage is current any more; the pane that marked it lets go of it too. */
    void clear() {
        Annotation was = current.get();
        if (was != null) {
            panes.list().stream().filter(p -> p.selectedPassageProperty().get() != null
                    && p.selectedPassageProperty().get().id() == was.id()).forEach(p -> p.mark(null));
        }
        set(null);
    }

    private void set(Annotation passage) {
        Annotation was = current.get();
        if (was == null ? passage != null : passage == null || was.id() != passage.id()) {
            notices.clear();
        }
        current.set(passage);
        updateComparison();
    }

    /** After the lists were re-read: the current passage in its new state, or none when it is gone. */
    void refreshed() {
        Annotation was = current.get();
        current.set(was == null ? null : library.passageById(was.id()));
        updateComparison();
    }

    /** The passage marked in a pane other than the current passage's, the other end for a new link; or null. */
    Annotation partner() {
        Annotation now = current.get();
        for (int i = 0; i < panes.list().size(); i++) {
            Annotation marked = panes.get(i).selectedPassageProperty().get();
            if (i != panes.activePane() && marked != null && (now == null || marked.id() != now.id())) {
                return marked;
            }
        }
        return null;
    }

    /**
     * Finds the linked pair to compare: the current passage and the other end of its first link. The diff reads from
     * the passage linked to (the transcript) to the one that links to it (the paraphrase): what the paraphrase changed.
     */
    private void updateComparison() {
        Annotation a = current.get();
        Link link = library.linkOf(a);
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
            Annotation still = current.get();
            if (still == null || still.id() != a.id()) {
                return;
            }
            comparison.set(found);
            markOtherEnd(found, a);
        });
    }

    /**
     * Brings the other end of the compared link into view where another pane shows its source. It is not marked:
     * a pane's mark is what the user clicked there, the other end of a new link.
     */
    private void markOtherEnd(Comparison found, Annotation currentEnd) {
        Annotation other = found.from().id() == currentEnd.id() ? found.to() : found.from();
        int pane = panes.paneOf(other.documentId());
        if (pane >= 0 && pane != panes.activePane()) {
            panes.get(pane).reveal(other.span());
        }
    }

    ReadOnlyObjectProperty<Annotation> property() {
        return current.getReadOnlyProperty();
    }

    Annotation get() {
        return current.get();
    }

    ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
