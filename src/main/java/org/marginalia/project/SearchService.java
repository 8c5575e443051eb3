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

    /**
     * The sources and notes holding the words the user typed, in that order, best first. What the user types is
     * always searched as a phrase: quotes, {@code *}, {@code AND} or {@code NEAR} are plain words, never syntax.
     * Blank text finds nothing.
     */
    public List<SearchHit> phrase(String userText, int limit) {
        if (userText == null || userText.isBlank() || limit <= 0) {
            return List.of();
        }
        return file.inTransaction(tx -> tx.search().phrase(userText, limit));
    }
}
