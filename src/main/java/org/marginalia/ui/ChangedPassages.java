package org.marginalia.ui;

import java.util.List;
import java.util.Set;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.project.Project;

/**
 * What the window reads again after an edit of a few passages: those of them that still exist, and every link when
 * links changed (null when they did not). Read on the background thread; a passage asked for and not found is gone.
 */
record ChangedPassages(Set<Long> asked, List<Annotation> found, List<Link> links) {

    static ChangedPassages read(Project project, Changed changed) {
        return new ChangedPassages(changed.passageIds(), project.passages().find(changed.passageIds()),
                changed.links() ? project.links().list() : null);
    }

    boolean linksChanged() {
        return links != null;
    }
}
