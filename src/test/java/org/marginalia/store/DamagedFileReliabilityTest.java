package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Tag;

/** Damaged and foreign files are detected, named, and never written to. */
class DamagedFileReliabilityTest {

    private static final long SEED = Long.getLong("seed", 20011116L);

    @TempDir
    Path dir;

    /** A damage done to a healthy project, and what opening it must report. */
    private interface Damage {
        void apply(Path file) throws Exception;
    }

    @Test
    void everyKindOfDamageIsNamedAndTheFileIsLeftAsItWas() throws Exception {
        System.out.println("seed " + SEED);
        Random random = new Random(SEED);
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("truncated", new Object[] {StoreException.Reason.DAMAGED, (Damage) file -> {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(raf.length() / 2);
            }
        }});
        cases.put("zeroed header", new Object[] {StoreException.Reason.DAMAGED, (Damage) file -> overwrite(file, 0,
                new byte[100])});
        cases.put("overwritten page", new Object[] {StoreException.Reason.DAMAGED, (Damage) file -> {
            byte[] junk = new byte[4096];
            random.nextBytes(junk);
            overwrite(file, 4096L * (2 + random.nextInt(3)), junk);
        }});
        cases.put("stale -wal", new Object[] {StoreException.Reason.DAMAGED, (Damage) this::putStaleWal});
        cases.put("wrong application_id", new Object[] {StoreException.Reason.NOT_A_PROJECT, (Damage) file ->
                sql(file, "PRAGMA application_id = 1234")});
        cases.put("newer version", new Object[] {StoreException.Reason.NEWER_VERSION, (Damage) file ->
                sql(file, "PRAGMA user_version = 99")});
        cases.put("empty file", new Object[] {StoreException.Reason.NOT_A_PROJECT, (Damage) file ->
                Files.write(file, new byte[0])});
        cases.put("PDF renamed", new Object[] {StoreException.Reason.NOT_A_PROJECT, (Damage) file ->
                Files.write(file, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< >>\nendobj\n".repeat(200)
                        .getBytes(StandardCharsets.ISO_8859_1))});

        for (var entry : cases.entrySet()) {
            Path file = dir.resolve(entry.getKey().replace(' ', '-') + ".marginalia");
            healthyProject(file);
            ((Damage) entry.getValue()[1]).apply(file);
            byte[] before = Files.readAllBytes(file);
            Path wal = ProjectFileCheck.sibling(file, "-wal");
            byte[] walBefore = Files.exists(wal) ? Files.readAllBytes(wal) : null;

            StoreException e = catchThrowableOfType(() -> ProjectFile.open(file), StoreException.class);

            System.out.printf("%-22s -> %-14s %s%n", entry.getKey(), e == null ? "OPENED" : e.reason(),
                    e == null ? "" : e.getMessage());
            assertThat(e).as(entry.getKey()).isNotNull();
            assertThat(e.reason()).as(entry.getKey()).isEqualTo(entry.getValue()[0]);
            assertThat(e.getMessage()).contains(file.getFileName().toString());
            assertThat(Files.readAllBytes(file)).as(entry.getKey() + ": file unchanged").isEqualTo(before);
            if (walBefore != null) {
                assertThat(Files.readAllBytes(wal)).as(entry.getKey() + ": -wal unchanged").isEqualTo(walBefore);
            }
        }
    }

    @Test
    void anUncleanShutdownGetsTheFullIntegrityCheck() throws Exception {
        // An index that disagrees with its table: quick_check does not look, integrity_check does.
        Path clean = dir.resolve("clean.marginalia");
        healthyProject(clean);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + clean);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA writable_schema = ON");
            s.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX tag_parent ON tag(color)' "
                    + "WHERE name = 'tag_parent'");
        }
        // The same file with a live -wal beside it, as a crash leaves it.
        Path crashed = dir.resolve("crashed.marginalia");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + clean);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("INSERT INTO project_info(key, value) VALUES ('crashed', 'yes')");
            Files.copy(clean, crashed);
            Files.copy(ProjectFileCheck.sibling(clean, "-wal"), ProjectFileCheck.sibling(crashed, "-wal"));
        }
        assertThat(Files.size(ProjectFileCheck.sibling(crashed, "-wal"))).isPositive();
        byte[] before = Files.readAllBytes(crashed);

        StoreException e = catchThrowableOfType(() -> ProjectFile.open(crashed), StoreException.class);
        System.out.println("after an unclean shutdown: " + (e == null ? "opened" : e.getMessage()));
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(StoreException.Reason.DAMAGED);
        assertThat(e.getMessage()).contains("crashed.marginalia").contains("tag_parent");
        assertThat(Files.readAllBytes(crashed)).isEqualTo(before);

        // After a clean shutdown only the quick check runs, which cannot see this kind of damage.
        ProjectFile.open(clean).close();
    }

    private void healthyProject(Path file) {
        try (ProjectFile project = ProjectFile.create(file)) {
            project.inTransaction(tx -> {
                for (int i = 0; i < 200; i++) {
                    tx.tags().insert(new Tag(0, "tag " + i, "#123456", "description ".repeat(40), null, null));
                }
                return null;
            });
        }
    }

    /** A -wal taken from a copy of the project that went its own way, laid beside the original. */
    private void putStaleWal(Path file) throws Exception {
        Path other = dir.resolve("other-copy.marginalia");
        Files.copy(file, other, StandardCopyOption.REPLACE_EXISTING);
        try (Connection original = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = original.createStatement()) {
            s.execute("DELETE FROM tag WHERE id % 3 = 0");
            s.execute("VACUUM");
        }
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement s = copy.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("UPDATE tag SET description = 'changed ' || description");
            s.execute("INSERT INTO tag(name, color) SELECT name || ' copy', color FROM tag");
            Files.copy(ProjectFileCheck.sibling(other, "-wal"), ProjectFileCheck.sibling(file, "-wal"));
        }
    }

    private static void overwrite(Path file, long offset, byte[] bytes) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(bytes);
        }
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    static boolean same(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }
}
