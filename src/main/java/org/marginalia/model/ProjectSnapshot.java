package org.marginalia.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an export needs, read in one transaction: the sources with their texts, the codebook, the passages, the
 * links between them and the project's notes and source memos. Lists are in a stable order (by id). Look-ups by id
 * go through maps built once, because exports call them for every passage (a list scan made 100,000 codes quadratic).
 */
public final class ProjectSnapshot {

    private final String projectName;
    private final List<Document> documents;
    private final Map<Long, String> texts;
    private final List<Tag> tags;
    private final List<Annotation> annotations;
    private final List<Link> links;
    private final List<ProjectNote> notes;
    private final Map<Long, Document> documentsById = new HashMap<>();
    private final Map<Long, Tag> tagsById = new HashMap<>();
    private final Map<Long, Annotation> annotationsById = new HashMap<>();

    public ProjectSnapshot(String projectName, List<Document> documents, Map<Long, String> texts, List<Tag> tags,
            List<Annotation> annotations, List<Link> links) {
        this(projectName, documents, texts, tags, annotations, links, List.of());
    }

    public ProjectSnapshot(String projectName, List<Document> documents, Map<Long, String> texts, List<Tag> tags,
            List<Annotation> annotations, List<Link> links, List<ProjectNote> notes) {
        this.projectName = projectName;
        this.documents = List.copyOf(documents);
        this.texts = Map.copyOf(texts);
        this.tags = List.copyOf(tags);
        this.annotations = List.copyOf(annotations);
        this.links = List.copyOf(links);
        this.notes = List.copyOf(notes);
        this.documents.forEach(d -> documentsById.put(d.id(), d));
        this.tags.forEach(t -> tagsById.put(t.id(), t));
        this.annotations.forEach(a -> annotationsById.put(a.id(), a));
    }

    public String projectName() {
        return projectName;
    }

    public List<Document> documents() {
        return documents;
    }

    public Map<Long, String> texts() {
        return texts;
    }

    public List<Tag> tags() {
        return tags;
    }

    public List<Annotation> annotations() {
        return annotations;
    }

    public List<Link> links() {
        return links;
    }

    /** Project notes ({@code documentId} null) and source memos. */
    public List<ProjectNote> notes() {
        return notes;
    }

    public String textOf(long documentId) {
        String text = texts.get(documentId);
        if (text == null) {
            throw new IllegalArgumentException("no text for source " + documentId);
        }
        return text;
    }

    public Optional<Document> document(long id) {
        return Optional.ofNullable(documentsById.get(id));
    }

    public Optional<Tag> tag(long id) {
        return Optional.ofNullable(tagsById.get(id));
    }

    public Optional<Annotation> annotation(long id) {
        return Optional.ofNullable(annotationsById.get(id));
    }

    /** The tag's names from the root down, joined with " / ", e.g. "Russia / NATO expansion". */
    public String tagPath(long tagId) {
        Tag tag = tag(tagId).orElseThrow();
        StringBuilder path = new StringBuilder(tag.name());
        int guard = 0;
        while (tag.parentId() != null && guard++ < 1000) {
            tag = tag(tag.parentId()).orElseThrow();
            path.insert(0, tag.name() + " / ");
        }
        return path.toString();
    }
}
