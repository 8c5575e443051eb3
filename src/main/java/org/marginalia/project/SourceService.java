package org.marginalia.project;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.marginalia.export.Citation;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.SourceMetadata;
import org.marginalia.store.ProjectFile;

/** Use cases on sources: import, list, read, edit metadata. */
public final class SourceService {

    private final ProjectFile file;
    private final SourceReader reader;
    private final Clock clock;

    SourceService(ProjectFile file, SourceReader reader, Clock clock) {
        this.file = file;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Imports one file. The file is read and converted before the transaction starts, so a file that cannot be
     * imported leaves the project exactly as it was.
     */
    public ImportOutcome importFile(Path path) {
        ImportedSource source = reader.read(path);
        return add(source);
    }

    /** Stores an already-read source, or reports the one with the same SHA-256 that is there already. */
    public ImportOutcome add(ImportedSource source) {
        return file.inTransaction(tx -> {
            var existing = tx.documents().findBySha256(source.sha256());
            if (existing.isPresent()) {
                return new ImportOutcome(existing.get(), true, source.warnings());
            }
            long id = tx.documents().insert(source, clock.instant());
            return new ImportOutcome(tx.documents().get(id).orElseThrow(), false, source.warnings());
        });
    }

    public List<Document> list() {
        return file.inTransaction(tx -> tx.documents().all());
    }

    /** How many passages each source has. */
    public Map<Long, Integer> passageCounts() {
        return file.inTransaction(tx -> tx.annotations().countsByDocument());
    }

    public Document get(long id) {
        return file.inTransaction(tx -> tx.documents().get(id)).orElseThrow(() -> notFound(String.valueOf(id)));
    }

    /** Finds a source by its id or its exact title, as the command line names them. */
    public Document resolve(String idOrTitle) {
        return file.inTransaction(tx -> {
            if (idOrTitle.matches("\\d{1,18}")) {
                var byId = tx.documents().get(Long.parseLong(idOrTitle));
                if (byId.isPresent()) {
                    return byId.get();
                }
            }
            List<Document> byTitle = tx.documents().findByTitle(idOrTitle.strip());
            if (byTitle.size() > 1) {
                throw new ProjectException(ProjectException.Reason.AMBIGUOUS, "More than one source is titled '"
                        + idOrTitle + "' (ids " + byTitle.stream().map(d -> String.valueOf(d.id())).toList()
                        + "); name it by id");
            }
            return byTitle.stream().findFirst().orElseThrow(() -> notFound(idOrTitle));
        });
    }

    /** The stored plain text, exactly as imported. */
    public String text(long documentId) {
        return file.inTransaction(tx -> tx.documents().text(documentId));
    }

    public byte[] originalBytes(long documentId) {
        return file.inTransaction(tx -> tx.documents().originalBytes(documentId));
    }

    public Document updateMetadata(long documentId, SourceMetadata metadata) {
        if (metadata.title().isBlank()) {
            throw new ProjectException(ProjectException.Reason.INVALID, "A source needs a title");
        }
        return file.inTransaction(tx -> {
            tx.documents().updateMetadata(documentId, metadata);
            return tx.documents().get(documentId).orElseThrow(() -> notFound(String.valueOf(documentId)));
        });
    }

    /**
     * A Chicago-style note citing a passage: its source's metadata and the page the passage starts on, for the
     * window's "Copy citation".
     */
    public String citation(long annotationId) {
        return file.inTransaction(tx -> {
            Annotation passage = tx.annotations().get(annotationId).orElseThrow(() -> new ProjectException(
                    ProjectException.Reason.NOT_FOUND, "No passage " + annotationId + " in project " + file.path()));
            Document source = tx.documents().get(passage.documentId())
                    .orElseThrow(() -> notFound(String.valueOf(passage.documentId())));
            return Citation.note(source.metadata(), source.pages().pageAt(passage.span().start()));
        });
    }

    /** Removes a source with its passages and their links (used to undo an import); returns what it was. */
    public Document delete(long documentId) {
        return file.inTransaction(tx -> {
            Document document = tx.documents().get(documentId).orElseThrow(() -> notFound(String.valueOf(documentId)));
            tx.documents().delete(documentId);
            return document;
        });
    }

    private ProjectException notFound(String name) {
        return new ProjectException(ProjectException.Reason.NOT_FOUND,
                "No source '" + name + "' in project " + file.path());
    }
}
