package org.marginalia.project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.marginalia.compare.Reanchorer;
import org.marginalia.compare.TextRevision;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.DocumentVersion;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageLayout;
import org.marginalia.model.ReviewFlag;
import org.marginalia.model.WordDiff;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.Transaction;

/**
 * Corrections of a source's text (a typo, an OCR misreading, a missing paragraph), as one transaction each.
 *
 * <p>A correction changes the text only. The source keeps its type, file name and original bytes (a scanned PDF or
 * photograph stays the page the reader sees); its content hash becomes the SHA-256 of the corrected text in UTF-8,
 * so caches keyed by content are read again. The previous text is kept as a version. Every passage is re-attached by
 * its quote and context ({@link Reanchorer}, with its old place carried through the word diff as the tie-breaker);
 * one that cannot be placed with confidence keeps its quote and waits in the review queue, never moved silently.
 * Page starts and word boxes move with the words that did not change ({@link TextRevision}).
 */
public final class CorrectionService {

    /** Characters of unchanged text shown on each side of a change. */
    private static final int CONTEXT = 60;

    private final ProjectFile file;
    private final CompareService compare;
    private final Clock clock;
    private final SourceReader reader;

    CorrectionService(ProjectFile file, SourceReader reader, CompareService compare, Clock clock) {
        this.file = file;
        this.reader = reader;
        this.compare = compare;
        this.clock = clock;
    }

