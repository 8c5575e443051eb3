package org.marginalia.project;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.ReviewFlag;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.Transaction;

/** Use cases on passages (annotations): mark, tag, annotate with a note, delete and restore. */
public final class PassageService {

    private final ProjectFile file;
    private final SourceService sources;
    private final TagService tags;
    private final Clock clock;
    private final String author;

    PassageService(ProjectFile file, SourceService sources, TagService tags, Clock clock, String author) {
        this.file = file;
        this.sources = sources;
        this.tags = tags;
        this.clock = clock;
        this.author = author;
    }

    /**
     * Marks the passage of a source that reads exactly {@code quote}, as the command line does.
     *
     * @param occurrence which match to take (1-based); 0 means the quote must occur exactly once
     */
    public Annotation annotate(String documentRef, String quote, int occurrence, List<String> tagNames, String note) {
        if (quote == null || quote.isBlank()) {
            throw new ProjectException(ProjectException.Reason.INVALID, "The quote to mark is empty");
        }
        // One transaction: the source, its text and the tags are read in the same snapshot the passage is written in.
        return file.inTransaction(tx -> annotateIn(documentRef, quote, occurrence, tagNames, note));
    }

    private Annotation annotateIn(String documentRef, String quote, int occurrence, List<String> tagNames,
            String note) {
        Document document = sources.resolve(documentRef);
        String text = sources.text(document.id());
        List<Integer> starts = occurrences(text, quote);
        if (starts.isEmpty()) {
            throw new ProjectException(ProjectException.Reason.QUOTE_NOT_FOUND,
                    "The quote \"" + abbreviate(quote) + "\" is not in source " + document.id() + " ('"
                            + document.title() + "')");
        }
        if (occurrence == 0 && starts.size() > 1) {
            throw new ProjectException(ProjectException.Reason.AMBIGUOUS, "The quote \"" + abbreviate(quote)
                    + "\" occurs " + starts.size() + " times in '" + document.title()
                    + "'; choose one with --occurrence");
        }
        if (occurrence > starts.size()) {
            throw new ProjectException(ProjectException.Reason.QUOTE_NOT_FOUND, "The quote \"" + abbreviate(quote)
                    + "\" occurs only " + starts.size() + " time(s) in '" + document.title() + "', not " + occurrence);
        }
        int start = starts.get(Math.max(occurrence, 1) - 1);
        List<Long> tagIds = tagNames.stream().map(tags::resolve).map(Tag::id).toList();
        return create(document.id(), new TextSpan(start, start + quote.length()), tagIds, note);
    }

    /**
     * Marks a selection of a source as a passage. Surrounding white space is trimmed off the selection.
     *
     * @throws ProjectException when the selection holds nothing but white space
     */
    public Annotation create(long documentId, TextSpan selection, List<Long> tagIds, String note) {
        Marked marked = mark(documentId, selection);
        return file.inTransaction(tx -> insertIn(tx, documentId, marked, tagIds, note));
    }

    /**
     * Adds a tag to the codebook and marks the selection as a passage carrying it, in one transaction: "New tag from
     * selection". The tag gets the next free shortcut key 1–9, if any.
     */
    public TaggedPassage createWithNewTag(long documentId, TextSpan selection, String tagName) {
        Marked marked = mark(documentId, selection);
        return file.inTransaction(tx -> {
            String key = nextFreeKey(tx.tags().all());
            Tag tag = tags.addIn(tx, tagName, null, null, key);
            return new TaggedPassage(insertIn(tx, documentId, marked, List.of(tag.id()), ""), tag);
        });
    }

    private static String nextFreeKey(List<Tag> existing) {
        for (int k = 1; k <= 9; k++) {
            String key = String.valueOf(k);
            if (existing.stream().noneMatch(t -> key.equals(t.shortcutKey()))) {
                return key;
            }
        }
        return null;
    }

    /** A selection trimmed to what it marks, with the context that lets it be found again. */
    private record Marked(TextSpan span, PassageContext context) {
    }

    private Marked mark(long documentId, TextSpan selection) {
        String text = sources.text(documentId);
        selection.checkWithin(text);
        TextSpan span = PassageContext.trim(text, selection);
        if (span.isEmpty()) {
            throw new ProjectException(ProjectException.Reason.INVALID, "The selection holds no text to mark");
        }
        return new Marked(span, PassageContext.of(text, span));
    }

    private Annotation insertIn(Transaction tx, long documentId, Marked marked, List<Long> tagIds,
            String note) throws SQLException {
        Instant now = clock.instant();
        PassageContext context = marked.context();
        long id = tx.annotations().insert(new Annotation(0, documentId, marked.span(), context.quote(),
                context.prefix(), context.suffix(), note, author, now, now, List.of()));
        for (long tagId : tagIds) {
            TagFolders.refuseToApply(tx, tagId);
            tx.annotationTags().add(id, tagId);
        }
        return tx.annotations().get(id).orElseThrow();
    }

    public Annotation get(long id) {
        return file.inTransaction(tx -> tx.annotations().get(id)).orElseThrow(() -> notFound(id));
    }

    public List<Annotation> list() {
        return file.inTransaction(tx -> tx.annotations().all());
    }

    /** Those of these passages that exist, in one read (the window reading again what an edit changed). */
    public List<Annotation> find(Collection<Long> ids) {
        return file.inTransaction(tx -> {
            List<Annotation> found = new ArrayList<>();
            for (long id : ids) {
                tx.annotations().get(id).ifPresent(found::add);
            }
            return found;
        });
    }

    public List<Annotation> forDocument(long documentId) {
        return file.inTransaction(tx -> tx.annotations().forDocument(documentId));
    }

