package org.marginalia.model;

import java.util.List;

/**
 * A passage as a note for a reference manager: the exact quote, its tags' names, the user's note and the page.
 *
 * @param page the 1-based page the passage starts on, or 0 when the source has no pages
 */
public record PassageNote(String quote, List<String> tags, String note, int page) {

    public PassageNote {
        tags = List.copyOf(tags);
    }
}
