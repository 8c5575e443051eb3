package org.marginalia.project;

import java.util.List;
import org.marginalia.model.SearchHit;
import org.marginalia.store.ProjectFile;

/** Full-text search over every source's text and every passage's note. */
public final class SearchService {

    private final ProjectFile file;

    SearchService(ProjectFile file) {
        this.file = file;
    }

    /** The places where the words occur in this order; the text is a phrase, never query syntax. */
    public List<SearchHit> phrase(String userText, int limit) {
        if (userText == null || userText.isBlank()) {
            return List.of();
        }
        return file.inTransaction(tx -> tx.search().phrase(userText.strip(), limit));
    }
}
