package org.marginalia.importer.qdpx;

import org.marginalia.model.ImportedSource;

/**
 * A source of the project with the provisional id its passages refer to.
 *
 * @param guid the source's GUID in the file, so a later import of the same project can be recognised
 */
public record QdpxSource(long provisionalId, String guid, ImportedSource source) {
}
