package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.ChildJvm;
import org.marginalia.importer.Importers;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.MarginaliaException;
import org.marginalia.model.Tag;

/** When backups are taken, and how a damaged project gets its newest good backup back. */
class BackupServiceTest {

    private static final SourceReader READER = Importers.standard()::read;

    @TempDir
    Path dir;

    @Test
    void closingAfterAChangeBacksUpAndClosingUnchangedDoesNot() {
        Path file = dir.resolve("thesis.marginalia");
        try (Project project = Project.create(file, READER)) {
            project.tags().add("trust", null, null, null);
        }
        assertThat(BackupService.list(file)).extracting(Backup::reason).containsExactly("on-close");
        try (Project project = Project.open(file, READER)) {
            assertThat(project.tags().list()).hasSize(1);
        }
        assertThat(BackupService.list(file)).as("nothing changed, and the last backup is recent").hasSize(1);
    }

    @Test
    void openingBacksUpWhenTheNewestBackupIsOverADayOld() throws Exception {
        Path file = dir.resolve("daily.marginalia");
        try (Project project = Project.create(file, READER)) {
            project.tags().add("trust", null, null, null);
        }
        Backup only = BackupService.list(file).get(0);
        String twoDaysAgo = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
                .withZone(ZoneOffset.UTC).format(Instant.now().minus(Duration.ofDays(2)));
        Files.move(only.file(), only.file().resolveSibling(twoDaysAgo + "-on-close.marginalia"));
        Project.open(file, READER).close();
        assertThat(BackupService.list(file)).extracting(Backup::reason).containsExactly("on-open", "on-close");
        Project.open(file, READER).close();
        assertThat(BackupService.list(file)).as("the newest is fresh now").hasSize(2);
    }

    @Test
    void aWholeProjectImportIsPrecededByABackup() {
        Path qdpx = dir.resolve("demo.qdpx");
        try (Project demo = DemoProject.create(dir.resolve("demo.marginalia"), READER)) {
            demo.exports().export(qdpx, ExportFormat.QDPX, CsvOptions.standard());
        }
        Path file = dir.resolve("merged.marginalia");
        try (Project project = Project.create(file, READER)) {
            project.tags().add("mine", null, null, null);
            project.projectImports().importQdpx(qdpx);
            List<Backup> backups = project.backups().list();
            assertThat(backups).extracting(Backup::reason).containsExactly("before-import");
        }
    }

    @Test
    void aDamagedProjectNamesItsNewestGoodBackupWhichRestoresIt() throws Exception {
        Path file = dir.resolve("damaged.marginalia");
        try (Project project = Project.create(file, READER)) {
            project.tags().add("kept in the backup", null, null, null);
            project.backups().backupNow();
        }
        Backup newest = BackupService.list(file).get(0);
        damage(file);
        byte[] damaged = Files.readAllBytes(file);

        DamagedProjectException e = catchThrowableOfType(() -> Project.open(file, READER),
                DamagedProjectException.class);
        System.out.println(e.getMessage());
        assertThat(e.reasonName()).isEqualTo("DAMAGED");
        assertThat(e.getMessage()).contains("damaged.marginalia").contains(newest.file().toString());
        assertThat(e.newestGoodBackup()).contains(newest);
        assertThat(BackupService.newestGood(file)).contains(newest);

        Restored restored = BackupService.restore(file, e.newestGoodBackup().orElseThrow().file());
        assertThat(restored.keptAside()).isPresent();
        assertThat(Files.readAllBytes(restored.keptAside().get())).isEqualTo(damaged);
        try (Project project = Project.open(file, READER)) {
            assertThat(project.tags().list()).extracting(Tag::name).containsExactly("kept in the backup");
            assertThat(project.check()).isEmpty();
        }
    }

    @Test
    void aDamagedBackupIsNotOfferedAndCannotBeRestored() throws Exception {
        Path file = dir.resolve("p.marginalia");
        try (Project project = Project.create(file, READER)) {
            project.tags().add("a", null, null, null);
            project.backups().backupNow();
            project.tags().add("b", null, null, null);
        }
        List<Backup> backups = BackupService.list(file);
        assertThat(backups).hasSize(2);
        damage(backups.get(0).file());
        assertThat(BackupService.newestGood(file)).contains(backups.get(1));
        assertThatThrownBy(() -> BackupService.restore(file, backups.get(0).file()))
                .isInstanceOf(MarginaliaException.class).hasMessageContaining("cannot be restored");
    }

    @Test
    void restoreRefusesAProjectOpenInAnotherProcess() throws Exception {
        Path file = dir.resolve("busy.marginalia");
        DemoProject.create(file, READER).close();
        Backup backup = BackupService.list(file).get(0);
        byte[] before = Files.readAllBytes(file);
        ChildJvm child = ChildJvm.start(CrashWorker.class, file.toString(), "1", "backup");
        try {
            for (String line = child.next(60_000); line != null && !line.startsWith("ready"); ) {
                line = child.next(60_000);
            }
            assertThatThrownBy(() -> BackupService.restore(file, backup.file()))
                    .isInstanceOf(MarginaliaException.class).hasMessageContaining("is open elsewhere");
        } finally {
            child.kill();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096L * 2);
            raf.write(new byte[4096 * 2]);
        }
    }
}
