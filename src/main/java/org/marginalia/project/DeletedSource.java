package org.marginalia.project;

import org.marginalia.model.Document;
import org.marginalia.model.ImportedSource;

/**
 * A source as it was before it was removed: its row and its full content (text, original bytes, pages), so that
 * redoing an import puts it back under its old id from what the project held, without reading the file again.
 */
public record DeletedSource(Document document, ImportedSource content) {
}
