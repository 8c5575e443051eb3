package org.marginalia.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an export needs, read in one transaction: the sources with their texts, the codebook, the passages and
 * the links between them. Lists are in a stable order (by id).
 */
public record ProjectSnapshot(
        String projectName,
        List<Document> documents,
        Map<Long, String> texts,
        List<Tag> tags,
        List<Annotation> annotations,
        List<Link> links) {

    public ProjectSnapshot {
        documents = List.copyOf(documents);
        texts = Map.copyOf(texts);
        tags = List.copyOf(tags);
        annotations = List.copyOf(annotations);
        links = List.copyOf(links);
    }

    public String textOf(long documentId) {
        String text = texts.get(documentId);
        if (text == null) {
            throw new IllegalArgumentException("no text for source " + documentId);
        }
        return text;
    }

    public Optional<Document> document(long id) {
        return documents.stream().filter(d -> d.id() == id).findFirst();
    }

    public Optional<Tag> tag(long id) {
        return tags.stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<Annotation> annotation(long id) {
        return annotations.stream().filter(a -> a.id() == id).findFirst();
    }

    /** The tag's names from the root down, joined with " / ", e.g. "Russia / NATO expansion". */
    public String tagPath(long tagId) {
        Tag tag = tag(tagId).orElseThrow();
        String path = tag.name();
        int guard = 0;
        while (tag.parentId() != null && guard++ < 1000) {
            tag = tag(tag.parentId()).orElseThrow();
            path = tag.name() + " / " + path;
        }
        return path;
    }
}
