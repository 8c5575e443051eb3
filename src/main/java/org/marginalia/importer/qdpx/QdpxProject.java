package org.marginalia.importer.qdpx;

import java.util.List;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.model.Tag;

/**
 * What a REFI-QDA project holds, ready to be stored in one transaction. Every id in it is provisional (1, 2, 3… per
 * kind) and only links the parts to each other: tags' {@code parentId}, passages' {@code documentId} (a
 * {@link QdpxSource#provisionalId()}) and {@code tagIds}, links' passage ids. Spans are UTF-16 over each source's
 * text, converted from the file's code points and checked against the quote it gives.
 *
 * @param tags the codebook, parents before children
 * @param links relations between passages; a link's {@code created} is null, as the format does not record it
 * @param warnings what was left out and why (positions that do not fit, media sources…), one sentence each
 */
public record QdpxProject(
        String name,
        String origin,
        List<Tag> tags,
        List<QdpxSource> sources,
        List<Annotation> passages,
        List<Link> links,
        List<String> warnings) {

    public QdpxProject {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        passages = List.copyOf(passages);
        links = List.copyOf(links);
        warnings = List.copyOf(warnings);
    }
}
