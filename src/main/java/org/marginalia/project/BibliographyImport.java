package org.marginalia.project;

import java.util.List;
import org.marginalia.model.Document;

/**
 * What reading a bibliography file did.
 *
 * @param updated sources whose details were filled from their entry
 * @param unmatched keys of entries that name no source of the project (by id key or exact title)
 */
public record BibliographyImport(List<Document> updated, List<String> unmatched) {
}
