package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.ChildJvm;
import org.marginalia.model.Tag;

/**
 * kill -9 at random moments during the restore of a large backup: after each kill the project's name opens, passes
 * the integrity check, and holds the old project or the restored one, never neither.
 */
class RestoreKillTest {

    private static final int BACKUP_MEGABYTES = 60;

    @TempDir
    Path dir;

    @Test
    void killedAtAnyMomentTheProjectIsTheOldOrTheNewOne() throws Exception {
        long seed = Long.getLong("seed", System.currentTimeMillis());
        int kills = Integer.getInteger("restoreKills", 10);
        Random random = new Random(seed);
        Path project = dir.resolve("thesis.marginalia");
        Path pristine = dir.resolve("pristine.copy");
        Path backup = dir.resolve("large-backup.marginalia");
        withTag(project, "old");
        Files.copy(project, pristine);
        withTag(backup, "new");
        pad(backup);

        // Timed as the kills below see it: from the child's first line to its exit.
        ChildJvm timed = ChildJvm.start(RestoreWorker.class, project.toString(), backup.toString());
        awaitRestoring(timed);
        long started = System.nanoTime();
        assertThat(timed.waitFor(300)).isZero();
        long duration = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("restore kill: seed %d, kills %d, backup %.0f MB, an uninterrupted restore took %d ms%n",
                seed, kills, Files.size(backup) / 1e6, duration);
        assertThat(tagOf(project)).isEqualTo("new");

        int old = 0;
        for (int k = 0; k < kills; k++) {
            reset(project, pristine);
            ChildJvm child = ChildJvm.start(RestoreWorker.class, project.toString(), backup.toString());
            awaitRestoring(child);
            long delay = (long) (random.nextDouble() * duration * 1.3);
            Thread.sleep(delay);
            boolean finished = child.kill().stream().anyMatch(l -> l.startsWith("restored"));
            String found = tagOf(project);
            System.out.printf("restore kill: killed %d ms in, the project is the %s one%s%n", delay, found,
                    finished ? " (the restore had finished)" : "");
            assertThat(found).isIn("old", "new");
            if (finished) {
                assertThat(found).isEqualTo("new");
            }
            old += found.equals("old") ? 1 : 0;
        }
        System.out.printf("restore kill: %d of %d kills left the old project, the rest the restored one%n", old,
                kills);
        reset(project, pristine);
        assertThat(ChildJvm.start(RestoreWorker.class, project.toString(), backup.toString()).waitFor(300)).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("killed restores' temporary files are removed")
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }

    private static void awaitRestoring(ChildJvm child) throws InterruptedException {
        for (String line = child.next(60_000); line != null && !line.equals("restoring"); ) {
            line = child.next(60_000);
        }
    }

    private static void withTag(Path file, String tag) {
        try (ProjectFile project = ProjectFile.create(file)) {
            project.inTransaction(tx -> tx.tags().insert(new Tag(0, tag, "#123456", "", null, null)));
        }
    }

    private static void pad(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    + BACKUP_MEGABYTES + ") INSERT INTO project_info SELECT 'padding ' || i,"
                    + " hex(randomblob(500000)) FROM n");
        }
    }

    /** The project's one tag, read after the integrity check passed. */
    private static String tagOf(Path file) {
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThat(project.check()).isEmpty();
            List<Tag> tags = project.inTransaction(tx -> tx.tags().all());
            assertThat(tags).hasSize(1);
            return tags.get(0).name();
        }
    }

    /** Puts the old project back and removes what the last restore left beside it (kept-aside copies). */
    private void reset(Path project, Path pristine) throws Exception {
        Files.copy(pristine, project, StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().contains("before-restore")).toList()) {
                Files.delete(f);
            }
        }
    }
}
