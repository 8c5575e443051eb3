package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.ChildJvm;
import org.marginalia.model.Tag;

/** A kill -9 during a schema upgrade leaves the old schema and its data; the upgrade runs again on the next open. */
class MigrationCrashTest {

    @TempDir
    Path dir;

    @Test
    void killedDuringALongUpgradeTheOldSchemaAndDataRemain() throws Exception {
        long seed = Long.getLong("seed", System.currentTimeMillis());
        int kills = Integer.getInteger("migrationKills", 4);
        System.out.println("kill during migration: seed " + seed + ", kills " + kills);
        Random random = new Random(seed);
        Path file = dir.resolve("upgrade.marginalia");
        try (ProjectFile project = ProjectFile.create(file)) {
            project.inTransaction(tx -> tx.tags().insert(new Tag(0, "kept", "#123456", "", null, null)));
        }
        List<String> schemaBefore = schema(file);
        int latest = Migrations.bundled().latestVersion();
        for (int k = 0; k < kills; k++) {
            ChildJvm child = ChildJvm.start(MigrationWorker.class, file.toString(), "slow");
            awaitLine(child, "opening");
            Path wal = ProjectFileCheck.sibling(file, "-wal");
            // Wait until the upgrade itself writes (the backup before it does not touch the -wal), so the kill lands
            // inside the upgrade however fast the machine is; then a random moment more.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while ((!Files.exists(wal) || Files.size(wal) < 1_000_000) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            int delay = random.nextInt(250);
            Thread.sleep(delay);
            List<String> lines = child.kill();
            // Megabytes in the -wal show the kill landed inside the upgrade, not in the backup before it.
            System.out.printf("kill during migration: killed %d ms into the upgrade, -wal %.1f MB%n", delay,
                    Files.exists(wal) ? Files.size(wal) / 1e6 : 0.0);
            assertThat(lines).as("the upgrade must still run when killed").doesNotContain("done");
            assertThat(version(file)).isEqualTo(latest);
            try (ProjectFile project = ProjectFile.open(file)) {
                assertThat(project.check()).isEmpty();
                List<Tag> tags = project.inTransaction(tx -> tx.tags().all());
                assertThat(tags).extracting(Tag::name).containsExactly("kept");
            }
            assertThat(schema(file)).isEqualTo(schemaBefore);
        }
        System.out.println("kill during migration: backups taken before upgrading: "
                + new Backups(file, Clock.systemUTC()).list().size());
        ChildJvm finished = ChildJvm.start(MigrationWorker.class, file.toString(), "slow");
        assertThat(finished.waitFor(120)).isZero();
        assertThat(version(file)).isEqualTo(latest + 1);
        assertThat(schema(file)).anyMatch(sql -> sql.contains("retired"));
    }

    @Test
    void killedDuringEachBundledMigrationTheFileIsAtTheOldOrTheNewVersionWhole() throws Exception {
        long seed = Long.getLong("seed", System.currentTimeMillis());
        Random random = new Random(seed);
        List<String> scripts = Migrations.bundled().scripts();
        System.out.println("kill during each bundled migration: seed " + seed + ", migrations " + scripts.size());
        for (int v = 1; v <= scripts.size(); v++) {
            Path file = dir.resolve("v" + v + ".marginalia");
            ProjectFile.openChecked(file.toAbsolutePath(), Migrations.of(scripts.subList(0, v - 1))).close();
            List<String> before = schema(file);
            ChildJvm child = ChildJvm.start(MigrationWorker.class, file.toString(), String.valueOf(v));
            awaitLine(child, "opening");
            Thread.sleep(random.nextInt(150));
            child.kill();
            int version = version(file);
            System.out.println("migration " + v + ": killed at version " + version);
            assertThat(version).isBetween(v - 1, v);
            try (ProjectFile project = ProjectFile.openChecked(file.toAbsolutePath(),
                    Migrations.of(scripts.subList(0, version)))) {
                assertThat(project.check()).isEmpty();
            }
            if (version == v - 1) {
                assertThat(schema(file)).isEqualTo(before);
            }
        }
    }

    private static void awaitLine(ChildJvm child, String expected) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (String line = child.next(60_000); line != null; line = child.next(60_000)) {
            if (line.equals(expected)) {
                return;
            }
            seen.add(line);
        }
        throw new AssertionError("the worker never printed '" + expected + "': " + seen);
    }

    private static int version(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static List<String> schema(Path file) throws Exception {
        List<String> sql = new ArrayList<>();
        assertThat(Files.exists(file)).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(sql, name) FROM sqlite_schema ORDER BY name")) {
            while (rs.next()) {
                sql.add(rs.getString(1));
            }
        }
        return sql;
    }
}
