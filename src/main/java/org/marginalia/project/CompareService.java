package org.marginalia.project;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marginalia.compare.CounterpartFinder;
import org.marginalia.compare.EmbedderUnavailableException;
import org.marginalia.compare.Language;
import org.marginalia.compare.E5Embedder;
import org.marginalia.compare.QuoteChecker;
import org.marginalia.compare.SentenceAligner;
import org.marginalia.compare.SentenceEmbedder;
import org.marginalia.compare.WordDiffer;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.Alignment;
import org.marginalia.model.Annotation;
import org.marginalia.model.Candidate;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.MatchStrength;
import org.marginalia.model.QuoteCheck;
import org.marginalia.model.QuoteChecksBothWays;
import org.marginalia.model.WordDiff;
import org.marginalia.store.ProjectFile;

/**
 * Paraphrase against transcript: counterpart search, quote checks, sentence alignment and word diffs between the
 * project's sources.
 *
 * <p>Each source is indexed once and reused for every query; the index cache is keyed by the source's content hash (and
 * dropped when a language is set), so a re-import, restore or undo that changes a text can never be answered from the
 * old text. Sentence embeddings (comparison by meaning) are computed once per text, stored in the project file under
 * the same hash and read back on the next open; a query then only embeds itself. When the sentence model cannot load,
 * everything works on words alone and {@link #notice()} says so.
 */
public final class CompareService {

    /** Alignment pairs scoring below this are left unpaired rather than drawn as doubtful connectors. */
    public static final double ALIGN_THRESHOLD = SentenceAligner.DEFAULT_THRESHOLD;

    private final ProjectFile file;
    private final SourceService sources;
    private final PassageService passages;
    private final SentenceEmbedder embedder;
    private final Map<String, CounterpartFinder.Index> indexes = new HashMap<>();
    private String notice;

    CompareService(ProjectFile file, SourceService sources, PassageService passages, SentenceEmbedder embedder) {
        this.file = file;
        this.sources = sources;
        this.passages = passages;
        this.embedder = embedder;
    }

    /**
     * Why comparison works on words alone, when it does: the sentence model could not load. Empty while meaning is
     * used (or not yet tried).
     */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /** The language comparison uses for a source: the one set for it, else the one its text suggests. */
    public String language(long documentId) {
        String set = file.inTransaction(tx -> tx.documents().language(documentId));
        return set.isEmpty() ? Language.detect(sources.text(documentId)).code() : set;
    }

    /** Sets a source's language (an ISO 639-1 code such as "en", "de", "ru"; blank clears it). */
    public void setLanguage(long documentId, String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!wanted.isEmpty() && !Language.known(wanted)) {
            throw new ProjectException(ProjectException.Reason.INVALID, "Unknown language '" + code
                    + "'; known: " + Arrays.stream(Language.values()).map(Language::code).toList());
        }
        file.inTransaction(tx -> {
            tx.documents().get(documentId).orElseThrow(() -> new ProjectException(ProjectException.Reason.NOT_FOUND,
                    "No source " + documentId + " in project " + file.path()));
            tx.documents().setLanguage(documentId, wanted);
            return null;
        });
        indexes.clear();
    }

    /**
     * Makes sure the sentences of a source are embedded and stored, embedding them now if not: the long step (about
     * 56 s of CPU for 100,000 words with e5-small-v2), meant to run in the background. Returns false when cancelled,
     * when the source is not English (the model is English), or when the model cannot load (see {@link #notice()}).
     */
    public boolean prepareMeaning(long documentId, CompareProgress progress) {
        Document source = sources.get(documentId);
        if (Language.ofCode(language(documentId)) != Language.ENGLISH || notice != null) {
            return false;
        }
        if (storedVectors(source.sha256()) != null) {
            return true;
        }
        String text = sources.text(documentId);
        List<String> sentences = CounterpartFinder.sentences(text).stream().map(s -> s.of(text)).toList();
        float[][] vectors = new float[sentences.size()][];
        try {
            for (int from = 0; from < sentences.size(); from += E5Embedder.BATCH) {
                if (progress.cancelled()) {
                    return false;
                }
                int to = Math.min(sentences.size(), from + E5Embedder.BATCH);
                float[][] batch = embedder.embed(sentences.subList(from, to));
                System.arraycopy(batch, 0, vectors, from, batch.length);
                progress.update(to, sentences.size());
            }
        } catch (EmbedderUnavailableException e) {
            notice = "Comparison by meaning is off (" + e.getMessage() + "); matching uses words only.";
            return false;
        }
        file.inTransaction(tx -> {
            tx.embeddings().put(source.sha256(), embedder.modelName(), vectors);
            tx.embeddings().pruneOrphans();
            return null;
        });
        indexes.remove(source.sha256());
        return true;
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

    /**
     * For a batch of passages (one quotation per line of a student's paper), the {@code top} counterparts of each in
     * source {@code targetId}, in the order given; a blank passage gets no candidates.
     */
    public List<List<Candidate>> counterpartsOfEach(List<String> passagesToFind, long targetId, int top) {
        CounterpartFinder.Index index = index(targetId);
        return passagesToFind.stream().map(p -> p.isBlank() ? List.<Candidate>of() : index.find(p, top)).toList();
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

    /**
     * Kept for callers that replace a source's text. The cache is keyed by content hash, so nothing stale can be
     * served; this only frees the memory early.
     */
    public void forget(long documentId) {
        indexes.clear();
    }

    private CounterpartFinder.Index index(long documentId) {
        Document source = sources.get(documentId);
        CounterpartFinder.Index cached = indexes.get(source.sha256());
        if (cached != null) {
            return cached;
        }
        String code = language(documentId);
        prepareMeaning(documentId, CompareProgress.NONE);
        float[][] vectors = notice == null ? storedVectors(source.sha256()) : null;
        CounterpartFinder.Index index = CounterpartFinder.index(sources.text(documentId), Language.ofCode(code),
                vectors, vectors == null ? null : embedder);
        indexes.put(source.sha256(), index);
        return index;
    }

    private float[][] storedVectors(String sha256) {
        return file.inTransaction(tx -> tx.embeddings().get(sha256, embedder.modelName())).orElse(null);
    }
}
