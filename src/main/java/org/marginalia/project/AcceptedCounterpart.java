package org.marginalia.project;

import java.util.List;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;

/**
 * A counterpart the user accepted: the link between the searched passage and the found one, and the passages that
 * had to be marked for it (an end already marked at exactly that place is reused, not listed here).
 *
 * @param link the new link, from the searched passage to its counterpart
 * @param from the searched passage
 * @param to the counterpart passage
 * @param created the passages marked by accepting, so undo can take them out again
 */
public record AcceptedCounterpart(Link link, Annotation from, Annotation to, List<Annotation> created) {

    public AcceptedCounterpart {
        created = List.copyOf(created);
    }
}