    /**
     * Makes {@code text} the text of source {@code documentId}. Line ends are stored as {@code \n}.
     *
     * @throws ProjectException INVALID for an empty text, DUPLICATE when it is the current text or another source's
     * @throws CancellationException when {@code progress} says so; nothing is then changed
     */
    public Correction correct(long documentId, String text, CompareProgress progress) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        return apply(documentId, normalized, sha256(normalized), "The corrected text", progress);
    }

    /**
     * Makes the text of {@code textFile}, read as an import would read it, the text of source {@code documentId}; see
     * {@link #correct(long, String, CompareProgress)}. The file is read before anything is written.
     */
    public Correction correctFrom(long documentId, Path textFile) {
        return correct(documentId, reader.read(textFile).text(), CompareProgress.NONE);
    }

    /** A plain text file re-imported onto a source with pages: a correction whose content hash is the file's. */
    Correction correctFrom(long documentId, ImportedSource textFile) {
        return apply(documentId, textFile.text(), textFile.sha256(), "The file " + textFile.fileName(),
                CompareProgress.NONE);
    }

    private Correction apply(long documentId, String text, String sha, String what, CompareProgress progress) {
        if (text.isBlank()) {
            throw new ProjectException(ProjectException.Reason.INVALID, what + " is empty; a source needs text "
                    + "(delete the source instead)");
        }
        try {
            return file.inTransaction(tx -> {
                Document document = tx.documents().get(documentId).orElseThrow(() -> notFound(documentId));
                ReanchorService.refuseDuplicate(tx, file, document, sha, what);
                String before = tx.documents().text(documentId);
                TextRevision revision = TextRevision.between(before, text);
                Instant now = clock.instant();
                List<Annotation> passages = tx.annotations().forDocument(documentId);
                Map<Long, ReviewFlag> flags = new HashMap<>();
                for (Annotation passage : passages) {
                    tx.annotations().reviewFlag(passage.id()).ifPresent(f -> flags.put(passage.id(), f));
                }
                List<PageLayout> pages = tx.pageLayouts().all(documentId);
                DocumentVersion previous = tx.documentVersions().archiveCurrent(documentId, now);
                tx.documents().replaceText(documentId, text, sha, revision.map(document.pages()), now);
                TextRevision.RemappedPages boxes = revision.remap(pages);
                for (PageLayout page : boxes.pages()) {
                    tx.pageLayouts().replaceWords(documentId, page.page(), page.words());
                }
                Reanchorer reanchorer = new Reanchorer(text);
                List<PassageOutcome> outcomes = new ArrayList<>();
                for (Annotation passage : passages) {
                    stopIfCancelled(progress);
                    progress.update(outcomes.size(), passages.size());
                    outcomes.add(ReanchorService.reattach(tx, reanchorer, text, passage,
                            revision.map(passage.span().start()), now));
                }
                stopIfCancelled(progress);
                ReanchorReport report = new ReanchorReport(tx.documents().get(documentId).orElseThrow(), previous,
                        outcomes);
                return new Correction(report, boxes.kept(), boxes.corrected(), boxes.dropped(),
                        new CorrectionUndo(documentId, previous.id(), sha, passages, flags, pages));
            });
        } finally {
            compare.forget(documentId);
        }
    }

    /**
     * Undoes a correction: the kept version becomes the source's text again (and is no longer listed as a version),
     * and every passage and word box is put back exactly as it was.
     *
     * @throws ProjectException INVALID when the source's text changed again since that correction
     */
    public void undo(CorrectionUndo undo) {
        try {
            file.inTransaction(tx -> {
                long id = undo.documentId();
                Document document = tx.documents().get(id).orElseThrow(() -> notFound(id));
                if (!document.sha256().equals(undo.correctedSha())) {
                    throw new ProjectException(ProjectException.Reason.INVALID, "The text of source " + id + " ('"
                            + document.title() + "') changed again since that correction; it cannot be undone");
                }
                tx.documentVersions().restoreLatest(id, undo.versionId());
                for (PageLayout page : undo.pages()) {
                    tx.pageLayouts().replaceWords(id, page.page(), page.words());
                }
                restorePassages(tx, undo);
                return null;
            });
        } finally {
            compare.forget(undo.documentId());
        }
    }

    private void restorePassages(Transaction tx, CorrectionUndo undo) throws SQLException {
        Map<Long, Annotation> before = new HashMap<>();
        undo.passages().forEach(p -> before.put(p.id(), p));
        String text = tx.documents().text(undo.documentId());
        Reanchorer reanchorer = null;
        for (Annotation now : tx.annotations().forDocument(undo.documentId())) {
            Annotation was = before.get(now.id());
            if (was == null) {
                // Marked after the correction and still there: placed in the older text like any re-anchored one.
                reanchorer = reanchorer == null ? new Reanchorer(text) : reanchorer;
                ReanchorService.reattach(tx, reanchorer, text, now, now.span().start(), clock.instant());
                continue;
            }
            tx.annotations().updateSpan(was.id(), was.span(), was.quote(), was.prefix(), was.suffix(),
                    was.modified());
            ReviewFlag flag = undo.flags().get(was.id());
            if (flag == null) {
                tx.annotations().clearReview(was.id());
            } else {
                tx.annotations().flagForReview(flag);
            }
        }
    }

    /**
     * What changed from kept version {@code version} of a source to the text after it (the next kept version, or the
     * current text): the changed words of each stretch, with a few unchanged words around them.
     */
    public List<WordDiff> changes(long documentId, int version) {
        return file.inTransaction(tx -> {
            List<DocumentVersion> versions = tx.documentVersions().forDocument(documentId);
            DocumentVersion from = versions.stream().filter(v -> v.version() == version).findFirst()
                    .orElseThrow(() -> new ProjectException(ProjectException.Reason.NOT_FOUND, "Source "
                            + documentId + " has no kept version " + version));
            String before = tx.documentVersions().text(from.id());
            String after = tx.documents().text(documentId);
            for (DocumentVersion v : versions) {
                if (v.version() == version + 1) {
                    after = tx.documentVersions().text(v.id());
                }
            }
            return TextRevision.between(before, after).hunks(CONTEXT);
        });
    }

    private static void stopIfCancelled(CompareProgress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("Saving the corrected text was cancelled; nothing was changed");
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProjectException notFound(long id) {
        return new ProjectException(ProjectException.Reason.NOT_FOUND,
                "No source " + id + " in project " + file.path());
    }
}
