package org.marginalia.project;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.marginalia.importer.qdpx.QdpxProject;
import org.marginalia.importer.qdpx.QdpxReader;
import org.marginalia.importer.qdpx.QdpxSource;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Link;
import org.marginalia.model.Tag;
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
        QdpxProject incoming = new QdpxReader().read(qdpx);
        backups.beforeBulkChange();
        Instant now = clock.instant();
        return file.inTransaction(tx -> {
            List<String> warnings = new ArrayList<>(incoming.warnings());
            int tagsBefore = tx.tags().all().size();
            Map<Long, Long> tagIds = importTags(tx, incoming.tags());
            int tagsAdded = tx.tags().all().size() - tagsBefore;

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
                    warnings.add("Source '" + source.source().metadata().title() + "' is in the project already with "
                            + "a different text; its passages were not imported");
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
                    if (real != null) {
                        tx.annotationTags().add(id, real);
                    }
                }
            }

            int links = 0;
            for (Link link : incoming.links()) {
                Long from = passageIds.get(link.fromAnnotationId());
                Long to = passageIds.get(link.toAnnotationId());
                if (from != null && to != null && !from.equals(to)) {
                    tx.links().insert(new Link(0, from, to, link.relation(), link.note(), orNow(link.created(), now)));
                    links++;
                }
            }
            return new ProjectImport(added, present, tagsAdded, passageIds.size(), links, warnings);
        });
    }

    /** Maps provisional tag ids to stored ones, reusing a tag of the same name under the same parent. */
    private static Map<Long, Long> importTags(Transaction tx, List<Tag> incoming) throws SQLException {
        Map<Long, Long> ids = new HashMap<>();
        List<Tag> pending = new ArrayList<>(incoming);
        List<Tag> existing = new ArrayList<>(tx.tags().all());
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Tag tag = it.next();
                if (tag.parentId() != null && !ids.containsKey(tag.parentId())) {
                    continue;
                }
                Long parent = tag.parentId() == null ? null : ids.get(tag.parentId());
                Optional<Tag> same = existing.stream()
                        .filter(t -> t.name().equals(tag.name()) && Objects.equals(t.parentId(), parent)).findFirst();
                if (same.isPresent()) {
                    ids.put(tag.id(), same.get().id());
                } else {
                    boolean keyFree = tag.shortcutKey() == null
                            || existing.stream().noneMatch(t -> tag.shortcutKey().equals(t.shortcutKey()));
                    Tag stored = tx.tags().insert(new Tag(0, tag.name(), tag.color(), tag.description(), parent,
                            keyFree ? tag.shortcutKey() : null));
                    existing.add(stored);
                    ids.put(tag.id(), stored.id());
                }
                it.remove();
                progress = true;
            }
            if (!progress) {
                throw new ProjectException(ProjectException.Reason.INVALID,
                        "The codebook of the imported project has a cycle in its tag hierarchy");
            }
        }
        return ids;
    }

    private static Instant orNow(Instant instant, Instant now) {
        return instant == null ? now : instant;
    }
}
