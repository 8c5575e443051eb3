package org.marginalia.project;

import java.util.List;
import org.marginalia.model.Document;
import org.marginalia.model.DocumentVersion;

/**
 * The outcome of re-importing a source: the source as it is now, the version that was kept, and what happened to
 * each of its passages.
 */
public record ReanchorReport(Document document, DocumentVersion previous, List<PassageOutcome> passages) {

    public ReanchorReport {
        passages = List.copyOf(passages);
    }

    public long count(PassageOutcome.Kind kind) {
        return passages.stream().filter(p -> p.kind() == kind).count();
    }

    public long exact() {
        return count(PassageOutcome.Kind.EXACT);
    }

    public long moved() {
        return count(PassageOutcome.Kind.MOVED);
    }

    public long needsReview() {
        return count(PassageOutcome.Kind.NEEDS_REVIEW);
    }
}
