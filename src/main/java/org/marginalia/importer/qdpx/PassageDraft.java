package org.marginalia.importer.qdpx;

import java.util.List;
import org.marginalia.model.Annotation;

/**
 * A passage placed on its source, waiting for the notes it refers to (which a file lists after its sources).
 *
 * @param ownNote a text that belongs to the passage itself: its description, or the annotation it came from
 */
record PassageDraft(Annotation passage, String ownNote, List<String> noteGuids) {
}
