package org.marginalia.project;

import java.util.List;

/**
 * What merging one tag into another did, so that undo can take it apart again.
 *
 * @param removed the tag that was merged away, with the passages it was on
 * @param intoId the tag that remains
 * @param newlyTagged passages that got the remaining tag through the merge (the others carried both already)
 * @param movedChildren tags that were nested under the removed tag and now sit under the remaining one
 */
public record MergedTag(DeletedTag removed, long intoId, List<Long> newlyTagged, List<Long> movedChildren) {

    public MergedTag {
        newlyTagged = List.copyOf(newlyTagged);
        movedChildren = List.copyOf(movedChildren);
    }
}
