package org.marginalia.importer.qdpx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marginalia.model.Annotation;
import org.marginalia.model.CodePointIndex;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectNote;
import org.marginalia.model.Relation;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/**
 * Collects what {@link QdeReader} streams past and, once the whole file is read, joins the parts: notes to what
 * refers to them (a file lists its notes after its sources), links to their passages. Every provisional id is
 * 1, 2, 3… per kind, as {@link QdpxProject} describes.
 */
final class QdeAssembler {

    private final ImportTally tally;
    private final Map<String, String> users = new HashMap<>();
    private final List<Tag> tags = new ArrayList<>();
    private final Map<String, Long> tagIds = new HashMap<>();
    private final Map<Long, List<String>> tagNoteRefs = new HashMap<>();
    private final List<QdpxSource> sources = new ArrayList<>();
    private final Map<String, Long> sourceIds = new HashMap<>();
    private final Map<Long, CodePointIndex> texts = new HashMap<>();
    private final Map<String, String> sourceDescriptions = new LinkedHashMap<>();
    private final Map<String, List<String>> sourceNoteRefs = new LinkedHashMap<>();
    private final Set<String> projectNoteRefs = new LinkedHashSet<>();
    private final List<String> projectDescriptions = new ArrayList<>();
    private final List<PassageDraft> passages = new ArrayList<>();
    private final Map<String, Long> passageIds = new HashMap<>();
    private final Map<String, NoteDraft> notes = new LinkedHashMap<>();
    private final List<LinkDraft> links = new ArrayList<>();
    private final SelectionPlacer placer;

    QdeAssembler(ImportTally tally) {
        this.tally = tally;
        this.placer = new SelectionPlacer(tally);
    }

    void user(String guid, String name) {
        users.put(guid, name);
    }

    String userName(String guid) {
        return users.getOrDefault(guid, "");
    }

    Long tag(String guid, Tag tag) {
        long id = tags.size() + 1L;
        tags.add(tag.withId(id));
        tagIds.put(guid, id);
        if (tag.codable()) {
            tally.took("tags", tag::name);
        } else {
            tally.took("tag folders", () -> tag.name() + " (isCodable=\"false\": holds tags, never applied)");
        }
        return id;
    }

    Long tagId(String guid) {
        return tagIds.get(guid);
    }

    void tagDescription(long id, String description) {
        Tag tag = tags.get((int) id - 1);
        tags.set((int) id - 1, new Tag(id, tag.name(), tag.color(), description, tag.parentId(), null,
                tag.codable()));
    }

    void tagNoteRef(long id, String noteGuid) {
        tagNoteRefs.computeIfAbsent(id, k -> new ArrayList<>()).add(noteGuid);
    }

    long source(String guid, ImportedSource source, String label) {
        long id = sources.size() + 1L;
        sources.add(new QdpxSource(id, guid, source));
        sourceIds.put(guid, id);
        texts.put(id, new CodePointIndex(source.text()));
        tally.took("sources", () -> source.metadata().title());
        return id;
    }

    void sourceDescription(String sourceGuid, String text) {
        if (!text.isBlank()) {
            sourceDescriptions.put(sourceGuid, text.strip());
        }
    }

    void sourceNoteRef(String sourceGuid, String noteGuid) {
        sourceNoteRefs.computeIfAbsent(sourceGuid, k -> new ArrayList<>()).add(noteGuid);
    }

    void projectNoteRef(String noteGuid) {
        projectNoteRefs.add(noteGuid);
    }

    void projectDescription(String text) {
        if (!text.isBlank()) {
            projectDescriptions.add(text.strip());
        }
    }

    /** Places a selection on its source as a passage, or counts it as left out under {@code kind}. */
    void place(Selection selection, long documentId, String text, String label, String kind) {
        placer.place(selection, texts.get(documentId), label, kind).ifPresent(span -> {
            long id = passages.size() + 1L;
            String quote = span.of(text);
            Annotation passage = new Annotation(id, documentId, span, quote, Texts.prefix(text, span),
                    Texts.suffix(text, span), "", selection.user(), selection.created(),
                    selection.modified() == null ? selection.created() : selection.modified(), selection.tagIds());
            passages.add(new PassageDraft(passage, selection.description(), selection.noteGuids()));
            if (!selection.guid().isEmpty()) {
                passageIds.put(selection.guid(), id);
            }
            tally.took(kind, () -> "'" + Texts.shorten(quote) + "' in " + label);
            for (int i = 0; i < selection.unknownCodes(); i++) {
                tally.skipped("codings", label + ": a coding of '" + Texts.shorten(quote)
                        + "' refers to a code missing from the codebook; the passage came in without it.");
            }
        });
    }

    void note(NoteDraft note) {
        notes.put(note.guid(), note);
    }

    void link(LinkDraft link) {
        links.add(link);
    }

