package org.marginalia.project;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.marginalia.export.csl.CitationFormatter;
import org.marginalia.model.Annotation;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.CitedSource;
import org.marginalia.model.Document;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.Transaction;

/**
 * Citations of passages and bibliographies of sources in a CSL style, and the citation details they are built
 * from. The CSL processor is loaded the first time a citation is asked for, so opening a project does not pay for it.
 */
public final class CitationService {

    private final ProjectFile file;
    private final Map<String, CitationFormatter> formatters = new ConcurrentHashMap<>();
    private volatile CitationStyle preferred = CitationStyle.CHICAGO_NOTES;

    CitationService(ProjectFile file) {
        this.file = file;
    }

    /** The style Copy Citation uses, as chosen in the preferences; a user's style is checked before it is taken. */
    public void prefer(CitationStyle style) {
        formatter(style);
        preferred = style;
    }

    public CitationStyle preferred() {
        return preferred;
    }

    /** The citation of a passage in the preferred style, with the page it starts on. */
    public String cite(long annotationId) {
        return cite(annotationId, preferred);
    }

    public String cite(long annotationId, CitationStyle style) {
        record Cited(CitedSource source, int page) {
        }
        Cited cited = file.inTransaction(tx -> {
            Annotation passage = passage(tx, annotationId);
            Document source = document(tx, passage.documentId());
            return new Cited(cited(source, details(tx, source.id())), source.pages().pageAt(passage.span().start()));
        });
        return formatter(style).cite(cited.source(), cited.page());
    }

    /** The bibliography entries of these sources, in the style's order. */
    public List<String> bibliography(List<Long> documentIds, CitationStyle style) {
        List<CitedSource> sources = file.inTransaction(tx -> {
            List<CitedSource> out = new ArrayList<>();
            for (long id : documentIds) {
                out.add(cited(document(tx, id), details(tx, id)));
            }
            return out;
        });
        return formatter(style).bibliography(sources);
    }

    /** The bibliography of the sources these passages come from, each source once. */
    public List<String> bibliographyOfPassages(List<Long> annotationIds, CitationStyle style) {
        List<Long> documents = file.inTransaction(tx -> {
            List<Long> ids = new ArrayList<>();
            for (long annotationId : annotationIds) {
                long documentId = passage(tx, annotationId).documentId();
                if (!ids.contains(documentId)) {
                    ids.add(documentId);
                }
            }
            return ids;
        });
        return bibliography(documents, style);
    }

    /** Every source of the project as a bibliography sees it, keyed by its id. */
    public List<CitedSource> sources() {
        return file.inTransaction(tx -> {
            List<CitedSource> out = new ArrayList<>();
            for (Document document : tx.documents().all()) {
                out.add(cited(document, details(tx, document.id())));
            }
            return out;
        });
    }

    /** The citation of every passage of a snapshot, by passage id, for the reports and the CSV. */
    public Map<Long, String> passageCitations(ProjectSnapshot snapshot, CitationStyle style) {
        Map<Long, CitationDetails> details = file.inTransaction(tx -> {
            Map<Long, CitationDetails> byDocument = new HashMap<>();
            for (Document document : snapshot.documents()) {
                byDocument.put(document.id(), details(tx, document.id()));
            }
            return byDocument;
        });
        CitationFormatter formatter = formatter(style);
        Map<Long, String> citations = new HashMap<>();
        for (Annotation passage : snapshot.annotations()) {
            snapshot.document(passage.documentId()).ifPresent(source -> citations.put(passage.id(),
                    formatter.cite(cited(source, details.getOrDefault(source.id(), CitationDetails.NONE)),
                            source.pages().pageAt(passage.span().start()))));
        }
        return citations;
    }

    /**
     * Cites sources at pages in a style, for a streamed export: each source's details are read once and each
     * (source, page) is formatted once, so 100,000 passages on a few pages cost a few citations. Call it inside the
     * export's transaction.
     */
    public PageCiter pageCiter(CitationStyle style) {
        CitationFormatter formatter = formatter(style);
        Map<Long, CitedSource> sources = new HashMap<>();
        Map<Long, Map<Integer, String>> done = new HashMap<>();
        return (source, page) -> done.computeIfAbsent(source.id(), id -> new HashMap<>()).computeIfAbsent(page,
                p -> formatter.cite(sources.computeIfAbsent(source.id(),
                        id -> cited(source, file.inTransaction(tx -> details(tx, id)))), p));
    }

    /** A citation of a source at a page (0: the source has no pages). */
    @FunctionalInterface
    public interface PageCiter {
        String cite(Document source, int page);
    }

    public CitationDetails details(long documentId) {
        return file.inTransaction(tx -> details(tx, documentId));
    }

    public CitationDetails updateDetails(long documentId, CitationDetails details) {
        return file.inTransaction(tx -> {
            tx.citationDetails().update(documentId, details);
            return details(tx, documentId);
        });
    }

    /** The metadata warnings of every source, each prefixed with the source it is about, for {@code check}. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (Document document : file.inTransaction(tx -> tx.documents().all())) {
            for (String warning : MetadataWarnings.of(document.metadata())) {
                warnings.add("source " + document.id() + " '" + document.title() + "': " + warning);
            }
        }
        return warnings;
    }

    static CitedSource cited(Document source, CitationDetails details) {
        return new CitedSource("source" + source.id(), source.metadata(), details);
    }

    private CitationFormatter formatter(CitationStyle style) {
        return formatters.computeIfAbsent(style.reference(), reference -> new CitationFormatter(style));
    }

    private CitationDetails details(Transaction tx, long documentId) throws SQLException {
        return tx.citationDetails().get(documentId).orElse(CitationDetails.NONE);
    }

    private Annotation passage(Transaction tx, long annotationId) throws SQLException {
        return tx.annotations().get(annotationId).orElseThrow(() -> new ProjectException(
                ProjectException.Reason.NOT_FOUND, "No passage " + annotationId + " in project " + file.path()));
    }

    private Document document(Transaction tx, long id) throws SQLException {
        return tx.documents().get(id).orElseThrow(() -> new ProjectException(ProjectException.Reason.NOT_FOUND,
                "No source " + id + " in project " + file.path()));
    }
}
