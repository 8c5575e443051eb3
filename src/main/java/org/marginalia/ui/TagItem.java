package org.marginalia.ui;

import org.marginalia.model.Tag;

/** A tag as the codebook tree shows it. */
public record TagItem(Tag tag, int passages) {
}
