package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Tag;
import org.marginalia.project.Project;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening a damaged project in the window offers its newest good backup, and accepting restores and opens it. */
@ExtendWith(ApplicationExtension.class)
class DamagedProjectFxTest {

    @TempDir
    Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    Workbench workbench;
    Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("thesis.marginalia");
        try (Project project = Project.create(file, Importers.standard()::read)) {
            project.tags().add("kept in the backup", null, null, null);
            project.backups().backupNow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096L * 2);
            raf.write(new byte[4096 * 2]);
        }
        dialogs.agree = true;
        Preferences prefs = Preferences.userRoot().node("marginalia-fx-damaged-test");
        workbench = new Workbench(stage, Importers.standard()::read, new WindowState(prefs), Background.inline());
        workbench.setDialogs(dialogs);
        workbench.start(file);
    }

    @Test
    void theNewestGoodBackupIsOfferedRestoredAndOpened() throws Exception {
        assertThat(dialogs.information).anySatisfy(message -> assertThat(message)
                .contains("thesis.marginalia").contains("Restore its newest good backup"));
        Project opened = workbench.viewModel().project();
        assertThat(opened.path()).isEqualTo(file.toAbsolutePath());
        assertThat(opened.tags().list()).extracting(Tag::name).containsExactly("kept in the backup");
        try (var kept = Files.list(dir)) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .as("the damaged file is kept aside").anyMatch(n -> n.contains("before-restore"));
        }
    }
}
