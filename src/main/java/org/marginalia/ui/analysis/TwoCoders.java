package org.marginalia.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import org.marginalia.model.StatsTable;

/**
 * A second coder's project compared with ours: the agreement table and one line per disagreement.
 *
 * @param sharedSources how many sources both projects hold (matched by file content)
 */
record TwoCoders(Path other, int sharedSources, StatsTable agreement, List<String> disagreements) {
}
