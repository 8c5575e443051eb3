package org.marginalia.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectNote;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.Tag;
import org.marginalia.model.WordDiff;

/** What both reports show, in reading order: the codebook as a tree, each tag's passages, and the linked pairs. */
final class ReportModel {

    record TagEntry(Tag tag, String path, int depth, List<Annotation> passages) {
    }

    record Pair(Link link, Annotation from, Annotation to, Optional<WordDiff> diff) {
    }

    /** A project note or source memo as the reports show it: under the project, or under its source's title. */
    record NoteEntry(String about, String text) {
    }

    private final ProjectSnapshot snapshot;
    private final Map<Long, String> citations;
    // Built once: scanning every passage and every tag for each tag made reports quadratic at 100,000 codes.
    private final Map<Long, List<Annotation>> passagesByTag = new HashMap<>();
    private final Map<Long, List<Tag>> children = new HashMap<>();

    /** @param citations each passage's citation by passage id, rendered by the caller in the chosen style */
    ReportModel(ProjectSnapshot snapshot, Map<Long, String> citations) {
        this.snapshot = snapshot;
        this.citations = citations;
        for (Annotation passage : snapshot.annotations()) {
            for (long tagId : passage.tagIds()) {
                passagesByTag.computeIfAbsent(tagId, k -> new ArrayList<>()).add(passage);
            }
        }
        snapshot.tags().forEach(t -> children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t));
    }

    /** Project notes first, then each source's memos, in the order they were written. */
    List<NoteEntry> notes() {
        List<NoteEntry> entries = new ArrayList<>();
        for (ProjectNote note : snapshot.notes()) {
            if (note.documentId() == null) {
                entries.add(new NoteEntry("Project", note.text()));
            }
        }
        for (ProjectNote note : snapshot.notes()) {
            if (note.documentId() != null) {
                entries.add(new NoteEntry(snapshot.document(note.documentId())
                        .map(d -> d.title().isEmpty() ? d.fileName() : d.title()).orElse("unknown source"),
                        note.text()));
            }
        }
        return entries;
    }

    List<TagEntry> codebook() {
        List<TagEntry> entries = new ArrayList<>();
        Set<Long> written = new HashSet<>();
        for (Tag tag : snapshot.tags()) {
            boolean root = tag.parentId() == null || snapshot.tag(tag.parentId()).isEmpty();
            if (root) {
                add(entries, written, tag, 0);
            }
        }
        return entries;
    }

    private void add(List<TagEntry> entries, Set<Long> written, Tag tag, int depth) {
        if (!written.add(tag.id())) {
            return;
        }
        List<Annotation> passages = passagesByTag.getOrDefault(tag.id(), List.of());
        entries.add(new TagEntry(tag, snapshot.tagPath(tag.id()), depth, passages));
        for (Tag child : children.getOrDefault(tag.id(), List.of())) {
            add(entries, written, child, depth + 1);
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
