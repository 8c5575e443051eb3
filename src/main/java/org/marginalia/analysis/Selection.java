package org.marginalia.analysis;

import java.util.Set;
import org.marginalia.model.Annotation;

/**
 * The subset of the coding an analysis looks at: some tags and some sources. An empty set means all of them.
 *
 * @param tagIds    the tags to count, or empty for every tag
 * @param sourceIds the sources to count in, or empty for every source
 */
public record Selection(Set<Long> tagIds, Set<Long> sourceIds) {

    public Selection {
        tagIds = Set.copyOf(tagIds);
        sourceIds = Set.copyOf(sourceIds);
    }

    public static Selection everything() {
        return new Selection(Set.of(), Set.of());
    }

    public boolean includesTag(long tagId) {
        return tagIds.isEmpty() || tagIds.contains(tagId);
    }

    public boolean includesSource(long sourceId) {
        return sourceIds.isEmpty() || sourceIds.contains(sourceId);
    }

    /** True when the passage is in a selected source and carries at least one selected tag. */
    public boolean includes(Annotation passage) {
        if (!includesSource(passage.documentId())) {
            return false;
        }
        // A plain loop: this runs for every passage of a large project each time a figure is computed.
        for (long tagId : passage.tagIds()) {
            if (includesTag(tagId)) {
                return true;
            }
        }
        return false;
    }
}
