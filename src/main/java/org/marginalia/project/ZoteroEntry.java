package org.marginalia.project;

import java.util.List;

/**
 * An item of a Zotero library as the import dialog lists it, before anything is imported.
 *
 * @param key the Zotero item key, which chooses the item for {@link ZoteroService#importLibrary}
 * @param title the item's title, or its key when it has none
 * @param author the authors as Zotero lists them ({@code Last, First; …}), empty when none
 * @param collections the names of the collections it is filed in
 * @param importable whether it has a stored PDF, HTML or text file to read; other items are skipped on import
 */
public record ZoteroEntry(String key, String title, String author, List<String> collections, boolean importable) {

    public ZoteroEntry {
        collections = List.copyOf(collections);
    }
}
