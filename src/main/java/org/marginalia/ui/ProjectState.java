package org.marginalia.ui;

import java.util.List;
import java.util.Map;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.Tag;
import org.marginalia.project.Project;

/** Everything the window lists, read in one go on the background thread after each change. */
record ProjectState(List<Document> sources, Map<Long, Integer> sourceCounts, List<Tag> tags,
        Map<Long, Integer> tagCounts, List<Annotation> passages, List<Link> links) {

    static ProjectState read(Project project) {
        return new ProjectState(project.sources().list(), project.sources().passageCounts(), project.tags().list(),
                project.tags().passageCounts(), project.passages().list(), project.links().list());
    }
}
