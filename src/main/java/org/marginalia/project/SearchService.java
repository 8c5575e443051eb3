package org.marginalia.project;

import java.util.List;
import org.marginalia.model.SearchHit;
import org.marginalia.store.ProjectFile;

/** Search across every source's text and every passage's note. */
public final class SearchService {

    private final ProjectFile file;

    SearchService(ProjectFile file) {
        this.file = file;
    }

    /** The first page of {@link #phrase(String, int, int)}. */
    public List<SearchHit> phrase(String userText, int limit) {
        return phrase(userText, 0, limit);
    }

    /**
     * One page of the sources and notes holding the words the user typed, in that order: up to {@code limit} of
     * them after the first {@code offset}, in the order they were added, each with every match in it (so "12 matches
     * in 'Declassified…'"). What the user types is always searched as a phrase: quotes, {@code *}, {@code AND} or
     * {@code NEAR} are plain words, never syntax. Blank text finds nothing.
     */
    public List<SearchHit> phrase(String userText, int offset, int limit) {
        if (userText == null || userText.isBlank() || limit <= 0 || offset < 0) {
            return List.of();
        }
        return file.inTransaction(tx -> tx.search().phrase(userText, offset, limit));
    }
}
