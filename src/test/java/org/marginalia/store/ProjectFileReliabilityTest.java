package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Tag;

/** Opening hardening: pragmas in force, one process at a time, owner-only files, foreign keys indexed. */
class ProjectFileReliabilityTest {

    @TempDir
    Path dir;

    @Test
    void everyHardeningPragmaIsInForceOnTheOpenConnection() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("p.marginalia"))) {
            Connection c = project.connection();
            Map<String, String> expected = Map.of("locking_mode", "exclusive", "journal_mode", "wal",
                    "synchronous", "2", "foreign_keys", "1", "trusted_schema", "0", "cell_size_check", "1",
                    "mmap_size", "0", "application_id", String.valueOf(ProjectFile.APPLICATION_ID),
                    "busy_timeout", String.valueOf(ProjectFile.BUSY_TIMEOUT_MS));
            for (var pragma : expected.entrySet()) {
                assertThat(textPragma(c, pragma.getKey())).as(pragma.getKey()).isEqualTo(pragma.getValue());
            }
            assertThat(textPragma(c, "temp_store_directory")).isEqualTo(PrivateTemp.directory().toString());
            assertThat(System.getProperty("org.sqlite.tmpdir")).isNotBlank();
        }
    }

    @Test
    void aSecondProcessIsToldTheProjectIsOpenElsewhereAndTheFirstCarriesOn() throws Exception {
        Path file = dir.resolve("shared.marginalia");
        try (ProjectFile project = ProjectFile.create(file)) {
            project.inTransaction(tx -> tx.tags().insert(new Tag(0, "before", "#111111", "", null, null)));
            long start = System.nanoTime();
            Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    // CHECKSTYLE.ALLOW-FQN: main class of the child JVM, named on its command line
                    "org.marginalia.Launcher", "list", file.toString(), "tags").start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.printf("second process refused after %d ms (busy timeout %d ms): %s%n",
                    (System.nanoTime() - start) / 1_000_000, ProjectFile.BUSY_TIMEOUT_MS, err.strip());
            assertThat(child.exitValue()).as("exit code 7: open elsewhere").isEqualTo(7);
            assertThat(err).contains("shared.marginalia").contains("is open elsewhere");

            project.inTransaction(tx -> tx.tags().insert(new Tag(0, "after", "#222222", "", null, null)));
            List<Tag> tags = project.inTransaction(tx -> tx.tags().all());
            assertThat(tags).extracting(Tag::name)
                    .containsExactlyInAnyOrder("before", "after");
            assertThat(project.check()).isEmpty();
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedToo() {
        Path file = dir.resolve("twice.marginalia");
        try (ProjectFile first = ProjectFile.create(file)) {
            assertThatThrownBy(() -> ProjectFile.open(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("twice.marginalia").hasMessageContaining("is open elsewhere")
                    .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.OPEN_ELSEWHERE);
            assertThat(first.check()).isEmpty();
        }
    }

    @Test
    void projectWalAndBackupsAreOwnerOnly() throws Exception {
        Assumptions.assumeTrue(PrivateFiles.posix(), "POSIX permissions");
        Path file = dir.resolve("private.marginalia");
        Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (ProjectFile project = ProjectFile.create(file)) {
            project.inTransaction(tx -> tx.tags().insert(new Tag(0, "secret", "#111111", "", null, null)));
            BackupFile backup = project.backup("manual");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(ownerOnly);
            assertThat(Files.getPosixFilePermissions(ProjectFileCheck.sibling(file, "-wal"))).isEqualTo(ownerOnly);
            assertThat(Files.getPosixFilePermissions(backup.file())).isEqualTo(ownerOnly);
            assertThat(Files.getPosixFilePermissions(backup.file().getParent())).containsOnly(
                    PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
            assertThat(Files.getPosixFilePermissions(PrivateTemp.directory())).containsOnly(
                    PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        }
    }

    @Test
    void everyForeignKeyChildColumnLeadsAnIndex() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("fk.marginalia"))) {
            Connection c = project.connection();
            List<String> missing = new ArrayList<>();
            int checked = 0;
            for (String table : rows(c, "SELECT name FROM sqlite_schema WHERE type = 'table'")) {
                List<String> leading = new ArrayList<>();
                for (String index : rows(c, "SELECT name FROM pragma_index_list('" + table + "')")) {
                    leading.add(rows(c, "SELECT name FROM pragma_index_info('" + index + "') ORDER BY seqno").get(0));
                }
                for (String column : rows(c, "SELECT \"from\" FROM pragma_foreign_key_list('" + table + "')")) {
                    checked++;
                    if (!leading.contains(column)) {
                        missing.add(table + "." + column);
                    }
                }
            }
            System.out.println("foreign-key child columns checked: " + checked);
            assertThat(checked).isPositive();
            assertThat(missing).as("foreign-key columns without an index").isEmpty();
        }
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String textPragma(Connection c, String name) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static Connection raw(Path file) throws IOException, SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
