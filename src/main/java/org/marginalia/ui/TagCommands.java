package org.marginalia.ui;

import java.util.Objects;
import java.util.stream.IntStream;
import org.marginalia.model.Tag;
import org.marginalia.project.Project;

/** Editing the codebook: create, rename, recolour, re-parent, merge and delete tags, each recorded for undo. */
public final class TagCommands {

    private final Project project;
    private final Dialogs dialogs;
    private final EditRunner edits;
    private final LibraryModel library;
    private final Notices notices;

    TagCommands(Project project, Dialogs dialogs, EditRunner edits, LibraryModel library, Notices notices) {
        this.project = project;
        this.dialogs = dialogs;
        this.edits = edits;
        this.library = library;
        this.notices = notices;
    }

    /** Asks for a name and adds a top-level tag with the next free shortcut key 1–9. */
    public void create() {
        dialogs.askText("New tag", "Name of the new tag:", "").ifPresent(name -> {
            String key = IntStream.rangeClosed(1, 9).mapToObj(String::valueOf)
                    .filter(k -> library.tags().stream().noneMatch(t -> k.equals(t.tag().shortcutKey())))
                    .findFirst().orElse(null);
            edits.edit("Adding tag", p -> project.tags().add(name, null, null, key),
                    created -> new Edits.CreateTag(created, null), created -> notices.say("Added the tag "
                            + created.name() + (created.shortcutKey() == null ? "" : " (key "
                            + created.shortcutKey() + ")") + " — Ctrl+Z to undo"));
        });
    }

    public void rename(Tag tag) {
        dialogs.askText("Rename tag", "New name for '" + tag.name() + "':", tag.name())
                .filter(name -> !name.isBlank() && !name.strip().equals(tag.name()))
                .ifPresent(name -> change("Rename Tag", tag, new Tag(tag.id(), name.strip(), tag.color(),
                        tag.description(), tag.parentId(), tag.shortcutKey())));
    }

    /** Saves what the tag editor changed (name, key, description, colour) as one undoable edit. */
    public void edit(Tag before, Tag after) {
        if (!before.equals(after)) {
            change("Edit Tag", before, after);
        }
    }

    public void recolor(Tag tag, String color) {
        if (!color.equalsIgnoreCase(tag.color())) {
            change("Recolour Tag", tag, new Tag(tag.id(), tag.name(), color, tag.description(), tag.parentId(),
                    tag.shortcutKey()));
        }
    }

    /** Nests a tag under another, or moves it to the top level when {@code parent} is null. */
    public void reparent(Tag tag, Tag parent) {
        Long parentId = parent == null ? null : parent.id();
        if (!Objects.equals(parentId, tag.parentId())) {
            change("Move Tag", tag, new Tag(tag.id(), tag.name(), tag.color(), tag.description(), parentId,
                    tag.shortcutKey()));
        }
    }

    private void change(String label, Tag before, Tag after) {
        edits.edit(label, p -> project.tags().update(after), saved -> new Edits.ChangeTag(label, before, saved),
                saved -> notices.say(label + ": " + saved.name() + " — Ctrl+Z to undo"));
    }

    /** Deletes a tag after saying how many passages carry it. */
    public void delete(Tag tag) {
        int count = countOf(tag);
        String message = "Delete the tag '" + tag.name() + "'? "
                + (count == 0 ? "No passage carries it." : "It is on " + count + " passage" + (count == 1 ? "" : "s")
                + "; the passages stay, without this tag.") + " You can undo this.";
        if (dialogs.confirm("Delete tag", message)) {
            edits.edit("Deleting tag", p -> project.tags().delete(tag.id()), Edits.DeleteTag::new,
                    deleted -> notices.say("Deleted the tag " + tag.name() + " — Ctrl+Z to undo"));
        }
    }

    /** Merges {@code from} into {@code into}: every passage of the one then carries the other. */
    public void merge(Tag from, Tag into) {
        String message = "Merge '" + from.name() + "' into '" + into.name() + "'? Its " + countOf(from)
                + " passage(s) will carry '" + into.name() + "' and '" + from.name()
                + "' will be gone. You can undo this.";
        if (dialogs.confirm("Merge tags", message)) {
            edits.edit("Merging tags", p -> project.tags().merge(from.id(), into.id()), Edits.MergeTags::new,
                    merged -> notices.say("Merged " + from.name() + " into " + into.name() + " — Ctrl+Z to undo"));
        }
    }

    private int countOf(Tag tag) {
        return library.tags().stream().filter(t -> t.tag().id() == tag.id()).mapToInt(TagItem::passages).findFirst()
                .orElse(0);
    }
}
