package org.marginalia.ui;

import java.nio.file.Path;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.Tag;
import org.marginalia.project.DeletedPassage;
import org.marginalia.project.DeletedTag;
import org.marginalia.project.MergedTag;
import org.marginalia.project.Project;

/** The undoable edits of the window, each a pair of project calls that remember what the other needs. */
final class Edits {

    private Edits() {
    }

    static Edit createPassage(Annotation created) {
        return new Edit() {
            private DeletedPassage deleted;

            @Override
            public String label() {
                return "New Passage";
            }

            @Override
            public void undo(Project p) {
                deleted = p.passages().delete(created.id());
            }

            @Override
            public void redo(Project p) {
                p.passages().restore(deleted);
            }
        };
    }

    static Edit deletePassage(DeletedPassage first) {
        return new Edit() {
            private DeletedPassage deleted = first;

            @Override
            public String label() {
                return "Delete Passage";
            }

            @Override
            public void undo(Project p) {
                p.passages().restore(deleted);
            }

            @Override
            public void redo(Project p) {
                deleted = p.passages().delete(deleted.annotation().id());
            }
        };
    }

    static Edit tagging(long passageId, long tagId, boolean added) {
        return simple(added ? "Add Tag" : "Remove Tag",
                p -> toggle(p, passageId, tagId, !added), p -> toggle(p, passageId, tagId, added));
    }

    private static void toggle(Project p, long passageId, long tagId, boolean add) {
        if (add) {
            p.passages().addTag(passageId, tagId);
        } else {
            p.passages().removeTag(passageId, tagId);
        }
    }

    static Edit note(long passageId, String before, String after) {
        return simple("Note", p -> p.passages().setNote(passageId, before),
                p -> p.passages().setNote(passageId, after));
    }

    static Edit link(Link created) {
        return simple("Link", p -> p.links().delete(created.id()), p -> p.links().restore(created));
    }

    static Edit unlink(Link deleted) {
        return simple("Remove Link", p -> p.links().restore(deleted), p -> p.links().delete(deleted.id()));
    }

    static Edit changeTag(String label, Tag before, Tag after) {
        return simple(label, p -> p.tags().update(before), p -> p.tags().update(after));
    }

    static Edit createTag(Tag created) {
        return new Edit() {
            private DeletedTag deleted;

            @Override
            public String label() {
                return "New Tag";
            }

            @Override
            public void undo(Project p) {
                deleted = p.tags().delete(created.id());
            }

            @Override
            public void redo(Project p) {
                p.tags().restore(deleted);
            }
        };
    }

    static Edit deleteTag(DeletedTag deleted) {
        return simple("Delete Tag", p -> p.tags().restore(deleted), p -> p.tags().delete(deleted.tag().id()));
    }

    static Edit mergeTag(MergedTag first) {
        return new Edit() {
            private MergedTag merged = first;

            @Override
            public String label() {
                return "Merge Tags";
            }

            @Override
            public void undo(Project p) {
                p.tags().unmerge(merged);
            }

            @Override
            public void redo(Project p) {
                merged = p.tags().merge(merged.removed().tag().id(), merged.intoId());
            }
        };
    }

    /** Undoing an import removes the source; redoing reads the file again (SQLite gives it back the same id). */
    static Edit importSource(Document imported, Path file) {
        return simple("Import", p -> p.sources().delete(imported.id()), p -> p.sources().importFile(file));
    }

    private static Edit simple(String label, java.util.function.Consumer<Project> undo,
            java.util.function.Consumer<Project> redo) {
        return new Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void undo(Project p) {
                undo.accept(p);
            }

            @Override
            public void redo(Project p) {
                redo.accept(p);
            }
        };
    }
}
