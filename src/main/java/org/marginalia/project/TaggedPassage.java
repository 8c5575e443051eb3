package org.marginalia.project;

import org.marginalia.model.Annotation;
import org.marginalia.model.Tag;

/** A passage marked together with the new tag it carries ("New tag from selection"). */
public record TaggedPassage(Annotation passage, Tag tag) {
}
