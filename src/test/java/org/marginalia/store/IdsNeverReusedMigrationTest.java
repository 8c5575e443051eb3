package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.SearchHit;

/**
 * The migration that gives rows AUTOINCREMENT, run on a file as the release before it wrote it (schema 002): every
 * row, reference, index and search entry survives, and a deleted id is never handed out again.
 */
class IdsNeverReusedMigrationTest {

    private static final int RELEASE_BEFORE = 2;
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    @TempDir
    Path dir;

    @Test
    void theReleaseBeforeReusesADeletedTopId() throws Exception {
        Path file = releaseBeforeFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            long first = insertPassage(s);
            s.execute("DELETE FROM annotation WHERE id = " + first);
            assertThat(insertPassage(s)).isEqualTo(first);
        }
    }

    @Test
    void upgradeKeepsEveryRowReferenceAndSearchEntry() throws Exception {
        Path file = releaseBeforeFile();
        // Later migrations may add columns; every column the release had must keep its value.
        Map<String, String> columns = SchemaDump.columns(file, TABLES);
        List<String> before = SchemaDump.dump(file, columns);
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThat(project.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
            assertThat(project.check()).isEmpty();
            List<SearchHit> hits = project.inTransaction(tx -> tx.search().phrase("marginal", 10));
            assertThat(hits).hasSize(2);
        }
        assertThat(SchemaDump.dump(file, columns)).isEqualTo(before);
        assertThat(SchemaDump.sql(file,
                "SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name"))
                .map(row -> row.replace("|", "")).contains("annotation_document", "annotation_needs_review",
                        "tag_name_per_parent", "tag_shortcut_key", "link_from", "link_to",
                        "document_indexed", "note_indexed", "note_unindexed");
    }

    @Test
    void afterTheUpgradeADeletedIdIsNeverHandedOutAgain() throws Exception {
        Path file = releaseBeforeFile();
        ProjectFile.open(file).close();
        try (ProjectFile project = ProjectFile.open(file); Statement s = project.connection().createStatement()) {
            long first = insertPassage(s);
            s.execute("DELETE FROM annotation WHERE id = " + first);
            assertThat(insertPassage(s)).isEqualTo(first + 1);
            s.execute("DELETE FROM tag WHERE id = 4");
            s.execute("INSERT INTO tag (name, color) VALUES ('again', '#000000')");
            assertThat(SchemaDump.lastId(s)).isEqualTo(5);
            project.connection().commit();
        }
    }

    @Test
    void foreignKeysAreEnforcedAgainAfterTheUpgrade() throws Exception {
        Path file = releaseBeforeFile();
        try (ProjectFile project = ProjectFile.open(file); Statement s = project.connection().createStatement()) {
            s.execute("DELETE FROM document WHERE id = 1");
            project.connection().commit();
            assertThat(SchemaDump.count(s, "annotation")).isEqualTo(1);
            assertThat(SchemaDump.count(s, "link")).isZero();
            assertThat(SchemaDump.count(s, "document_version")).isZero();
        }
    }

    /** A project as schema 002 left it: two sources, nested tags, tagged and linked passages, an old version. */
    private Path releaseBeforeFile() throws SQLException {
        Path file = dir.resolve("release-before.marginalia").toAbsolutePath();
        List<String> scripts = Migrations.bundled().scripts().subList(0, RELEASE_BEFORE);
        ProjectFile.openChecked(file, Migrations.of(scripts)).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("INSERT INTO tag (id, name, color) VALUES (1, 'people', '#112233')");
            s.execute("INSERT INTO tag (id, name, color, parent_id, shortcut_key) VALUES (4, 'clerks', '#445566', 1,"
                    + " 'c')");
            s.execute(document(1, HASH_A, "the marginal note of a clerk"));
            s.execute(document(7, HASH_B, "another source"));
            s.execute("INSERT INTO annotation (id, document_id, start_offset, end_offset, quote, note, created_at,"
                    + " modified_at, needs_review, review_reason) VALUES (3, 1, 4, 12, 'marginal', 'see marginal',"
                    + " 't', 't', 1, 'moved')");
            s.execute("INSERT INTO annotation (id, document_id, start_offset, end_offset, quote, created_at,"
                    + " modified_at) VALUES (11, 1, 13, 17, 'note', 't', 't')");
            s.execute("INSERT INTO annotation (id, document_id, start_offset, end_offset, quote, created_at,"
                    + " modified_at) VALUES (9, 7, 0, 7, 'another', 't', 't')");
            s.execute("INSERT INTO annotation_tag VALUES (3, 4), (11, 1)");
            s.execute("INSERT INTO link (id, from_annotation, to_annotation, relation, created_at)"
                    + " VALUES (5, 3, 11, 'quotes', 't')");
            s.execute("INSERT INTO document_version (id, document_id, version, source_type, file_name, sha256,"
                    + " original_bytes, plain_text, text_length, imported_at, replaced_at) VALUES (2, 1, 1, 'text',"
                    + " 'a.txt', '" + HASH_B.replace('b', 'c') + "', x'00', 'old', 3, 't', 't')");
        }
        return file;
    }

    private static String document(int id, String hash, String text) {
        return "INSERT INTO document (id, title, source_type, file_name, sha256, original_bytes, plain_text,"
                + " text_length, imported_at) VALUES (" + id + ", 'T" + id + "', 'text', 'f.txt', '" + hash
                + "', x'01', '" + text + "', " + text.length() + ", 't')";
    }

    private static long insertPassage(Statement s) throws SQLException {
        s.execute("INSERT INTO annotation (document_id, start_offset, end_offset, quote, created_at, modified_at)"
                + " VALUES (1, 0, 3, 'the', 't', 't')");
        return SchemaDump.lastId(s);
    }

    private static final List<String> TABLES = List.of("tag", "document", "annotation", "annotation_tag", "link",
            "document_version", "search_index");
}
