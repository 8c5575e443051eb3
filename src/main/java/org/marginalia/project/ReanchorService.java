package org.marginalia.project;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marginalia.compare.Placement;
import org.marginalia.compare.Reanchorer;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.DocumentVersion;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.ReviewFlag;
import org.marginalia.model.SourceType;
import org.marginalia.model.TextSpan;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.Transaction;

/**
 * Re-imports a source whose file changed: keeps the previous version, replaces the text and re-attaches every passage
 * by its quote and context ({@link Reanchorer}). A passage moves only when the new place is convincing; otherwise it
 * keeps its quote and waits in the review queue. All of it is one transaction.
 */
public final class ReanchorService {

    private final ProjectFile file;
    private final SourceReader reader;
    private final CompareService compare;
    private final Clock clock;
    private final CorrectionService corrections;

    ReanchorService(ProjectFile file, SourceReader reader, CompareService compare, Clock clock,
                    CorrectionService corrections) {
        this.file = file;
        this.reader = reader;
        this.compare = compare;
        this.clock = clock;
        this.corrections = corrections;
    }

    /**
     * Reads {@code newFile} with the project's importers and makes it the new version of source {@code documentId}.
     * The file is read before anything is written, so a file that cannot be imported changes nothing.
     *
     * @throws ProjectException DUPLICATE when the file is the current version or another source already
     */
    public ReanchorReport reimport(long documentId, Path newFile) {
        return reimport(documentId, reader.read(newFile));
    }

    /**
     * Makes an already-read file the new version of source {@code documentId}; see {@link #reimport(long, Path)}.
     * A plain text file re-imported onto a source that has pages (a PDF or a scan) is a corrected transcription of
     * it: the source keeps its file and pages, only its text changes, and its word boxes follow the words that did
     * not change ({@link CorrectionService}).
     */
    public ReanchorReport reimport(long documentId, ImportedSource source) {
        return reimportAll(documentId, source).report();
    }

    /**
     * Makes {@code source}, read again from the source's own file by OCR in {@code ocrLanguage}, its new version:
     * the same file, so no duplicate check; the language is recorded. See {@link OcrService}.
     */
    ReanchorReport reread(long documentId, ImportedSource source, String ocrLanguage) {
        return replace(documentId, source, ocrLanguage);
    }

    /** The same as {@link #reimport(long, Path)}, also telling what became of the word boxes of the source's pages. */
    public Correction reimportWithPages(long documentId, Path newFile) {
        return reimportAll(documentId, reader.read(newFile));
    }

    private Correction reimportAll(long documentId, ImportedSource source) {
        boolean transcription = source.type() == SourceType.TEXT
                && !file.inTransaction(tx -> tx.pageLayouts().outline(documentId)).isEmpty();
        if (transcription) {
            return corrections.correctFrom(documentId, source);
        }
        return new Correction(replace(documentId, source, null), 0, 0, 0, null);
    }

    private ReanchorReport replace(long documentId, ImportedSource source, String ocrLanguage) {
        try {
            return file.inTransaction(tx -> {
                Document document = tx.documents().get(documentId).orElseThrow(() -> notFound(documentId));
                if (ocrLanguage == null) {
                    refuseDuplicate(tx, document, source);
                } else {
                    tx.documents().setOcrLanguage(documentId, ocrLanguage);
                }
                Instant now = clock.instant();
                List<Annotation> passages = tx.annotations().forDocument(documentId);
                DocumentVersion previous = tx.documentVersions().archiveCurrent(documentId, now);
                tx.documents().replaceContent(documentId, source, now);
                tx.pageLayouts().replace(documentId, source.layout());
                Reanchorer reanchorer = new Reanchorer(source.text());
                List<PassageOutcome> outcomes = new ArrayList<>();
                for (Annotation passage : passages) {
                    outcomes.add(reattach(tx, reanchorer, source.text(), passage, passage.span().start(), now));
                }
                return new ReanchorReport(tx.documents().get(documentId).orElseThrow(), previous, outcomes);
            });
        } finally {
            compare.forget(documentId);
        }
    }

