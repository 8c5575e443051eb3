package org.marginalia.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.Tag;
import org.marginalia.model.WordDiff;

/** What both reports show, in reading order: the codebook as a tree, each tag's passages, and the linked pairs. */
final class ReportModel {

    record TagEntry(Tag tag, String path, int depth, List<Annotation> passages) {
    }

    record Pair(Link link, Annotation from, Annotation to, Optional<WordDiff> diff) {
    }

    private final ProjectSnapshot snapshot;
    private final Map<Long, String> citations;

    /** @param citations each passage's citation by passage id, rendered by the caller in the chosen style */
    ReportModel(ProjectSnapshot snapshot, Map<Long, String> citations) {
        this.snapshot = snapshot;
        this.citations = citations;
    }

    List<TagEntry> codebook() {
        List<TagEntry> entries = new ArrayList<>();
        List<Long> written = new ArrayList<>();
        for (Tag tag : snapshot.tags()) {
            boolean root = tag.parentId() == null || snapshot.tag(tag.parentId()).isEmpty();
            if (root) {
                add(entries, written, tag, 0);
            }
        }
        return entries;
    }

    private void add(List<TagEntry> entries, List<Long> written, Tag tag, int depth) {
        if (written.contains(tag.id())) {
            return;
        }
        written.add(tag.id());
        List<Annotation> passages = snapshot.annotations().stream().filter(a -> a.tagIds().contains(tag.id())).toList();
        entries.add(new TagEntry(tag, snapshot.tagPath(tag.id()), depth, passages));
        for (Tag child : snapshot.tags()) {
            if (Long.valueOf(tag.id()).equals(child.parentId())) {
                add(entries, written, child, depth + 1);
            }
        }
    }

    List<Annotation> untagged() {
        return snapshot.annotations().stream().filter(a -> a.tagIds().isEmpty()).toList();
    }

    List<Pair> pairs(Map<Long, WordDiff> diffs) {
        List<Pair> pairs = new ArrayList<>();
        for (Link link : snapshot.links()) {
            Optional<Annotation> from = snapshot.annotation(link.fromAnnotationId());
            Optional<Annotation> to = snapshot.annotation(link.toAnnotationId());
            if (from.isPresent() && to.isPresent()) {
                pairs.add(new Pair(link, from.get(), to.get(), Optional.ofNullable(diffs.get(link.id()))));
            }
        }
        return pairs;
    }

    String sourceTitle(Annotation passage) {
        return snapshot.document(passage.documentId()).map(d -> d.title().isEmpty() ? d.fileName() : d.title())
                .orElse("unknown source");
    }

    int page(Annotation passage) {
        return snapshot.document(passage.documentId()).map(d -> d.pages().pageAt(passage.span().start())).orElse(0);
    }

    String citation(Annotation passage) {
        return citations.getOrDefault(passage.id(), "");
    }
}
