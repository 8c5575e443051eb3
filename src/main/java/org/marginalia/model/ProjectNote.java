package org.marginalia.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A note that belongs to the project (a research diary, a journal) or to one source (a source memo), not to a passage.
 *
 * @param documentId the source the memo is about, or null for a project note
 */
public record ProjectNote(long id, Long documentId, String text, Instant created, Instant modified) {

    public ProjectNote {
        text = text == null ? "" : text;
        Objects.requireNonNull(created, "created");
        modified = modified == null ? created : modified;
    }

    public Optional<Long> source() {
        return Optional.ofNullable(documentId);
    }

    /** The first line, shortened, as a list shows it. */
    public String title() {
        String first = text.strip().lines().findFirst().orElse("").strip();
        return first.isEmpty() ? "(empty note)" : first.length() <= 80 ? first : first.substring(0, 79) + "…";
    }
}
