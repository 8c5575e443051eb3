package org.marginalia.project;

import java.util.List;
import org.marginalia.model.Document;

/**
 * What an import from a Zotero library did.
 *
 * @param added sources made from the items' attachments
 * @param linked sources already in the project (same file) that now remember their Zotero item
 * @param skipped items not imported, each with the reason (no stored PDF, HTML or text file)
 */
public record ZoteroImport(List<Document> added, List<Document> linked, List<String> skipped) {
}
