package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.Link;
import org.marginalia.model.PageStarts;
import org.marginalia.model.Relation;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

/**
 * A full disk, simulated with {@code PRAGMA max_page_count}: every kind of write the use cases make fails with a
 * typed DISK_FULL that names the file, changes nothing, and the project works again once there is room.
 */
class DiskFullReliabilityTest {

    private static final Instant T0 = Instant.parse("2001-06-16T12:00:00Z");
    private static final String BIG = "A long note about the Ljubljana summit. ".repeat(1500);

    @TempDir
    Path dir;
    private ProjectFile project;
    private long documentId;
    private long tagId;
    private long[] passages;

    @BeforeEach
    void fill() {
        project = ProjectFile.create(dir.resolve("full.marginalia"));
        documentId = project.inTransaction(tx -> tx.documents().insert(source("first", "Perhaps Russia could be "
                + "an Ally. ".repeat(50)), T0));
        tagId = project.inTransaction(tx -> tx.tags().insert(new Tag(0, "trust", "#123456", "", null, null)).id());
        passages = new long[] {passage(0), passage(40)};
    }

    @Test
    void everyWritePathReportsAFullDiskByNameAndTheProjectCarriesOn() throws Exception {
        Map<String, ProjectFile.Work<?>> writes = new LinkedHashMap<>();
        writes.put("import a source", tx -> tx.documents().insert(source("second", BIG), T0));
        writes.put("add a tag", tx -> tx.tags().insert(new Tag(0, "big", "#654321", BIG, null, null)));
        writes.put("edit a tag", tx -> {
            tx.tags().update(new Tag(tagId, "trust", "#123456", BIG, null, null));
            return null;
        });
        writes.put("annotate with a tag", tx -> {
            long id = tx.annotations().insert(new Annotation(0, documentId, new TextSpan(5, 20), "quote", "", "",
                    BIG, "historian", T0, T0, List.of()));
            return tx.annotationTags().add(id, tagId);
        });
        writes.put("write a note", tx -> {
            tx.annotations().updateNote(passages[0], BIG, T0);
            return null;
        });
        writes.put("link two passages", tx -> tx.links().insert(new Link(0, passages[0], passages[1],
                Relation.PARAPHRASES, BIG, T0)));
        writes.put("import many passages", tx -> {
            for (int i = 0; i < 200; i++) {
                long id = tx.annotations().insert(new Annotation(0, documentId, new TextSpan(i, i + 10), "q", "", "",
                        BIG.substring(0, 3000) + i, "historian", T0, T0, List.of()));
                tx.annotationTags().add(id, tagId);
            }
            return null;
        });
        writes.put("edit source details", tx -> {
            tx.documents().updateMetadata(documentId, SourceMetadata.titled(BIG));
            return null;
        });

        for (var write : writes.entrySet()) {
            String before = contents();
            long pages = pragma("page_count");
            pragma("max_page_count = " + pages);

            StoreException e = catchThrowableOfType(() -> project.inTransaction(write.getValue()),
                    StoreException.class);

            System.out.printf("disk full: %-20s -> %s (%d suppressed: %s)%n", write.getKey(),
                    e == null ? "no error" : e.reason(), e == null ? 0 : e.getSuppressed().length,
                    e == null || e.getSuppressed().length == 0 ? "" : e.getSuppressed()[0].getMessage());
            assertThat(e).as(write.getKey()).isNotNull();
            assertThat(e.reason()).as(write.getKey()).isEqualTo(StoreException.Reason.DISK_FULL);
            assertThat(e.getMessage()).contains("full.marginalia").contains("disk is full");
            assertThat(contents()).as(write.getKey() + " changed nothing").isEqualTo(before);

            pragma("max_page_count = 1000000");
            assertThat(project.check()).isEmpty();
            // After SQLite's own rollback, an action must still be all or nothing.
            assertThatThrownBy(() -> project.inTransaction(tx -> {
                tx.tags().insert(new Tag(0, "half " + write.getKey(), "#111111", "", null, null));
                throw new IllegalStateException("interrupted");
            })).hasMessage("interrupted");
            assertThat(contents()).isEqualTo(before);
            project.inTransaction(write.getValue());
            assertThat(contents()).isNotEqualTo(before);
        }
        project.close();
        try (ProjectFile reopened = ProjectFile.open(dir.resolve("full.marginalia"))) {
            assertThat(reopened.check()).isEmpty();
        }
    }

    @Test
    void whenSqliteRollsBackTheWholeTransactionItselfTheFullDiskIsStillWhatIsReported() throws Exception {
        // A single-row insert into a table without indexes needs no statement journal, so on SQLITE_FULL SQLite
        // rolls back the whole transaction; the driver's own rollback then fails and must not hide the full disk.
        try (Statement s = project.connection().createStatement()) {
            s.execute("CREATE TABLE scratch (x BLOB)");
        }
        project.inTransaction(tx -> null);
        String before = contents();
        pragma("max_page_count = " + (pragma("page_count") + 1));
        StoreException e = catchThrowableOfType(() -> project.inTransaction(tx -> {
            tx.tags().insert(new Tag(0, "lost with the rollback", "#111111", "", null, null));
            try (Statement s = project.connection().createStatement()) {
                for (int i = 0; i < 100; i++) {
                    s.execute("INSERT INTO scratch VALUES (randomblob(3000))");
                }
            }
            return null;
        }), StoreException.class);
        System.out.println("disk full, whole transaction rolled back by SQLite: " + e.reason() + ", suppressed "
                + Arrays.toString(e.getSuppressed()));
        assertThat(e.reason()).isEqualTo(StoreException.Reason.DISK_FULL);
        assertThat(e.getMessage()).contains("full.marginalia");
        assertThat(e.getSuppressed()).isNotEmpty();
        pragma("max_page_count = 1000000");
        assertThat(contents()).isEqualTo(before);
        assertThatThrownBy(() -> project.inTransaction(tx -> {
            tx.tags().insert(new Tag(0, "half done", "#111111", "", null, null));
            throw new IllegalStateException("interrupted");
        })).hasMessage("interrupted");
        assertThat(contents()).as("the next action is all or nothing again").isEqualTo(before);
        assertThat(project.check()).isEmpty();
    }

    private long passage(int start) {
        return project.inTransaction(tx -> {
            long id = tx.annotations().insert(new Annotation(0, documentId, new TextSpan(start, start + 10),
                    "q", "", "", "", "historian", T0, T0, List.of()));
            tx.annotationTags().add(id, tagId);
            return id;
        });
    }

    /** A fingerprint of everything a user could see, to show a failed write changed none of it. */
    private String contents() {
        return project.inTransaction(tx -> tx.documents().all().toString() + tx.tags().all() + tx.annotations().all()
                + tx.links().all());
    }

    private long pragma(String pragma) throws SQLException {
        try (Statement s = project.connection().createStatement()) {
            if (pragma.contains("=")) {
                s.execute("PRAGMA " + pragma);
                return 0;
            }
            try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
                return rs.getLong(1);
            }
        }
    }

    private static ImportedSource source(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(sha256(bytes));
        return new ImportedSource(SourceMetadata.titled(name), SourceType.TEXT, name + ".txt", bytes, sha, text,
                PageStarts.none());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
