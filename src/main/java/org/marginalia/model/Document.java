package org.marginalia.model;

import java.time.Instant;

/**
 * A source stored in the project, without its (possibly large) text and original bytes, which are read on demand.
 *
 * @param textLength length of the stored plain text in UTF-16 code units
 */
public record Document(
        long id,
        SourceMetadata metadata,
        SourceType type,
        String fileName,
        String sha256,
        int textLength,
        PageStarts pages,
        Instant imported) {

    public String title() {
        return metadata.title();
    }
}
