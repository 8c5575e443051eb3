package org.marginalia.ui;

import org.marginalia.model.Document;

/** A source as the Sources list shows it. */
public record SourceItem(Document document, int passages) {
}
