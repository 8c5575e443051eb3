package org.marginalia.project;

import java.util.List;
import org.marginalia.model.Tag;

/** A tag as it was before it was deleted, with the passages that carried it, so that undo can put it back. */
public record DeletedTag(Tag tag, List<Long> passageIds) {

    public DeletedTag {
        passageIds = List.copyOf(passageIds);
    }
}
