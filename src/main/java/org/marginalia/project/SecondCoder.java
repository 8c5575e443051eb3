package org.marginalia.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marginalia.analysis.CodedSpan;
import org.marginalia.analysis.TagKeys;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

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

    /**
     * Only their coding of one tag on one span of one of our sources, so that adopting a single disagreement takes
     * that coding and nothing else. The codebook keeps that tag and its parents, so its path (and any new tag the
     * user must confirm) stays the same as in the full comparison.
     *
     * @param tag the tag as the disagreement names it: our path when it matches one of ours, else theirs
     */
    public SecondCoder narrowedTo(long ourSourceId, TextSpan span, String tag) {
        Map<Long, String> paths = coding.tagPaths();
        String key = TagKeys.of(tag);
        Set<Long> tagIds = new HashSet<>();
        paths.forEach((id, theirs) -> {
            if (TagKeys.of(tagMatch.getOrDefault(theirs, Optional.empty()).orElse(theirs)).equals(key)) {
                tagIds.add(id);
            }
        });
        List<Annotation> passages = coding.passages().stream()
                .filter(p -> Long.valueOf(ourSourceId).equals(sourceMatch.get(p.documentId())))
                .filter(p -> p.span().equals(span))
                .filter(p -> p.tagIds().stream().anyMatch(tagIds::contains))
                .map(p -> p.withTagIds(p.tagIds().stream().filter(tagIds::contains).toList())).toList();
        Map<Long, Tag> byId = new HashMap<>();
        coding.tags().forEach(t -> byId.put(t.id(), t));
        Set<Long> kept = new HashSet<>();
        for (long id : tagIds) {
            Tag at = byId.get(id);
            while (at != null && kept.add(at.id())) {
                at = at.parentId() == null ? null : byId.get(at.parentId());
            }
        }
        List<Tag> tags = coding.tags().stream().filter(t -> kept.contains(t.id())).toList();
        Map<String, Optional<String>> matches = new HashMap<>();
        kept.forEach(id -> matches.put(paths.get(id), tagMatch.getOrDefault(paths.get(id), Optional.empty())));
        CodingSnapshot narrowed = new CodingSnapshot(coding.projectName(), coding.sources(), tags, passages);
        return new SecondCoder(file, narrowed, sourceMatch, matches);
    }
}
