package org.marginalia.model;

import java.util.List;

/** A source with the passages marked in it, as notes for its reference-manager item. */
public record NotedSource(CitedSource source, List<PassageNote> notes) {

    public NotedSource {
        notes = List.copyOf(notes);
    }
}
