package org.marginalia.importer.qdpx;

import java.util.List;

/** A {@code Link} of the file, joined to its passages and notes once the whole file has been read. */
record LinkDraft(String name, String originGuid, String targetGuid, List<String> noteGuids) {
}
