package org.marginalia.model;

import java.time.Instant;

/**
 * An earlier version of a source, kept when the source was re-imported so nothing the user worked on is lost. Its
 * plain text and original bytes are read on demand.
 *
 * @param version    1 for the first import, counting up with each replacement
 * @param textLength length of its plain text in UTF-16 code units
 * @param imported   when this version was imported
 * @param replaced   when a newer version replaced it
 */
public record DocumentVersion(
        long id,
        long documentId,
        int version,
        SourceType type,
        String fileName,
        String sha256,
        int textLength,
        PageStarts pages,
        Instant imported,
        Instant replaced) {
}
