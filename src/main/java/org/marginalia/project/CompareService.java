package org.marginalia.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.Alignment;
import org.marginalia.model.Candidate;
import org.marginalia.compare.CounterpartFinder;
import org.marginalia.model.QuoteCheck;
import org.marginalia.model.QuoteChecksBothWays;
import org.marginalia.compare.QuoteChecker;
import org.marginalia.compare.SentenceAligner;
import org.marginalia.compare.WordDiffer;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.model.WordDiff;

/**
 * Paraphrase against transcript: counterpart search, quote checks, sentence alignment and word diffs between the
 * project's sources. Each source is indexed once per open project and reused for every query.
 */
public final class CompareService {

    /** Alignment pairs scoring below this are left unpaired rather than drawn as doubtful connectors. */
    public static final double ALIGN_THRESHOLD = 0.35;

    private final SourceService sources;
    private final PassageService passages;
    private final Map<Long, CounterpartFinder.Index> indexes = new HashMap<>();

    CompareService(SourceService sources, PassageService passages) {
        this.sources = sources;
        this.passages = passages;
    }

    /** The word-by-word difference from passage {@code leftId} to passage {@code rightId}. */
    public WordDiff diff(long leftId, long rightId) {
        return new WordDiffer().diff(passages.get(leftId).quote(), passages.get(rightId).quote());
    }

    /** The difference a link stands for, read from the passage it points to towards the one it starts from. */
    public WordDiff diff(Link link) {
        return diff(link.toAnnotationId(), link.fromAnnotationId());
    }

    /** The {@code top} passages of source {@code targetId} most likely to be where {@code passage} comes from. */
    public List<Candidate> counterparts(String passage, long targetId, int top) {
        if (passage == null || passage.isBlank()) {
            throw new ProjectException(ProjectException.Reason.INVALID, "The passage to look for is empty");
        }
        return index(targetId).find(passage, top);
    }

    /** Counterparts of a stored passage in another source. */
    public List<Candidate> counterparts(long annotationId, long targetId, int top) {
        Annotation annotation = passages.get(annotationId);
        return counterparts(annotation.quote(), targetId, top);
    }

    /** Every quotation in source {@code documentId}, checked against source {@code referenceId}. */
    public List<QuoteCheck> checkQuotes(long documentId, long referenceId) {
        return new QuoteChecker().checkAll(sources.text(documentId), index(referenceId));
    }

    /**
     * The quotations of each source checked against the other, both directions in one call, so the window shows
     * both without a hidden "active pane".
     */
    public QuoteChecksBothWays checkQuotesBothWays(long a, long b) {
        return new QuoteChecksBothWays(a, b, checkQuotes(a, b), checkQuotes(b, a));
    }

    /** Each sentence of source {@code a} paired with its best counterpart in source {@code b}, in reading order. */
    public List<AlignedPair> align(long a, long b) {
        return new SentenceAligner().align(sources.text(a), index(b), ALIGN_THRESHOLD);
    }

    /**
     * Every sentence of source {@code a} with its counterpart in source {@code b} and the word diff between them, and
     * the sentences of either that have none: the alignment table of the window and its exports.
     */
    public Alignment alignment(long a, long b) {
        return AlignmentBuilder.build(a, sources.text(a), b, text(b), align(a, b));
    }

    /** The text of a source, so callers can cut spans out of it. */
    public String text(long documentId) {
        return index(documentId).text();
    }

    /** Forgets a source's index, e.g. after its text was replaced. */
    public void forget(long documentId) {
        indexes.remove(documentId);
    }

    private CounterpartFinder.Index index(long documentId) {
        return indexes.computeIfAbsent(documentId, id -> CounterpartFinder.index(sources.text(id)));
    }
}
