package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.project.DemoProject;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A backup that fails on opening does not stop the work, and the status bar says that it failed, and why. */
@ExtendWith(ApplicationExtension.class)
class BackupFailureFxTest {

    @TempDir
    static Path dir;
    final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("demo.marginalia");
        DemoProject.create(file, Importers.standard()::read).close();
        Path folder = dir.resolve("demo.marginalia.backups");
        try (Stream<Path> backups = Files.list(folder)) {
            for (Path backup : backups.toList()) {
                Files.delete(backup);
            }
        }
        Files.delete(folder);
        Files.writeString(folder, "a plain file where the backups folder belongs");
        Preferences prefs = Preferences.userRoot().node("marginalia-fx-test");
        Workbench workbench = new Workbench(stage, Importers.standard()::read, new WindowState(prefs),
                Background.inline());
        workbench.setDialogs(dialogs);
        workbench.start(file);
    }

    @Test
    void theStatusBarShowsTheFailedBackupWithItsReason(FxRobot robot) {
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText())
                .startsWith("Backup failed").contains("is a file, not a folder");
        assertThat(robot.lookup("#sources-list").queryListView().getItems()).hasSize(2);
        assertThat(dialogs.errors).isEmpty();
    }
}
