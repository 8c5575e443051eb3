package org.marginalia.model;

import java.time.Instant;
import java.util.List;

/**
 * A passage of a source that the user marked: where it is, its exact quote with context on each side (so it can be
 * found again if the text changes), the note, and the tags it carries.
 */
public record Annotation(
        long id,
        long documentId,
        TextSpan span,
        String quote,
        String prefix,
        String suffix,
        String note,
        String author,
        Instant created,
        Instant modified,
        List<Long> tagIds) {

    /** How many characters of context are kept on each side of a quote. */
    public static final int CONTEXT_LENGTH = 32;

    public Annotation {
        note = note == null ? "" : note;
        author = author == null ? "" : author;
        tagIds = List.copyOf(tagIds);
    }

    public Annotation withTagIds(List<Long> newTagIds) {
        return new Annotation(id, documentId, span, quote, prefix, suffix, note, author, created, modified, newTagIds);
    }
}
