package org.marginalia.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.marginalia.analysis.Disagreement;
import org.marginalia.model.StatsTable;
import org.marginalia.model.TextSpan;
import org.marginalia.project.SecondCoder;

/**
 * A second coder's project compared with ours: the agreement table and each disagreement, with a line in words.
 *
 * @param sharedSources how many sources both projects hold (matched by file content)
 * @param theirs        their coding, read-only, for adopting from it
 * @param lines         each disagreement in words, in the same order as {@code disagreements}
 * @param theirSpans    the other coder's coded spans by our source id, for the panes' second layer
 */
record TwoCoders(Path other, int sharedSources, StatsTable agreement, SecondCoder theirs,
        List<Disagreement> disagreements, List<String> lines, Map<Long, List<TextSpan>> theirSpans) {
}
