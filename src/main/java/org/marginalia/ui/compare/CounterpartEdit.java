package org.marginalia.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.project.DeletedPassage;
import org.marginalia.project.Project;
import org.marginalia.ui.Edit;

/** Accepting a counterpart: the link, and the passages that were marked for it, taken out and put back together. */
final class CounterpartEdit implements Edit {

    private final List<Annotation> created;
    private Link link;
    private final List<DeletedPassage> deleted = new ArrayList<>();

    CounterpartEdit(Link link, List<Annotation> created) {
        this.link = link;
        this.created = List.copyOf(created);
    }

    @Override
    public String label() {
        return "Link Counterpart";
    }

    @Override
    public Edit undo(Project project) {
        project.links().delete(link.id());
        deleted.clear();
        for (Annotation passage : created) {
            deleted.add(project.passages().delete(passage.id()));
        }
        return this;
    }

    @Override
    public Edit redo(Project project) {
        for (DeletedPassage passage : deleted) {
            project.passages().restore(passage);
        }
        link = project.links().restore(link);
        return this;
    }
}
