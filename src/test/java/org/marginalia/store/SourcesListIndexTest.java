package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Document;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.PageStarts;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;

/**
 * The Sources list reads each source's details from the covering index the latest migration made, never through
 * the sources' original bytes and text (which made a list of 10,000 sources read the whole file), and a project
 * upgraded from the schema before lists exactly what it listed before, ids and all.
 */
class SourcesListIndexTest {

    private static final Instant IMPORTED = Instant.parse("2001-06-16T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theListIsReadFromTheCoveringIndexAlone() throws SQLException {
        Path file = dir.resolve("listed.marginalia");
        try (ProjectFile project = ProjectFile.openOrCreate(file)) {
            project.inTransaction(tx -> tx.documents().insert(source("a", "x".repeat(10_000)), IMPORTED));
        }
        assertThat(String.join("\n", SchemaDump.sql(file, "EXPLAIN QUERY PLAN " + DocumentStore.LISTED)))
                .contains("COVERING INDEX document_listed").doesNotContain("TEMP B-TREE");
    }

    @Test
    void anUpgradedProjectListsTheSameSourcesWithTheirIds() throws SQLException {
        Path file = dir.resolve("before.marginalia").toAbsolutePath();
        int latest = Migrations.bundled().latestVersion();
        List<String> before = Migrations.bundled().scripts().subList(0, latest - 1);
        List<Document> listed;
        try (ProjectFile project = ProjectFile.openChecked(file, Migrations.of(before))) {
            listed = project.inTransaction(tx -> {
                tx.documents().insert(source("first", "the first source"), IMPORTED);
                tx.documents().insert(new ImportedSource(SourceMetadata.titled("paged"), SourceType.PDF, "p.pdf",
                        new byte[] {1}, "c".repeat(64), "page one page two", PageStarts.of(new int[] {0, 9}),
                        List.of(), List.of()), IMPORTED);
                long removed = tx.documents().insert(source("removed", "removed later"), IMPORTED);
                tx.documents().delete(removed);
                return tx.documents().all();
            });
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThat(project.schemaVersion()).isEqualTo(latest);
            List<Document> after = project.inTransaction(tx -> tx.documents().all());
            assertThat(after).isEqualTo(listed);
            long next = project.inTransaction(tx -> tx.documents().insert(source("next", "after"), IMPORTED));
            assertThat(next).as("the removed newest id is not handed out again").isEqualTo(4);
        }
        assertThat(listed).extracting(Document::id).containsExactly(1L, 2L);
        assertThat(listed.get(1).pages().toArray()).containsExactly(0, 9);
    }

    private static ImportedSource source(String title, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = String.format("%064x", Math.abs((long) (title + text).hashCode()));
        return new ImportedSource(SourceMetadata.titled(title), SourceType.TEXT, title + ".txt", bytes, sha, text,
                PageStarts.none(), List.of(), List.of());
    }
}
