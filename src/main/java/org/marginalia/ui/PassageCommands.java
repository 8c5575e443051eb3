package org.marginalia.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.Relation;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Project;

/**
 * Marking, tagging, annotating, deleting and linking passages, each recorded for undo. A command acts on the text
 * selected in a pane if there is one, otherwise on the window's current passage, and says in the status bar what it
 * did: nothing changes that the user cannot see.
 */
public final class PassageCommands {

    private final Project project;
    private final Dialogs dialogs;
    private final EditRunner edits;
    private final CurrentPassage current;
    private final PanesModel panes;
    private final LibraryModel library;
    private final Notices notices;

    PassageCommands(Project project, Dialogs dialogs, EditRunner edits, CurrentPassage current, PanesModel panes,
            LibraryModel library, Notices notices) {
        this.project = project;
        this.dialogs = dialogs;
        this.edits = edits;
        this.current = current;
        this.panes = panes;
        this.library = library;
        this.notices = notices;
    }

    /**
     * Applies a tag: with text selected in the pane, marks it as a new passage carrying the tag; otherwise puts the
     * tag on the current passage, or takes it off when the passage has it already.
     */
    public void applyTag(int paneIndex, long tagId) {
        String tagName = library.tag(tagId).map(Tag::name).orElse("the tag");
        if (markSelection(paneIndex, List.of(tagId), created -> "Marked " + Notices.quoted(created.quote()) + " as "
                + tagName + " — Ctrl+Z to undo")) {
            return;
        }
        Annotation passage = current.get();
        if (passage != null) {
            toggleTag(passage, tagId);
        } else {
            notices.say("Select some text or click a passage first, then choose a tag");
        }
    }

    /** The tag whose shortcut key was pressed, applied as {@link #applyTag} does; false when no tag has that key. */
    public boolean applyTagByKey(int paneIndex, String key) {
        Optional<Tag> tag = library.tagWithKey(key);
        tag.ifPresent(t -> applyTag(paneIndex, t.id()));
        return tag.isPresent();
    }

    /** Marks the selected text as a passage without a tag (Enter, or "Mark passage"). */
    public void markPassage(int paneIndex) {
        if (!markSelection(paneIndex, List.of(), created -> "Marked " + Notices.quoted(created.quote())
                + " as a passage — Ctrl+Z to undo")) {
            notices.say("Select some text first, then mark it as a passage");
        }
    }

    private boolean markSelection(int paneIndex, List<Long> tagIds,
            Function<Annotation, String> said) {
        SourcePaneModel pane = panes.get(paneIndex);
        Document source = pane.documentProperty().get();
        TextSpan selection = pane.textSelectionProperty().get();
        if (source == null || selection == null || selection.isEmpty()) {
            return false;
        }
        panes.setActivePane(paneIndex);
        edits.edit("Marking passage", p -> project.passages().create(source.id(), selection, tagIds, ""),
                created -> new Edits.MarkPassage(created, null), created -> {
                    current.select(paneIndex, library.passageById(created.id()), false);
                    notices.say(said.apply(created));
                });
        return true;
    }

    /** Asks for a name, then adds the tag and marks the selected text with it, as one change. */
    public void newTagFromSelection(int paneIndex) {
        SourcePaneModel pane = panes.get(paneIndex);
        Document source = pane.documentProperty().get();
        TextSpan selection = pane.textSelectionProperty().get();
        if (source == null || selection == null || selection.isEmpty()) {
            notices.say("Select some text first, then make a new tag from it");
            return;
        }
        dialogs.askText("New tag from selection", "Name of the new tag for the selected text:", "")
                .filter(name -> !name.isBlank()).ifPresent(name -> edits.edit("Adding tag",
                        p -> project.passages().createWithNewTag(source.id(), selection, name),
                        made -> new Edits.NewTagFromSelection(made, null, null), made -> {
                            current.select(paneIndex, library.passageById(made.passage().id()), false);
                            notices.say("New tag " + made.tag().name() + " on " + Notices.quoted(
                                    made.passage().quote()) + " — Ctrl+Z to undo");
                        }));
    }