    public Annotation addTag(long annotationId, long tagId) {
        return file.inTransaction(tx -> {
            requireExists(tx, annotationId);
            TagFolders.refuseToApply(tx, tagId);
            tx.annotationTags().add(annotationId, tagId);
            return tx.annotations().get(annotationId).orElseThrow();
        });
    }

    public Annotation removeTag(long annotationId, long tagId) {
        return file.inTransaction(tx -> {
            requireExists(tx, annotationId);
            tx.annotationTags().remove(annotationId, tagId);
            return tx.annotations().get(annotationId).orElseThrow();
        });
    }

    public Annotation setNote(long annotationId, String note) {
        return file.inTransaction(tx -> {
            requireExists(tx, annotationId);
            tx.annotations().updateNote(annotationId, note == null ? "" : note, clock.instant());
            return tx.annotations().get(annotationId).orElseThrow();
        });
    }

    /** Deletes a passage with its tags and links; returns what undo needs to restore it. */
    public DeletedPassage delete(long annotationId) {
        return file.inTransaction(tx -> {
            Annotation annotation = requireExists(tx, annotationId);
            List<Link> links = tx.links().touching(annotationId);
            tx.annotations().delete(annotationId);
            return new DeletedPassage(annotation, links);
        });
    }

    /** Puts a deleted passage back under its old id, with its tags and those of its links whose other end exists. */
    public Annotation restore(DeletedPassage deleted) {
        return file.inTransaction(tx -> {
            Annotation a = deleted.annotation();
            tx.annotations().insert(a);
            for (long tagId : a.tagIds()) {
                if (tx.tags().get(tagId).isPresent()) {
                    tx.annotationTags().add(a.id(), tagId);
                }
            }
            List<Link> restorable = new ArrayList<>();
            for (Link link : deleted.links()) {
                long other = link.fromAnnotationId() == a.id() ? link.toAnnotationId() : link.fromAnnotationId();
                if (tx.annotations().get(other).isPresent()) {
                    restorable.add(link);
                }
            }
            for (Link link : restorable) {
                tx.links().insert(link);
            }
            return tx.annotations().get(a.id()).orElseThrow();
        });
    }

    /** The review queue: passages that re-anchoring could not place with confidence, by source and position. */
    public List<ReviewItem> reviewQueue() {
        return file.inTransaction(tx -> {
            List<ReviewItem> items = new ArrayList<>();
            Map<Long, String> texts = new HashMap<>();
            for (ReviewFlag flag : tx.annotations().needingReview()) {
                Annotation passage = tx.annotations().get(flag.annotationId()).orElseThrow();
                String candidate = "";
                if (flag.hasCandidate()) {
                    String text = texts.get(passage.documentId());
                    if (text == null) {
                        text = tx.documents().text(passage.documentId());
                        texts.put(passage.documentId(), text);
                    }
                    candidate = flag.candidate().end() <= text.length() ? flag.candidate().of(text) : "";
                }
                items.add(new ReviewItem(passage, flag, candidate));
            }
            return items;
        });
    }

    /** Why a passage waits for review; empty when it does not. */
    public Optional<ReviewFlag> reviewFlag(long annotationId) {
        return file.inTransaction(tx -> tx.annotations().reviewFlag(annotationId));
    }

    /** A person checked the passage and accepts where it is now: it takes the quote and context found there. */
    public Annotation markReviewed(long annotationId) {
        return markReviewedAt(annotationId, null);
    }

    /** A person accepts the best place re-anchoring found for the passage: it moves there. */
    public Annotation acceptCandidate(long annotationId) {
        ReviewFlag flag = requireFlag(annotationId);
        if (!flag.hasCandidate()) {
            throw new ProjectException(ProjectException.Reason.INVALID, "Passage " + annotationId
                    + " has no candidate place to move to; mark it reviewed where it is, or delete and re-mark it");
        }
        return markReviewedAt(annotationId, flag.candidate());
    }

    /**
     * A person settles a passage of the review queue at {@code span} (its current place when {@code null}), as the
     * window does after the user selects the right text: it takes that quote and context and leaves the queue.
     */
    public Annotation markReviewedAt(long annotationId, TextSpan span) {
        requireFlag(annotationId);
        Instant now = clock.instant();
        return file.inTransaction(tx -> {
            Annotation passage = requireExists(tx, annotationId);
            String text = tx.documents().text(passage.documentId());
            TextSpan place = span == null ? passage.span() : span;
            place.checkWithin(text);
            TextSpan trimmed = PassageContext.trim(text, place);
            if (trimmed.isEmpty()) {
                throw new ProjectException(ProjectException.Reason.INVALID,
                        "The place for passage " + annotationId + " holds no text to mark");
            }
            PassageContext context = PassageContext.of(text, trimmed);
            tx.annotations().updateSpan(annotationId, trimmed, context.quote(), context.prefix(), context.suffix(),
                    now);
            tx.annotations().clearReview(annotationId);
            return tx.annotations().get(annotationId).orElseThrow();
        });
    }

    private ReviewFlag requireFlag(long annotationId) {
        get(annotationId);
        return reviewFlag(annotationId).orElseThrow(() -> new ProjectException(ProjectException.Reason.INVALID,
                "Passage " + annotationId + " is not waiting for review"));
    }

    private Annotation requireExists(Transaction tx, long annotationId) throws SQLException {
        return tx.annotations().get(annotationId).orElseThrow(() -> notFound(annotationId));
    }

    private ProjectException notFound(long id) {
        return new ProjectException(ProjectException.Reason.NOT_FOUND,
                "No passage " + id + " in project " + file.path());
    }

    private static List<Integer> occurrences(String text, String quote) {
        List<Integer> starts = new ArrayList<>();
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            starts.add(i);
        }
        return starts;
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 60 ? quote : quote.substring(0, 57) + "...";
    }
}