    QdpxProject assemble(String name, String origin) {
        Set<String> used = new HashSet<>();
        List<ProjectNote> projectNotes = new ArrayList<>();
        sourceDescriptions.forEach((guid, text) -> sourceNote(projectNotes, guid, text, null, null));
        sourceNoteRefs.forEach((sourceGuid, refs) -> {
            for (String ref : refs) {
                NoteDraft note = notes.get(ref);
                if (note == null) {
                    tally.skipped("source notes", "a source refers to note " + ref + ", which the file lacks.");
                } else if (used.add(ref)) {
                    annotationOrSourceNote(projectNotes, sourceGuid, note);
                }
            }
        });
        List<Annotation> finished = finishPassages(used);
        Map<Long, String> tagNotes = new HashMap<>();
        tagNoteRefs.forEach((tagId, refs) -> tagNotes.put(tagId, joined(refs, used)));
        List<Tag> finalTags = new ArrayList<>(tags);
        tagNotes.forEach((tagId, text) -> {
            Tag tag = finalTags.get((int) (long) tagId - 1);
            String description = String.join("\n\n", nonBlank(tag.description(), text));
            finalTags.set((int) (long) tagId - 1, new Tag(tagId, tag.name(), tag.color(), description,
                    tag.parentId(), null, tag.codable()));
        });
        List<Link> finalLinks = finishLinks(used);
        for (String text : projectDescriptions) {
            projectNotes.add(new ProjectNote(projectNotes.size() + 1L, null, text, Instant.EPOCH, null));
            tally.took("project notes", "'" + Texts.shorten(text) + "' (the project's description)");
        }
        for (NoteDraft note : notes.values()) {
            if (used.contains(note.guid())) {
                continue;
            }
            if (!note.selections().isEmpty()) {
                tally.skipped("annotations", "note '" + Texts.shorten(note.name()) + "' marks a span, but no "
                        + "source refers to it, so the span cannot be placed; it came in as a project note.");
            }
            projectNotes.add(new ProjectNote(projectNotes.size() + 1L, null, note.text(), orEpoch(note.created()),
                    note.modified()));
            tally.took("project notes", "'" + Texts.shorten(note.text()) + "'"
                    + (projectNoteRefs.contains(note.guid()) ? "" : " (a note nothing refers to: a journal)"));
        }
        return new QdpxProject(name, origin, finalTags, sources, finished, finalLinks, projectNotes, tally);
    }

    private void annotationOrSourceNote(List<ProjectNote> projectNotes, String sourceGuid, NoteDraft note) {
        Long documentId = sourceIds.get(sourceGuid);
        if (note.selections().isEmpty() || documentId == null) {
            sourceNote(projectNotes, sourceGuid, note.text(), note.created(), note.modified());
            return;
        }
        String text = texts.get(documentId).text();
        String label = "annotation '" + Texts.shorten(note.text()) + "'";
        for (Selection selection : note.selections()) {
            Selection annotated = new Selection(selection.guid(), selection.name(), selection.start(),
                    selection.end(), selection.user(), selection.created() == null ? note.created()
                    : selection.created(), selection.modified(), note.text(), selection.tagIds(),
                    selection.noteGuids(), selection.unknownCodes());
            place(annotated, documentId, text, label, "annotations");
        }
    }

    private void sourceNote(List<ProjectNote> projectNotes, String sourceGuid, String text, Instant created,
            Instant modified) {
        Long documentId = sourceIds.get(sourceGuid);
        if (documentId == null) {
            tally.skipped("source notes", "note '" + Texts.shorten(text) + "' belongs to a source that was left out.");
            return;
        }
        projectNotes.add(new ProjectNote(projectNotes.size() + 1L, documentId, text, orEpoch(created), modified));
        tally.took("source notes", "'" + Texts.shorten(text) + "' on "
                + sources.get((int) (long) documentId - 1).source().metadata().title());
    }

    private List<Annotation> finishPassages(Set<String> used) {
        List<Annotation> finished = new ArrayList<>(passages.size());
        for (PassageDraft draft : passages) {
            Annotation p = draft.passage();
            String refs = joined(draft.noteGuids(), used);
            String note = String.join("\n\n", nonBlank(draft.ownNote(), refs.equals(draft.ownNote()) ? "" : refs));
            finished.add(new Annotation(p.id(), p.documentId(), p.span(), p.quote(), p.prefix(), p.suffix(), note,
                    p.author(), p.created(), p.modified(), p.tagIds()));
        }
        passages.clear();
        return finished;
    }

    private List<Link> finishLinks(Set<String> used) {
        List<Link> finished = new ArrayList<>();
        for (LinkDraft link : links) {
            Long from = passageIds.get(link.originGuid());
            Long to = passageIds.get(link.targetGuid());
            if (from == null || to == null) {
                tally.skipped("links", "link '" + link.name() + "' does not join two text passages that were read;"
                        + " it was left out.");
                continue;
            }
            String name = link.name().strip();
            Relation relation = Relation.RELATED;
            String noteFromName = "";
            try {
                relation = Relation.fromWord(name);
            } catch (IllegalArgumentException notOurs) {
                noteFromName = name;
            }
            String note = String.join("\n\n", nonBlank(noteFromName, joined(link.noteGuids(), used)));
            finished.add(new Link(finished.size() + 1L, from, to, relation, note, null));
            tally.took("links", relation.word() + (note.isEmpty() ? "" : ": " + Texts.shorten(note)));
        }
        return finished;
    }

    private String joined(List<String> noteGuids, Set<String> used) {
        Set<String> found = new LinkedHashSet<>();
        for (String guid : noteGuids) {
            NoteDraft note = notes.get(guid);
            if (note != null && !note.text().isBlank()) {
                found.add(note.text().strip());
                used.add(guid);
            }
        }
        return String.join("\n\n", found);
    }

    private static List<String> nonBlank(String... texts) {
        List<String> kept = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isBlank() && !kept.contains(text.strip())) {
                kept.add(text.strip());
            }
        }
        return kept;
    }

    private static Instant orEpoch(Instant instant) {
        return instant == null ? Instant.EPOCH : instant;
    }
}
