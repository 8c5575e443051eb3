package org.marginalia.project;

import java.util.List;

/**
 * What a merge added, so that it can be undone exactly.
 *
 * @param passageIds  the passages it created
 * @param addedTags   tags it put on passages that were there before, as {passage id, tag id}
 * @param tagIds      the codebook tags it created (children after their parents)
 */
public record MergeOutcome(List<Long> passageIds, List<long[]> addedTags, List<Long> tagIds) {

    public MergeOutcome {
        passageIds = List.copyOf(passageIds);
        addedTags = List.copyOf(addedTags);
        tagIds = List.copyOf(tagIds);
    }
}
