package org.marginalia.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.Tag;
import org.marginalia.project.Project;

/** Everything the window lists, read in one go on the background thread after each change. */
record ProjectState(List<Document> sources, Map<Long, Integer> sourceCounts, List<Tag> tags,
        Map<Long, Integer> tagCounts, List<Annotation> passages, List<Link> links) {

    List<SourceItem> sourceItems() {
        return sources.stream().map(d -> new SourceItem(d, sourceCounts.getOrDefault(d.id(), 0))).toList();
    }

    List<TagItem> tagItems() {
        return tags.stream().map(t -> new TagItem(t, tagCounts.getOrDefault(t.id(), 0))).toList();
    }

    /** The passages table's rows: each passage with its source's title, its tags and its page. */
    List<PassageRow> rows() {
        Map<Long, Document> byId = new HashMap<>();
        sources.forEach(d -> byId.put(d.id(), d));
        Map<Long, Tag> tagById = new HashMap<>();
        tags.forEach(t -> tagById.put(t.id(), t));
        return passages.stream().map(a -> row(a, byId.get(a.documentId()), tagById)).toList();
    }

    /** One row of the passages table; {@code source} may be null (then no title and no page). */
    static PassageRow row(Annotation a, Document source, Map<Long, Tag> tagById) {
        return new PassageRow(a, source == null ? "" : source.title(),
                a.tagIds().stream().map(tagById::get).filter(t -> t != null).toList(),
                source == null ? 0 : source.pages().pageAt(a.span().start()));
    }

    Map<Long, String> tagColors() {
        return colorsOf(tags);
    }

    Set<Long> linkedPassageIds() {
        return linkedIdsOf(links);
    }

    String counts() {
        return counts(sources.size(), passages.size(), links.size());
    }

    static String counts(int sources, int passages, int links) {
        return plural(sources, "source") + " · " + plural(passages, "passage") + " · " + plural(links, "link");
    }

    static Map<Long, String> colorsOf(List<Tag> tags) {
        Map<Long, String> colors = new HashMap<>();
        tags.forEach(t -> colors.put(t.id(), t.color()));
        return colors;
    }

    static Set<Long> linkedIdsOf(List<Link> links) {
        Set<Long> linked = new HashSet<>();
        links.forEach(l -> {
            linked.add(l.fromAnnotationId());
            linked.add(l.toAnnotationId());
        });
        return linked;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static ProjectState read(Project project) {
        return new ProjectState(project.sources().list(), project.sources().passageCounts(), project.tags().list(),
                project.tags().passageCounts(), project.passages().list(), project.links().list());
    }
}
