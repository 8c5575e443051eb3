package org.marginalia.ui;

import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.model.WordDiff;

/** A linked pair of passages as the comparison strip shows it. */
public record Comparison(Link link, Annotation from, String fromSource, Annotation to, String toSource, WordDiff diff) {
}
