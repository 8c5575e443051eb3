package org.marginalia.ui;

import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.Tag;
import org.marginalia.project.DeletedPassage;
import org.marginalia.project.DeletedSource;
import org.marginalia.project.DeletedTag;
import org.marginalia.project.MergeOutcome;
import org.marginalia.project.MergePlan;
import org.marginalia.project.MergedTag;
import org.marginalia.project.Project;
import org.marginalia.project.TaggedPassage;

/**
 * The window's undoable edits, one record each. A record's fields are everything its next call needs; a field named
 * {@code removed} is the snapshot of what the last call took out of the project (null while nothing is out). Edits
 * of one passage or of links say so in {@link #changed()}; the others have the window read everything again.
 */
public sealed interface Edits extends Edit {

    /** A passage marked from a selection. */
    record MarkPassage(Annotation created, DeletedPassage removed) implements Edits {
        public String label() {
            return "New Passage";
        }

        public Edit undo(Project p) {
            return new MarkPassage(created, p.passages().delete(created.id()));
        }

        public Edit redo(Project p) {
            p.passages().restore(removed);
            return new MarkPassage(created, null);
        }

        public Changed changed() {
            return Changed.passageAndLinks(created.id());
        }
    }

    /** A passage deleted with its tags and links. */
    record DeletePassage(DeletedPassage removed) implements Edits {
        public String label() {
            return "Delete Passage";
        }

        public Edit undo(Project p) {
            p.passages().restore(removed);
            return this;
        }

        public Edit redo(Project p) {
            return new DeletePassage(p.passages().delete(removed.annotation().id()));
        }

        public Changed changed() {
            return Changed.passageAndLinks(removed.annotation().id());
        }
    }

    /** A tag put on a passage ({@code added}) or taken off it. */
    record Tagging(long passageId, long tagId, boolean added) implements Edits {
        public String label() {
            return added ? "Add Tag" : "Remove Tag";
        }

        public Edit undo(Project p) {
            set(p, !added);
            return this;
        }

        public Edit redo(Project p) {
            set(p, added);
            return this;
        }

        private void set(Project p, boolean on) {
            if (on) {
                p.passages().addTag(passageId, tagId);
            } else {
                p.passages().removeTag(passageId, tagId);
            }
        }

        public Changed changed() {
            return Changed.passage(passageId);
        }
    }

    /** A passage's note changed. */
    record Note(long passageId, String before, String after) implements Edits {
        public String label() {
            return "Note";
        }

        public Edit undo(Project p) {
            p.passages().setNote(passageId, before);
            return this;
        }

        public Edit redo(Project p) {
            p.passages().setNote(passageId, after);
            return this;
        }

        public Changed changed() {
            return Changed.passage(passageId);
        }
    }

    /** Two passages linked; the link itself is the snapshot undo removes and redo restores. */
    record LinkPassages(Link created) implements Edits {
        public String label() {
            return "Link";
        }

        public Edit undo(Project p) {
            p.links().delete(created.id());
            return this;
        }

        public Edit redo(Project p) {
            p.links().restore(created);
            return this;
        }

        public Changed changed() {
            return Changed.LINKS;
        }
    }

    /** A link removed. */
    record Unlink(Link removed) implements Edits {
        public String label() {
            return "Remove Link";
        }

        public Edit undo(Project p) {
            p.links().restore(removed);
            return this;
        }

        public Edit redo(Project p) {
            p.links().delete(removed.id());
            return this;
        }

        public Changed changed() {
            return Changed.LINKS;
        }
    }

    /** A tag renamed, recoloured or moved. */
    record ChangeTag(String label, Tag before, Tag after) implements Edits {
        public Edit undo(Project p) {
            p.tags().update(before);
            return this;
        }

        public Edit redo(Project p) {
            p.tags().update(after);
            return this;
        }
    }

    /** A tag added to the codebook. */
    record CreateTag(Tag created, DeletedTag removed) implements Edits {
        public String label() {
            return "New Tag";
        }

        public Edit undo(Project p) {
            return new CreateTag(created, p.tags().delete(created.id()));
        }

        public Edit redo(Project p) {
            p.tags().restore(removed);
            return new CreateTag(created, null);
        }
    }

    /** A tag deleted, with the passages that carried it. */
    record DeleteTag(DeletedTag removed) implements Edits {
        public String label() {
            return "Delete Tag";
        }

        public Edit undo(Project p) {
            p.tags().restore(removed);
            return this;
        }

        public Edit redo(Project p) {
            return new DeleteTag(p.tags().delete(removed.tag().id()));
        }
    }

    /** One tag merged into another. */
    record MergeTags(MergedTag merged) implements Edits {
        public String label() {
            return "Merge Tags";
        }

        public Edit undo(Project p) {
            p.tags().unmerge(merged);
            return this;
        }

        public Edit redo(Project p) {
            return new MergeTags(p.tags().merge(merged.removed().tag().id(), merged.intoId()));
        }
    }

    /** "New tag from selection": the tag and the passage carrying it come and go together. */
    record NewTagFromSelection(TaggedPassage made, DeletedPassage removedPassage, DeletedTag removedTag)
            implements Edits {
        public String label() {
            return "New Tag from Selection";
        }

        public Edit undo(Project p) {
            DeletedPassage passage = p.passages().delete(made.passage().id());
            return new NewTagFromSelection(made, passage, p.tags().delete(made.tag().id()));
        }

        public Edit redo(Project p) {
            p.tags().restore(removedTag);
            p.passages().restore(removedPassage);
            return new NewTagFromSelection(made, null, null);
        }
    }

    /**
     * A source imported. Undo removes it and keeps its content; redo puts it back from that content under its old
     * id, so the file is not read again (it may have changed or gone) and no other source can take the id.
     */
    record ImportSource(Document imported, DeletedSource removed) implements Edits {
        public String label() {
            return "Import";
        }

        public Edit undo(Project p) {
            return new ImportSource(imported, p.sources().delete(imported.id()));
        }

        public Edit redo(Project p) {
            p.sources().restore(removed);
            return new ImportSource(imported, null);
        }
    }

    /** A source's details (title, author, date…) edited. */
    record SourceDetails(long documentId, SourceMetadata before, SourceMetadata after) implements Edits {
        public String label() {
            return "Edit Source Details";
        }

        public Edit undo(Project p) {
            p.sources().updateMetadata(documentId, before);
            return this;
        }

        public Edit redo(Project p) {
            p.sources().updateMetadata(documentId, after);
            return this;
        }
    }

    /**
     * Another coder's codings adopted. Undo takes back exactly what the merge added ({@code outcome}, null while
     * undone); redo carries out the same plan again, its new tags having been confirmed the first time.
     */
    record AdoptCodings(MergePlan plan, MergeOutcome outcome) implements Edits {
        public String label() {
            return "Adopt Codings";
        }

        public Edit undo(Project p) {
            p.merges().undo(outcome);
            return new AdoptCodings(plan, null);
        }

        public Edit redo(Project p) {
            return new AdoptCodings(plan, p.merges().merge(plan, true));
        }
    }
}
