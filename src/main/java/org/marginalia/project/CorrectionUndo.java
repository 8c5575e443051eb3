package org.marginalia.project;

import java.util.List;
import java.util.Map;
import org.marginalia.model.Annotation;
import org.marginalia.model.PageLayout;
import org.marginalia.model.ReviewFlag;

/**
 * Everything a correction changed besides the text, as it was before: the passages with their places, quotes and
 * review flags, and the pages with their word boxes. The old text itself is the kept version {@code versionId}.
 *
 * @param correctedSha the content hash the correction gave the source; undoing is refused once it changed again
 */
public record CorrectionUndo(long documentId, long versionId, String correctedSha, List<Annotation> passages,
                             Map<Long, ReviewFlag> flags, List<PageLayout> pages) {

    public CorrectionUndo {
        passages = List.copyOf(passages);
        flags = Map.copyOf(flags);
        pages = List.copyOf(pages);
    }
}
