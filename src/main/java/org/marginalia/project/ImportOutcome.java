package org.marginalia.project;

import org.marginalia.model.Document;

/**
 * The result of importing one file.
 *
 * @param duplicate true when the same file (by SHA-256) was already in the project; {@code document} is then the
 *     source imported before, and nothing was added
 */
public record ImportOutcome(Document document, boolean duplicate) {
}
