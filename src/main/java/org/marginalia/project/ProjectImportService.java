package org.marginalia.project;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marginalia.importer.qdpx.ImportTally;
import org.marginalia.importer.qdpx.QdpxProject;
import org.marginalia.importer.qdpx.QdpxReader;
import org.marginalia.importer.qdpx.QdpxSource;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.ProjectNote;
import org.marginalia.store.ProjectFile;
import org.marginalia.store.Transaction;

/**
 * Brings a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or Marginalia) into this one, in one
 * transaction: the archive is read and checked completely first, so a hostile or broken file changes nothing.
 */
public final class ProjectImportService {

    private final ProjectFile file;
    private final Clock clock;
    private final BackupService backups;

    ProjectImportService(ProjectFile file, Clock clock, BackupService backups) {
        this.file = file;
        this.clock = clock;
        this.backups = backups;
    }

    public ProjectImport importQdpx(Path qdpx) {
        return importQdpx(qdpx, false);
    }

    /**
     * Imports the project; with {@code repair}, bare {@code &} and {@code <} (a known exporter defect) are escaped
     * in a copy beside the file first, and the report says where.
     */
    public ProjectImport importQdpx(Path qdpx, boolean repair) {
        QdpxProject incoming = new QdpxReader().read(qdpx, repair);
        backups.beforeBulkChange();
        Instant now = clock.instant();
        ImportTally tally = incoming.tally();
        return file.inTransaction(tx -> {
            Codebook codebook = new Codebook(tx);
            int tagsBefore = codebook.size();
            Map<Long, Long> tagIds = codebook.merge(incoming.tags());
            int tagsAdded = codebook.size() - tagsBefore;

            Map<Long, Long> documentIds = new HashMap<>();
            int added = 0;
            int present = 0;
            for (QdpxSource source : incoming.sources()) {
                Optional<Document> same = tx.documents().findBySha256(source.source().sha256());
                if (same.isEmpty()) {
                    documentIds.put(source.provisionalId(), tx.documents().insert(source.source(), now));
                    added++;
                } else if (tx.documents().text(same.get().id()).equals(source.source().text())) {
                    documentIds.put(source.provisionalId(), same.get().id());
                    present++;
                } else {
                    tally.dropped("sources", "Source '" + source.source().metadata().title() + "' is in the project "
                            + "already with a different text; it and its passages were not imported.");
                }
            }

            Map<Long, Long> passageIds = new HashMap<>();
            for (Annotation passage : incoming.passages()) {
                Long documentId = documentIds.get(passage.documentId());
                if (documentId == null) {
                    continue;
                }
                Annotation stored = new Annotation(0, documentId, passage.span(), passage.quote(), passage.prefix(),
                        passage.suffix(), passage.note(), passage.author(), orNow(passage.created(), now),
                        orNow(passage.modified(), now), List.of());
                long id = tx.annotations().insert(stored);
                passageIds.put(passage.id(), id);
                for (long tagId : passage.tagIds()) {
                    Long real = tagIds.get(tagId);
                    if (real != null && codebook.codable(real)) {
                        tx.annotationTags().add(id, real);
                    } else if (real != null) {
                        tally.skipped("codings", "a coding applies the tag folder '" + codebook.name(real)
                                + "', which is never applied; the passage came in without it.");
                    }
                }
            }
            int notes = importNotes(tx, incoming.notes(), documentIds, now);
            int links = 0;
            for (Link link : incoming.links()) {
                Long from = passageIds.get(link.fromAnnotationId());
                Long to = passageIds.get(link.toAnnotationId());
                if (from != null && to != null && !from.equals(to)) {
                    tx.links().insert(new Link(0, from, to, link.relation(), link.note(), orNow(link.created(), now)));
                    links++;
                }
            }
            return new ProjectImport(added, present, tagsAdded, passageIds.size(), links, notes, tally.warnings(),
                    tally.report());
        });
    }

    private static int importNotes(Transaction tx, List<ProjectNote> notes, Map<Long, Long> documentIds,
            Instant now) throws SQLException {
        int stored = 0;
        for (ProjectNote note : notes) {
            Long documentId = note.documentId() == null ? null : documentIds.get(note.documentId());
            if (note.documentId() != null && documentId == null) {
                continue;
            }
            Instant created = Instant.EPOCH.equals(note.created()) ? now : note.created();
            tx.projectNotes().insert(new ProjectNote(0, documentId, note.text(), created,
                    Instant.EPOCH.equals(note.modified()) ? created : note.modified()));
            stored++;
        }
        return stored;
    }

    private static Instant orNow(Instant instant, Instant now) {
        return instant == null ? now : instant;
    }
}
