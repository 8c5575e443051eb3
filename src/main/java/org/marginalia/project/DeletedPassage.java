package org.marginalia.project;

import java.util.List;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;

/** A passage as it was before it was deleted, with its links, so that undo can put it all back. */
public record DeletedPassage(Annotation annotation, List<Link> links) {

    public DeletedPassage {
        links = List.copyOf(links);
    }
}
