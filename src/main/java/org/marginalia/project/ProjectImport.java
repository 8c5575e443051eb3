package org.marginalia.project;

import java.util.List;

/**
 * What importing another tool's project (.qdpx) brought in.
 *
 * @param warnings what was left out and why (a selection whose text does not match its positions, a media source…)
 */
public record ProjectImport(int sourcesAdded, int sourcesAlreadyPresent, int tagsAdded, int passagesAdded,
                            int linksAdded, List<String> warnings) {

    public ProjectImport {
        warnings = List.copyOf(warnings);
    }
}
