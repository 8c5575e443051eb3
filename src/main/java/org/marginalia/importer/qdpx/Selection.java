package org.marginalia.importer.qdpx;

import java.time.Instant;
import java.util.List;

/**
 * A {@code PlainTextSelection} as the file gives it, before it is placed on a source's text.
 *
 * @param start the start in code points, or -1 when the file gives no number
 * @param tagIds provisional ids of the codes applied to it
 * @param noteGuids the notes it refers to, resolved once the whole file is read
 */
record Selection(String guid, String name, int start, int end, String user, Instant created, Instant modified,
                 String description, List<Long> tagIds, List<String> noteGuids, int unknownCodes) {
}
