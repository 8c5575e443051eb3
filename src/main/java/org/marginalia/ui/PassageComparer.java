package org.marginalia.ui;

import org.marginalia.model.WordDiff;
import org.marginalia.project.Project;

/** Word-level comparison of two linked passages, for the comparison strip. Runs on the background thread. */
@FunctionalInterface
public interface PassageComparer {

    WordDiff diff(Project project, long fromAnnotationId, long toAnnotationId);
}