    public void toggleTag(Annotation passage, long tagId) {
        boolean add = !passage.tagIds().contains(tagId);
        String tagName = library.tag(tagId).map(Tag::name).orElse("the tag");
        edits.edit(add ? "Adding tag" : "Removing tag", p -> add
                ? project.passages().addTag(passage.id(), tagId)
                : project.passages().removeTag(passage.id(), tagId),
                changed -> new Edits.Tagging(passage.id(), tagId, add),
                changed -> notices.say((add ? "Tagged " + Notices.quoted(passage.quote()) + " as " + tagName
                        : "Took " + tagName + " off " + Notices.quoted(passage.quote())) + " — Ctrl+Z to undo"));
    }

    public void removeTag(Annotation passage, long tagId) {
        if (passage.tagIds().contains(tagId)) {
            toggleTag(passage, tagId);
        }
    }

    /** Deletes the current passage and says what went and how to get it back. */
    public void deleteSelected() {
        Annotation passage = current.get();
        if (passage == null) {
            notices.say("No passage is selected: click a highlight first, then press Delete");
            return;
        }
        String what = Notices.quoted(passage.quote()) + " (" + library.tagNames(passage) + ")";
        edits.edit("Deleting passage", p -> project.passages().delete(passage.id()), Edits.DeletePassage::new,
                deleted -> {
                    current.clear();
                    notices.say("Deleted the passage " + what + " — Ctrl+Z to undo");
                });
    }

    /** Saves a note (the inspector calls this once typing pauses). */
    public void saveNote(long passageId, String note) {
        Annotation passage = library.passageById(passageId);
        String before = passage == null ? null : passage.note();
        if (note.equals(before)) {
            return;
        }
        edits.edit("Saving note", p -> project.passages().setNote(passageId, note),
                saved -> new Edits.Note(passageId, before == null ? "" : before, note),
                saved -> notices.say("Note saved — Ctrl+Z to undo"));
    }

    /**
     * Links the current passage to the one marked in another pane, showing both quotes and asking for the relation.
     * A pair that is linked already, either way round, is refused with a word instead of a second link.
     */
    public void linkSelected() {
        Annotation from = current.get();
        Annotation to = current.partner();
        if (from == null || to == null) {
            dialogs.showInformation("Link passages",
                    "Select a passage in each of two panes (click a highlight), then link them.");
            return;
        }
        Link existing = library.links().stream().filter(l -> joins(l, from, to)).findFirst().orElse(null);
        if (existing != null) {
            notices.say("These passages are linked already (" + existing.relation().word()
                    + "); remove that link first to link them another way");
            dialogs.showInformation("Already linked", Notices.quoted(from.quote()) + " and "
                    + Notices.quoted(to.quote()) + " are linked already: one link says how two passages relate.");
            return;
        }
        dialogs.chooseRelation(from.quote(), to.quote()).ifPresent(relation -> link(from, to, relation));
    }

    private static boolean joins(Link link, Annotation a, Annotation b) {
        return link.fromAnnotationId() == a.id() && link.toAnnotationId() == b.id()
                || link.fromAnnotationId() == b.id() && link.toAnnotationId() == a.id();
    }

    void link(Annotation from, Annotation to, Relation relation) {
        edits.edit("Linking", p -> project.links().link(from.id(), to.id(), relation, ""), Edits.LinkPassages::new,
                created -> {
                    current.select(panes.activePane(), library.passageById(from.id()), false);
                    notices.say("Linked: " + Notices.quoted(from.quote()) + " " + relation.word() + " "
                            + Notices.quoted(to.quote()) + " — Ctrl+Z to undo");
                });
    }

    public void deleteLink(Link link) {
        edits.edit("Removing link", p -> project.links().delete(link.id()), Edits.Unlink::new,
                deleted -> notices.say("Link removed — Ctrl+Z to undo"));
    }

    /** Opens the other end of a link from the current passage. */
    public void showOtherEnd(Link link) {
        Annotation now = current.get();
        long other = now != null && link.fromAnnotationId() == now.id()
                ? link.toAnnotationId() : link.fromAnnotationId();
        Annotation passage = library.passageById(other);
        if (passage != null) {
            current.show(passage);
        }
    }
}
