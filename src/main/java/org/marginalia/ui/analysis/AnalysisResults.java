package org.marginalia.ui.analysis;

import java.util.Map;
import org.marginalia.analysis.CodeCounts;
import org.marginalia.analysis.CooccurrenceMatrix;
import org.marginalia.analysis.Timeline;
import org.marginalia.project.CodingSnapshot;

/** Everything the Analysis view shows, computed together off the FX thread. */
record AnalysisResults(CodingSnapshot coding, Map<Long, String> tagPaths, CodeCounts counts,
        CooccurrenceMatrix matrix, Timeline timeline) {

    String tagName(long id) {
        return tagPaths.getOrDefault(id, "#" + id);
    }
}
