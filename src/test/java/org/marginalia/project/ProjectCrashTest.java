package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.ChildJvm;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.model.Tag;

/**
 * kill -9 at random moments: a child JVM runs the real use cases and acknowledges each commit; after every kill
 * the next child checks the file on open, and at the end every acknowledged action must be there, whole.
 * {@code -Dkills=N} sets the number of kills, {@code -Dseed=S} replays a run.
 */
class ProjectCrashTest {

    /**
     * Each kill costs a JVM start: on a quiet 2-core machine 200 kills take about 100 s (measured 101 s), which the
     * suite can afford; {@code -Dkills=N} runs more or fewer.
     */
    private static final int DEFAULT_KILLS = 200;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsEveryAcknowledgedActionIsThereAndWhole() throws Exception {
        long seed = Long.getLong("seed", System.currentTimeMillis());
        int kills = Integer.getInteger("kills", DEFAULT_KILLS);
        System.out.println("kill -9 test: seed " + seed + ", kills " + kills);
        Random random = new Random(seed);
        Path file = dir.resolve("crash.marginalia");
        DemoProject.create(file, Importers.standard()::read).close();

        Map<Long, Long> passageTag = new HashMap<>();
        Map<Long, String> passageNote = new HashMap<>();
        Map<Long, long[]> links = new HashMap<>();
        Set<Long> tags = new HashSet<>();
        int killedEarly = 0;
        long started = System.nanoTime();
        for (int k = 0; k < kills; k++) {
            ChildJvm child = ChildJvm.start(CrashWorker.class, file.toString(), String.valueOf(seed + k), "work");
            awaitReady(child);
            int acks = random.nextInt(6);
            for (int i = 0; i < acks && child.next(30_000) != null; i++) {
                // let it commit a few actions first
            }
            Thread.sleep(random.nextInt(25));
            killedEarly += acks == 0 ? 1 : 0;
            for (String line : child.kill()) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "A" -> {
                        if (f.length == 4) {
                            passageTag.put(Long.parseLong(f[1]), Long.parseLong(f[2]));
                            passageNote.put(Long.parseLong(f[1]), f[3].replace('_', ' '));
                        }
                    }
                    case "L" -> {
                        if (f.length == 4) {
                            links.put(Long.parseLong(f[1]), new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
                        }
                    }
                    case "T" -> tags.add(Long.parseLong(f[1]));
                    default -> { }
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("kill -9 test: %d kills in %d s (%d right after opening), acknowledged %d passages, "
                + "%d links, %d tags%n", kills, seconds, killedEarly, passageTag.size(), links.size(), tags.size());

        try (Project project = Project.open(file, Importers.standard()::read)) {
            assertThat(project.check()).as("integrity_check and foreign_key_check").isEmpty();
            Map<Long, Annotation> stored = new HashMap<>();
            project.passages().list().forEach(a -> stored.put(a.id(), a));
            for (var ack : passageTag.entrySet()) {
                Annotation a = stored.get(ack.getKey());
                assertThat(a).as("acknowledged passage " + ack.getKey()).isNotNull();
                assertThat(a.tagIds()).as("tag of passage " + a.id()).contains(ack.getValue());
                assertThat(a.note()).isEqualTo(passageNote.get(a.id()));
            }
            // No half-done action: every passage the worker made carries its tag, committed or not acknowledged.
            assertThat(stored.values()).allSatisfy(a -> assertThat(a.tagIds()).as("tags of " + a.id()).isNotEmpty());
            Map<Long, Link> storedLinks = new HashMap<>();
            project.links().list().forEach(l -> storedLinks.put(l.id(), l));
            for (var ack : links.entrySet()) {
                Link l = storedLinks.get(ack.getKey());
                assertThat(l).as("acknowledged link " + ack.getKey()).isNotNull();
                assertThat(new long[] {l.fromAnnotationId(), l.toAnnotationId()}).isEqualTo(ack.getValue());
            }
            assertThat(project.tags().list()).extracting(Tag::id).containsAll(tags);
        }
    }

    @Test
    void killedDuringBackupsTheFolderHoldsOnlyWholeBackups() throws Exception {
        long seed = Long.getLong("seed", System.currentTimeMillis());
        int kills = Integer.getInteger("backupKills", 4);
        System.out.println("kill during backup: seed " + seed + ", kills " + kills);
        Random random = new Random(seed);
        Path file = dir.resolve("backed-up.marginalia");
        DemoProject.create(file, Importers.standard()::read).close();
        int acknowledged = 0;
        for (int k = 0; k < kills; k++) {
            ChildJvm child = ChildJvm.start(CrashWorker.class, file.toString(), String.valueOf(seed + k), "backup");
            awaitReady(child);
            int acks = random.nextInt(3);
            for (int i = 0; i < acks && child.next(30_000) != null; i++) {
                // some whole backups first
            }
            Thread.sleep(random.nextInt(40));
            acknowledged += (int) child.kill().stream().filter(l -> l.startsWith("B ")).count();
        }
        Path folder = Path.of(file + ".backups");
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(folder)) {
            leftovers = entries.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
        List<Backup> listed = BackupService.list(file);
        System.out.printf("kill during backup: %d backups acknowledged, %d kept, %d interrupted temp files%n",
                acknowledged, listed.size(), leftovers.size());
        assertThat(listed).isNotEmpty();
        for (Backup backup : listed) {
            assertThat(quickCheck(backup.file())).as(backup.file().toString()).isEqualTo("ok");
        }
        try (Project project = Project.open(file, Importers.standard()::read)) {
            project.backups().backupNow();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private static void awaitReady(ChildJvm child) throws InterruptedException {
        List<String> before = new ArrayList<>();
        for (String line = child.next(60_000); line != null; line = child.next(60_000)) {
            if (line.startsWith("ready ")) {
                assertThat(line).as("problems and untagged passages found on open").isEqualTo("ready 0 0");
                return;
            }
            before.add(line);
        }
        child.kill();
        fail("the worker did not open the project: " + String.join("\n", before));
    }

    private static String quickCheck(Path backup) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + backup + "?mode=ro");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }
}
