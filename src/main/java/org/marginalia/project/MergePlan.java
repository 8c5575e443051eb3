package org.marginalia.project;

import java.util.List;
import org.marginalia.model.Annotation;

/**
 * What adopting another coder's coding would do, shown before anything changes.
 *
 * @param newTagPaths      their tags no tag of ours matches: created only when the user confirms them
 * @param newPassages      their passages with no passage of ours on the same span
 * @param tagsToAdd        their tags on a span we coded too, which our passage lacks
 * @param alreadyPresent   their codings we have already (same span and tag)
 */
public record MergePlan(SecondCoder other, String coder, List<String> newTagPaths, List<Annotation> newPassages,
        int tagsToAdd, int alreadyPresent) {

    public MergePlan {
        newTagPaths = List.copyOf(newTagPaths);
        newPassages = List.copyOf(newPassages);
    }
}
