package org.marginalia.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Tag;

/** The coding of a project read in one transaction: its sources (without texts), codebook and passages. */
public record CodingSnapshot(String projectName, List<Document> sources, List<Tag> tags, List<Annotation> passages) {

    public CodingSnapshot {
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        passages = List.copyOf(passages);
    }

    public List<Long> tagIds() {
        return tags.stream().map(Tag::id).toList();
    }

    public List<Long> sourceIds() {
        return sources.stream().map(Document::id).toList();
    }

    public String sourceTitle(long id) {
        return sources.stream().filter(d -> d.id() == id).map(Document::title).findFirst().orElse("#" + id);
    }

    /** Every tag's path from the root down, joined with " / ", e.g. "Russia / NATO expansion". */
    public Map<Long, String> tagPaths() {
        Map<Long, Tag> byId = new HashMap<>();
        tags.forEach(t -> byId.put(t.id(), t));
        Map<Long, String> paths = new HashMap<>();
        for (Tag tag : tags) {
            StringBuilder path = new StringBuilder(tag.name());
            Tag at = tag;
            int guard = 0;
            while (at.parentId() != null && byId.containsKey(at.parentId()) && guard++ < 1000) {
                at = byId.get(at.parentId());
                path.insert(0, at.name() + " / ");
            }
            paths.put(tag.id(), path.toString());
        }
        return paths;
    }
}
