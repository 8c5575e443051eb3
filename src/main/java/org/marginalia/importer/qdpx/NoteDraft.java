package org.marginalia.importer.qdpx;

import java.time.Instant;
import java.util.List;

/**
 * A {@code Note} of the file; what it becomes (project note, source note, passage note or annotation) is decided
 * when the whole file has been read, from what refers to it.
 *
 * @param selections spans the note comments on (QualCoder's annotations), placed on the source that refers to it
 */
record NoteDraft(String guid, String name, String text, Instant created, Instant modified,
                 List<Selection> selections) {
}
