package org.marginalia.model;

import java.time.Instant;

/** A relation from one passage to another, e.g. a news report's paraphrase and the transcript it claims to quote. */
public record Link(long id, long fromAnnotationId, long toAnnotationId, Relation relation, String note,
        Instant created) {

    public Link {
        note = note == null ? "" : note;
    }
}