    /** The kept earlier versions of a source, oldest first. */
    public List<DocumentVersion> versions(long documentId) {
        return file.inTransaction(tx -> tx.documentVersions().forDocument(documentId));
    }

    /** The plain text of a kept version, exactly as it was. */
    public String versionText(long versionId) {
        return file.inTransaction(tx -> tx.documentVersions().text(versionId));
    }

    /** The bytes of the file a kept version came from. */
    public byte[] versionBytes(long versionId) {
        return file.inTransaction(tx -> tx.documentVersions().originalBytes(versionId));
    }

    /** Places one passage in the new text by its quote and context, {@code hint} breaking ties; see the class. */
    static PassageOutcome reattach(Transaction tx, Reanchorer reanchorer, String text, Annotation passage, int hint,
                                   Instant now) throws SQLException {
        Placement placement = reanchorer.place(passage.quote(), passage.prefix(), passage.suffix(), hint);
        TextSpan span = placement.confident() ? PassageContext.trim(text, placement.span()) : null;
        if (span != null && !span.isEmpty()) {
            PassageContext context = PassageContext.of(text, span);
            tx.annotations().updateSpan(passage.id(), span, context.quote(), context.prefix(), context.suffix(), now);
            tx.annotations().clearReview(passage.id());
            PassageOutcome.Kind kind = context.quote().equals(passage.quote())
                    ? PassageOutcome.Kind.EXACT : PassageOutcome.Kind.MOVED;
            return new PassageOutcome(passage.id(), kind, passage.span(), span, placement.confidence(), "");
        }
        // Keep what the user marked; only the place is clamped so that the span stays valid in the new text.
        TextSpan kept = clamp(text, passage.span());
        String reason = reason(placement);
        tx.annotations().updateSpan(passage.id(), kept, passage.quote(), passage.prefix(), passage.suffix(), now);
        tx.annotations().flagForReview(new ReviewFlag(passage.id(), reason, clampScore(placement.confidence()),
                placement.span()));
        return new PassageOutcome(passage.id(), PassageOutcome.Kind.NEEDS_REVIEW, passage.span(), kept,
                placement.confidence(), reason);
    }

    private static String reason(Placement placement) {
        if (placement.kind() == Placement.Kind.NOT_FOUND) {
            return "quote not found in the new text";
        }
        return String.format(Locale.ROOT, "best match is uncertain (%.0f%%): quote %.0f%% alike, context %.0f%%",
                100 * placement.confidence(), 100 * placement.quoteSimilarity(), 100 * placement.contextSimilarity());
    }

    private static double clampScore(double score) {
        return Math.max(0, Math.min(1, score));
    }

    /** The old span moved inside the new text, never empty and never cutting a surrogate pair. */
    static TextSpan clamp(String text, TextSpan old) {
        int start = Math.min(old.start(), text.length() - 1);
        int end = Math.max(start + 1, Math.min(old.end(), text.length()));
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        return new TextSpan(start, end);
    }

    private void refuseDuplicate(Transaction tx, Document document, ImportedSource source) throws SQLException {
        refuseDuplicate(tx, file, document, source.sha256(), "The file " + source.fileName());
    }

    /** Refuses new content ({@code what}, named so) that is the source's current content or another source's. */
    static void refuseDuplicate(Transaction tx, ProjectFile file, Document document, String sha256, String what)
            throws SQLException {
        if (document.sha256().equals(sha256)) {
            throw new ProjectException(ProjectException.Reason.DUPLICATE, what
                    + " is identical to the current version of source " + document.id() + " ('" + document.title()
                    + "'); nothing to re-import");
        }
        var other = tx.documents().findBySha256(sha256);
        if (other.isPresent()) {
            throw new ProjectException(ProjectException.Reason.DUPLICATE, what
                    + " is already source " + other.get().id() + " ('" + other.get().title() + "') in project "
                    + file.path() + "; it cannot also be a version of source " + document.id());
        }
    }

    private ProjectException notFound(long id) {
        return new ProjectException(ProjectException.Reason.NOT_FOUND,
                "No source " + id + " in project " + file.path());
    }
}
