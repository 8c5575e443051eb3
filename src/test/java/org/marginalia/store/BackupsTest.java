package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Tag;

/** Backups are whole, listed newest first, pruned to the last five plus one a week for four weeks. */
class BackupsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aBackupIsAWholeProjectBesideTheOriginalAndLeftoversOfAKilledOneGo() throws Exception {
        Path file = dir.resolve("thesis.marginalia");
        try (ProjectFile project = ProjectFile.create(file)) {
            project.inTransaction(tx -> tx.tags().insert(new Tag(0, "trust", "#123456", "", null, null)));
            BackupFile first = project.backup("manual");
            Path leftover = Files.createFile(first.file().resolveSibling(".backup-123.part"));
            Files.writeString(first.file().resolveSibling("notes.txt"), "not a backup");
            BackupFile second = project.backup("manual");

            assertThat(first.file().getParent()).isEqualTo(dir.resolve("thesis.marginalia.backups"));
            assertThat(leftover).doesNotExist();
            assertThat(project.backups().list()).extracting(BackupFile::file)
                    .containsExactly(second.file(), first.file());
            assertThat(second.reason()).isEqualTo("manual");
            assertThat(second.size()).isEqualTo(Files.size(second.file())).isPositive();
        }
        Path copy = dir.resolve("copy.marginalia");
        Files.copy(new Backups(file, Clock.systemUTC()).list().get(0).file(), copy);
        try (ProjectFile restored = ProjectFile.open(copy)) {
            List<Tag> tags = restored.inTransaction(tx -> tx.tags().all());
            assertThat(tags).extracting(Tag::name).containsExactly("trust");
        }
    }

    @Test
    void pruningKeepsTheLastFiveAndTheOldestOfEachOfFourWeeks() throws Exception {
        Path project = dir.resolve("p.marginalia");
        ProjectFile.create(project).close();
        Backups backups = new Backups(project, Clock.fixed(NOW, ZoneOffset.UTC));
        Files.createDirectories(backups.folder());
        List<Duration> ages = List.of(hours(1), hours(2), hours(3), hours(4), hours(5), hours(6), days(1), days(3),
                days(8), days(10), days(15), days(22), days(27), days(35));
        List<Path> files = new ArrayList<>();
        for (Duration age : ages) {
            files.add(Files.copy(project,
                    backups.folder().resolve(STAMP.format(NOW.minus(age)) + "-on-close.marginalia")));
        }
        backups.prune(NOW, ProjectIdentity.of(project));
        List<Duration> kept = new ArrayList<>();
        for (int i = 0; i < ages.size(); i++) {
            if (Files.exists(files.get(i))) {
                kept.add(ages.get(i));
            }
        }
        System.out.println("kept backups aged " + kept);
        assertThat(kept).containsExactly(hours(1), hours(2), hours(3), hours(4), hours(5), days(3), days(10),
                days(15), days(27));
    }

    @Test
    void pruningNeverDeletesFilesThisProjectDidNotWrite() throws Exception {
        Path project = dir.resolve("p.marginalia");
        Path other = dir.resolve("other.marginalia");
        ProjectFile.create(project).close();
        ProjectFile.create(other).close();
        Backups backups = new Backups(project, Clock.fixed(NOW, ZoneOffset.UTC));
        Files.createDirectories(backups.folder());
        List<Path> foreign = new ArrayList<>();
        for (int day = 40; day < 50; day++) {
            Path name = backups.folder().resolve(STAMP.format(NOW.minus(days(day))) + "-on-close.marginalia");
            foreign.add(day % 2 == 0 ? Files.copy(other, name) : Files.writeString(name, "someone's notes"));
        }
        for (int hour = 1; hour <= 8; hour++) {
            Files.copy(project, backups.folder().resolve(STAMP.format(NOW.minus(hours(hour))) + "-manual.marginalia"));
        }
        backups.prune(NOW, ProjectIdentity.of(project));
        assertThat(foreign).allMatch(Files::exists);
        // Its own: the last five and the oldest of this week.
        assertThat(backups.list()).hasSize(Backups.KEEP_LAST + 1 + foreign.size());
        assertThat(ProjectIdentity.of(project)).isNotEqualTo(ProjectIdentity.of(other)).hasSize(32);
    }

    @Test
    void aSymlinkedOrPlainFileBackupsFolderIsRefusedByName() throws Exception {
        Path project = dir.resolve("p.marginalia");
        Path shared = Files.createDirectory(dir.resolve("shared-folder"));
        Files.createSymbolicLink(dir.resolve("p.marginalia.backups"), shared);
        try (ProjectFile file = ProjectFile.create(project)) {
            assertThatThrownBy(() -> file.backup("manual")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("p.marginalia.backups is a symbolic link");
            assertThatThrownBy(() -> file.backups().list()).hasMessageContaining("is a symbolic link");
        }
        assertThat(shared).isEmptyDirectory();
        Files.delete(dir.resolve("p.marginalia.backups"));
        Files.writeString(dir.resolve("p.marginalia.backups"), "in the way");
        try (ProjectFile file = ProjectFile.open(project)) {
            assertThatThrownBy(() -> file.backup("manual")).hasMessageContaining("is a file, not a folder");
        }
    }

    @Test
    void anUpgradeIsPrecededByABackupOfTheOldSchema() throws Exception {
        Path file = dir.resolve("old.marginalia");
        List<String> current = Migrations.bundled().scripts();
        ProjectFile.openChecked(file.toAbsolutePath(), Migrations.of(current)).close();
        assertThat(new Backups(file, Clock.systemUTC()).list()).isEmpty();
        List<String> next = new ArrayList<>(current);
        next.add("ALTER TABLE tag ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;");
        ProjectFile.openChecked(file.toAbsolutePath(), Migrations.of(next)).close();
        List<BackupFile> backups = new Backups(file, Clock.systemUTC()).list();
        assertThat(backups).extracting(BackupFile::reason).containsExactly("before-upgrade");
        try (ProjectFile old = ProjectFile.openChecked(backups.get(0).file(), Migrations.of(current))) {
            assertThat(old.schemaVersion()).isEqualTo(current.size());
        }
    }

    private static Duration hours(int n) {
        return Duration.ofHours(n);
    }

    private static Duration days(int n) {
        return Duration.ofDays(n);
    }
}
