package org.marginalia.importer.qdpx;

import java.util.List;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectNote;
import org.marginalia.model.Tag;

/**
 * What a REFI-QDA project holds, ready to be stored in one transaction. Every id in it is provisional (1, 2, 3… per
 * kind) and only links the parts to each other: tags' {@code parentId}, passages' and notes' {@code documentId} (a
 * {@link QdpxSource#provisionalId()}) and {@code tagIds}, links' passage ids. Spans are UTF-16 over each source's
 * text, converted from the file's code points and cross-checked against a name that quotes the text.
 *
 * @param tags the codebook, parents before children; folders ({@code isCodable="false"}) have {@code codable} false
 * @param links relations between passages; a link's {@code created} is null, as the format does not record it
 * @param notes project notes ({@code documentId} null) and source notes; a {@code created} of the epoch means the
 *     file did not say
 * @param tally what came in and what was left out, kind by kind; storing goes on counting in it
 */
public record QdpxProject(
        String name,
        String origin,
        List<Tag> tags,
        List<QdpxSource> sources,
        List<Annotation> passages,
        List<Link> links,
        List<ProjectNote> notes,
        ImportTally tally) {

    public QdpxProject {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        passages = List.copyOf(passages);
        links = List.copyOf(links);
        notes = List.copyOf(notes);
    }

    /** What was left out and why, one sentence each. */
    public List<String> warnings() {
        return tally.warnings();
    }
}
