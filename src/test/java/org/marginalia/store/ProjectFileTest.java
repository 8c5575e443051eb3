package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Tag;

class ProjectFileTest {

    @TempDir
    Path dir;

    @Test
    void newProjectHasTheLatestSchemaAndIsMarkedAsMarginalia() throws Exception {
        Path file = dir.resolve("new.marginalia");
        try (ProjectFile project = ProjectFile.create(file)) {
            assertThat(project.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
            assertThat(project.check()).isEmpty();
            assertThat(project.name()).isEqualTo("new");
        }
        assertThat(pragma(file, "application_id")).isEqualTo(ProjectFile.APPLICATION_ID);
        assertThat(textPragma(file, "journal_mode")).isEqualTo("wal");
    }

    @Test
    void createRefusesToOverwriteAnExistingFile() throws Exception {
        Path file = dir.resolve("taken.marginalia");
        Files.writeString(file, "my thesis notes");
        assertThatThrownBy(() -> ProjectFile.create(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("taken.marginalia");
        assertThat(Files.readString(file)).isEqualTo("my thesis notes");
    }

    @Test
    void olderSchemaIsUpgradedAndKeepsItsData() throws Exception {
        Path file = dir.resolve("old.marginalia");
        List<String> current = Migrations.bundled().scripts();
        try (ProjectFile project = ProjectFile.openChecked(file.toAbsolutePath(), Migrations.of(current))) {
            project.inTransaction(tx -> tx.tags().insert(new Tag(0, "trust", "#123456", "", null,
                    "1")));
        }
        List<String> withUpgrade = new ArrayList<>(current);
        withUpgrade.add("ALTER TABLE tag ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;");
        try (ProjectFile project = ProjectFile.openChecked(file.toAbsolutePath(), Migrations.of(withUpgrade))) {
            assertThat(project.schemaVersion()).isEqualTo(current.size() + 1);
            List<Tag> tags = project.inTransaction(tx -> tx.tags().all());
            assertThat(tags).extracting(Tag::name).containsExactly("trust");
        }
        assertThat(columns(file, "tag")).contains("retired");
    }

    @Test
    void failingUpgradeLeavesTheOldSchemaInPlace() throws Exception {
        Path file = dir.resolve("old.marginalia");
        List<String> current = Migrations.bundled().scripts();
        ProjectFile.openChecked(file.toAbsolutePath(), Migrations.of(current)).close();
        List<String> broken = new ArrayList<>(current);
        broken.add("ALTER TABLE tag ADD COLUMN half INTEGER; THIS IS NOT SQL;");
        assertThatThrownBy(() -> ProjectFile.openChecked(file.toAbsolutePath(), Migrations.of(broken)))
                .isInstanceOf(StoreException.class);
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThat(project.schemaVersion()).isEqualTo(current.size());
        }
        assertThat(columns(file, "tag")).doesNotContain("half");
    }

    @Test
    void fileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("future.marginalia");
        ProjectFile.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> ProjectFile.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("future.marginalia")
                .hasMessageContaining("newer version")
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.NEWER_VERSION);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("future.marginalia-wal")).doesNotExist();
    }

    @Test
    void filesThatAreNotProjectsAreRefusedByName() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.marginalia"));
        Path pdf = Files.write(dir.resolve("paper.marginalia"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes());
        Path other = dir.resolve("other.marginalia");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        for (Path file : List.of(empty, pdf, other)) {
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> ProjectFile.open(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.getFileName().toString())
                    .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.NOT_A_PROJECT);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
        assertThatThrownBy(() -> ProjectFile.open(dir.resolve("missing.marginalia")))
                .hasMessageContaining("missing.marginalia").hasMessageContaining("does not exist");
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        Path file = dir.resolve("tx.marginalia");
        try (ProjectFile project = ProjectFile.create(file)) {
            assertThatThrownBy(() -> project.inTransaction(tx -> {
                tx.tags().insert(new Tag(0, "first", "#111111", "", null, null));
                tx.tags().insert(new Tag(0, "first", "#222222", "", null, null));
                return null;
            })).isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.CONFLICT);
            List<Tag> tags = project.inTransaction(tx -> tx.tags().all());
            assertThat(tags).isEmpty();
        }
    }

    private static int pragma(Path file, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private static String textPragma(Path file, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> columns(Path file, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }
}
