package org.marginalia.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marginalia.analysis.CodedSpan;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;

/**
 * Another coder's project on the same sources, read once and kept as a read-only second layer.
 *
 * @param sourceMatch their source id → ours, for the sources whose original file has the same SHA-256
 * @param tagMatch    their tag path → our tag path, or empty for a tag new to us
 */
public record SecondCoder(Path file, CodingSnapshot coding, Map<Long, Long> sourceMatch,
        Map<String, Optional<String>> tagMatch) {

    public SecondCoder {
        sourceMatch = Map.copyOf(sourceMatch);
        tagMatch = Map.copyOf(tagMatch);
    }

    /** Their sources that are not in our project. */
    public List<Document> unmatchedSources() {
        return coding.sources().stream().filter(d -> !sourceMatch.containsKey(d.id())).toList();
    }

    /** Their passages on sources we do not have: a merge would have nowhere to put them. */
    public List<Annotation> passagesOnMissingSources() {
        return coding.passages().stream().filter(p -> !sourceMatch.containsKey(p.documentId())).toList();
    }

    /** Their coding on our source ids, each tag named by our path when it matches one of ours. */
    public List<CodedSpan> codedSpans() {
        Map<Long, String> paths = coding.tagPaths();
        List<CodedSpan> spans = new ArrayList<>();
        for (Annotation p : coding.passages()) {
            Long ours = sourceMatch.get(p.documentId());
            if (ours == null) {
                continue;
            }
            for (long tagId : p.tagIds()) {
                String theirs = paths.get(tagId);
                spans.add(new CodedSpan(ours, p.span(), tagMatch.getOrDefault(theirs, Optional.empty())
                        .orElse(theirs)));
            }
        }
        return spans;
    }
}
