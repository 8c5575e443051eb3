package org.marginalia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Tag;

/** Restoring a backup: what is refused, what a failure leaves behind, and what the restored file holds. */
class RestoreTest {

    @TempDir
    Path dir;

    @Test
    void restoringAProjectOntoItselfIsRefusedAndLeavesItAsItWas() throws Exception {
        Path project = projectWithTag("p.marginalia", "mine");
        byte[] before = Files.readAllBytes(project);
        assertThatThrownBy(() -> restorer(project).restore(project))
                .isInstanceOf(StoreException.class).hasMessageContaining("onto itself");
        assertThatThrownBy(() -> restorer(project).restore(dir.resolve(".").resolve("p.marginalia")))
                .isInstanceOf(StoreException.class).hasMessageContaining("onto itself");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(siblings()).containsExactly("p.marginalia");
    }

    @Test
    void aTextFileIsNotAProjectAndAFolderIsNamedAsOne() throws Exception {
        Path project = projectWithTag("p.marginalia", "mine");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a project at all");
        assertThatThrownBy(() -> restorer(project).restore(text))
                .isInstanceOf(StoreException.class).hasMessageContaining("notes.txt is not a Marginalia project");
        Path folder = Files.createDirectory(dir.resolve("some-folder"));
        assertThatThrownBy(() -> restorer(project).restore(folder))
                .isInstanceOf(StoreException.class).hasMessageContaining("some-folder is not a Marginalia project")
                .hasMessageContaining("is a folder");
        assertThat(tags(project)).containsExactly("mine");
    }

    @Test
    void aFailedRestoreLeavesTheProjectWhereItWasAndNothingBeside() throws Exception {
        Path project = projectWithTag("p.marginalia", "mine");
        Path other = projectWithTag("other.marginalia", "theirs");
        byte[] before = Files.readAllBytes(project);
        byte[] head = Files.readAllBytes(other);
        Files.write(other, Arrays.copyOf(head, head.length / 2));
        assertThatThrownBy(() -> restorer(project).restore(other)).isInstanceOf(StoreException.class);
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(siblings()).containsExactlyInAnyOrder("p.marginalia", "other.marginalia");
    }

    @Test
    void workCommittedOnlyToTheBackupsWalIsRestored() throws Exception {
        Path project = projectWithTag("p.marginalia", "mine");
        Path crashed = projectWithTag("crashed.marginalia", "checkpointed");
        Path copy = dir.resolve("copy.marginalia");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + crashed); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("INSERT INTO tag (name, color) VALUES ('only in the wal', '#000000')");
            // A crash now would leave the file and its -wal as they are: copy both, as the crash would keep them.
            Files.copy(crashed, copy);
            Files.copy(ProjectFileCheck.sibling(crashed, "-wal"), ProjectFileCheck.sibling(copy, "-wal"));
        }
        assertThat(Files.size(ProjectFileCheck.sibling(copy, "-wal"))).isPositive();
        Optional<Path> aside = restorer(project).restore(copy);
        assertThat(tags(project)).containsExactlyInAnyOrder("checkpointed", "only in the wal");
        assertThat(tags(aside.orElseThrow())).containsExactly("mine");
    }

    @Test
    void theReplacedProjectIsKeptWithItsWalAndNoTemporaryFileRemains() throws Exception {
        Path project = projectWithTag("p.marginalia", "mine");
        Path backup = projectWithTag("b.marginalia", "restored");
        Files.writeString(dir.resolve(".p.marginalia.123.restore.part"), "left by a killed restore");
        Path aside = restorer(project).restore(backup).orElseThrow();
        assertThat(aside.getFileName().toString()).startsWith("p.marginalia.before-restore-");
        assertThat(tags(project)).containsExactly("restored");
        assertThat(siblings()).containsExactlyInAnyOrder("p.marginalia", "b.marginalia",
                aside.getFileName().toString());
    }

    private Path projectWithTag(String name, String tag) {
        Path file = dir.resolve(name);
        try (ProjectFile project = ProjectFile.create(file)) {
            project.inTransaction(tx -> tx.tags().insert(new Tag(0, tag, "#123456", "", null, null)));
        }
        return file;
    }

    private static List<String> tags(Path file) {
        try (ProjectFile project = ProjectFile.open(file)) {
            return project.inTransaction(tx -> tx.tags().all()).stream().map(Tag::name).toList();
        }
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static BackupRestorer restorer(Path project) {
        return new BackupRestorer(project, Clock.systemUTC());
    }
}
