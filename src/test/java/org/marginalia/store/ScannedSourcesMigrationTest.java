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
 * The migration that lets sources be images and transcriptions (008), run on a file as the release before it wrote
 * it (schema 007): every source, version, page, passage and search entry survives with its id, the search triggers
 * work again, and the id of a removed newest source is not handed out again.
 */
class ScannedSourcesMigrationTest {

    private static final int RELEASE_BEFORE = 7;

    @TempDir
    Path dir;

    @Test
    void upgradeKeepsEveryRowAndSearchEntry() throws Exception {
        Path file = releaseBeforeFile();
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
                .map(row -> row.replace("|", "")).contains("document_indexed", "document_reindexed",
                        "document_unindexed", "annotation_document", "word_box_page", "note_indexed");
    }

    @Test
    void afterTheUpgradeImagesAreStoredSearchedAndIdsNotReused() throws Exception {
        Path file = releaseBeforeFile();
        try (ProjectFile project = ProjectFile.open(file); Statement s = project.connection().createStatement()) {
            s.execute(document(0, "image", "d".repeat(64), "a scanned marginal page"));
            assertThat(SchemaDump.lastId(s)).isEqualTo(10);
            s.execute("INSERT INTO document_version (document_id, version, source_type, file_name, sha256,"
                    + " original_bytes, plain_text, text_length, imported_at, replaced_at) VALUES (1, 2,"
                    + " 'transcription', 'p.xml', '" + "e".repeat(64) + "', x'00', 'old', 3, 't', 't')");
            assertThat(SchemaDump.lastId(s)).isEqualTo(5);
            s.execute("UPDATE document SET plain_text = 'nothing here' WHERE id = 1");
            project.connection().commit();
            List<SearchHit> hits = project.inTransaction(tx -> tx.search().phrase("marginal", 10));
            assertThat(hits).extracting(SearchHit::documentId).containsExactlyInAnyOrder(7L, 10L);
        }
    }

    @Test
    void removingASourceStillRemovesItsPassagesPagesAndVersions() throws Exception {
        Path file = releaseBeforeFile();
        try (ProjectFile project = ProjectFile.open(file); Statement s = project.connection().createStatement()) {
            s.execute("DELETE FROM document WHERE id = 1");
            project.connection().commit();
            assertThat(SchemaDump.count(s, "annotation")).isEqualTo(1);
            assertThat(SchemaDump.count(s, "document_version")).isZero();
            assertThat(SchemaDump.count(s, "source_page")).isZero();
            assertThat(SchemaDump.count(s, "word_box")).isZero();
        }
    }

    /** A project as schema 007 left it: sources (the newest removed), a version, a page with a word, passages. */
    private Path releaseBeforeFile() throws SQLException {
        Path file = dir.resolve("release-before.marginalia").toAbsolutePath();
        List<String> scripts = Migrations.bundled().scripts().subList(0, RELEASE_BEFORE);
        ProjectFile.openChecked(file, Migrations.of(scripts)).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute(document(1, "pdf", "a".repeat(64), "the marginal note of a clerk"));
            s.execute(document(7, "text", "b".repeat(64), "another marginal source"));
            s.execute(document(9, "text", "c".repeat(64), "removed later"));
            s.execute("DELETE FROM document WHERE id = 9");
            s.execute("UPDATE document SET language = 'de', zotero_key = 'ABCD1234' WHERE id = 1");
            s.execute("INSERT INTO annotation (id, document_id, start_offset, end_offset, quote, note, created_at,"
                    + " modified_at) VALUES (3, 1, 4, 12, 'marginal', 'see', 't', 't')");
            s.execute("INSERT INTO annotation (id, document_id, start_offset, end_offset, quote, created_at,"
                    + " modified_at) VALUES (4, 7, 0, 7, 'another', 't', 't')");
            s.execute("INSERT INTO document_version (id, document_id, version, source_type, file_name, sha256,"
                    + " original_bytes, plain_text, text_length, imported_at, replaced_at) VALUES (4, 1, 1, 'pdf',"
                    + " 'a.pdf', '" + "f".repeat(64) + "', x'00', 'old', 3, 't', 't')");
            s.execute("INSERT INTO source_page (id, document_id, page, width, height, unit, origin, mean_confidence)"
                    + " VALUES (2, 1, 1, 595, 842, 'pt', 'ocr', 0.9)");
            s.execute("INSERT INTO word_box (page_id, word, start_offset, end_offset, x, y, width, height,"
                    + " confidence) VALUES (2, 'the', 0, 3, 10, 10, 20, 8, 0.9)");
        }
        return file;
    }

    private static String document(int id, String type, String hash, String text) {
        return "INSERT INTO document (" + (id > 0 ? "id, " : "") + "title, source_type, file_name, sha256,"
                + " original_bytes, plain_text, text_length, imported_at) VALUES (" + (id > 0 ? id + ", " : "")
                + "'T" + id + "', '" + type + "', 'f', '" + hash + "', x'01', '" + text + "', " + text.length()
                + ", 't')";
    }

    private static final List<String> TABLES = List.of("document", "annotation", "document_version", "source_page",
            "word_box", "search_index");
}
