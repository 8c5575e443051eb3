package org.marginalia.ui;

import java.util.List;
import java.util.Optional;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;
import org.marginalia.model.TextSpan;
import org.marginalia.project.DeletedPassage;

/** Marking, tagging, annotating, deleting and linking passages, each recorded for undo. */
public final class PassageCommands {

    private final WorkbenchViewModel vm;

    PassageCommands(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    /**
     * Applies a tag where the user is working in a pane: with text selected, marks it as a new passage carrying the
     * tag; otherwise adds the tag to the pane's selected passage, or takes it off when the passage has it already.
     */
    public void applyTag(int paneIndex, long tagId) {
        SourcePaneModel pane = vm.panes().get(paneIndex);
        Document source = pane.documentProperty().get();
        TextSpan selection = pane.textSelectionProperty().get();
        if (source != null && selection != null && !selection.isEmpty()) {
            vm.setActivePane(paneIndex);
            vm.background().run("Marking passage",
                    p -> vm.project().passages().create(source.id(), selection, List.of(tagId), ""),
                    created -> vm.recorded(Edits.createPassage(created), () -> vm.selectPassage(paneIndex, created)));
            return;
        }
        Annotation passage = pane.selectedPassageProperty().get();
        if (passage != null) {
            toggleTag(passage, tagId);
        } else {
            vm.notice("Select some text first, then choose a tag");
        }
    }

    /** The tag whose shortcut key was pressed, applied as {@link #applyTag} does; false when no tag has that key. */
    public boolean applyTagByKey(int paneIndex, String key) {
        Optional<TagItem> tag = vm.tags().stream().filter(t -> key.equals(t.tag().shortcutKey())).findFirst();
        tag.ifPresent(t -> applyTag(paneIndex, t.tag().id()));
        return tag.isPresent();
    }

    public void toggleTag(Annotation passage, long tagId) {
        boolean add = !passage.tagIds().contains(tagId);
        vm.background().run(add ? "Adding tag" : "Removing tag", p -> add
                ? vm.project().passages().addTag(passage.id(), tagId)
                : vm.project().passages().removeTag(passage.id(), tagId),
                changed -> vm.recorded(Edits.tagging(passage.id(), tagId, add), () -> { }));
    }

    public void removeTag(Annotation passage, long tagId) {
        if (passage.tagIds().contains(tagId)) {
            toggleTag(passage, tagId);
        }
    }

    public void deleteSelected() {
        Annotation passage = vm.selectedProperty().get();
        if (passage == null) {
            return;
        }
        vm.background().run("Deleting passage", p -> vm.project().passages().delete(passage.id()),
                (DeletedPassage deleted) -> {
                    vm.select(null);
                    vm.recorded(Edits.deletePassage(deleted), () -> { });
                });
    }

    /** Saves a note (the inspector calls this once typing pauses). */
    public void saveNote(long passageId, String note) {
        vm.background().run("Saving note", p -> {
            String before = vm.project().passages().get(passageId).note();
            vm.project().passages().setNote(passageId, note);
            return before;
        }, before -> {
            if (!before.equals(note)) {
                vm.recorded(Edits.note(passageId, before, note), () -> { });
            }
        });
    }

    /**
     * Links the passage selected in the active pane to the one selected in another pane, asking for the relation.
     */
    public void linkSelected() {
        int active = vm.activePane();
        Annotation from = vm.panes().get(active).selectedPassageProperty().get();
        Annotation to = null;
        for (int i = 0; i < vm.panes().size() && to == null; i++) {
            Annotation other = vm.panes().get(i).selectedPassageProperty().get();
            if (i != active && other != null) {
                to = other;
            }
        }
        if (from == null || to == null) {
            vm.dialogs().showInformation("Link passages",
                    "Select a passage in each of two panes (click a highlight), then link them.");
            return;
        }
        Annotation target = to;
        vm.dialogs().chooseRelation(from.quote(), to.quote()).ifPresent(relation -> link(from, target, relation));
    }

    void link(Annotation from, Annotation to, Relation relation) {
        vm.background().run("Linking", p -> vm.project().links().link(from.id(), to.id(), relation, ""),
                created -> vm.recorded(Edits.link(created), () -> vm.selectPassage(vm.activePane(), from)));
    }

    public void deleteLink(Link link) {
        vm.background().run("Removing link", p -> vm.project().links().delete(link.id()),
                deleted -> vm.recorded(Edits.unlink(deleted), () -> { }));
    }

    /** Opens the other end of a link from the selected passage. */
    public void showOtherEnd(Link link) {
        Annotation current = vm.selectedProperty().get();
        long other = current != null && link.fromAnnotationId() == current.id()
                ? link.toAnnotationId() : link.fromAnnotationId();
        vm.background().run("Opening passage", p -> vm.project().passages().get(other), vm::showPassage);
    }
}
