package org.marginalia.importer.zotero;

import java.util.List;
import org.marginalia.model.CitedSource;

/**
 * A regular item of a Zotero library (not a note or an attachment), with its citation fields as source details.
 *
 * @param library the library part of a {@code zotero://} link: {@code library} or {@code groups/ID}
 * @param collections the names of the collections it is filed in
 * @param attachments its stored files, in Zotero's order
 */
public record ZoteroItem(String key, String library, CitedSource source, List<String> collections,
        List<ZoteroAttachment> attachments) {

    public ZoteroItem {
        collections = List.copyOf(collections);
        attachments = List.copyOf(attachments);
    }
}
