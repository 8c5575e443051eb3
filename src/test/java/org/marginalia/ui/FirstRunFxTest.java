package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A first-time user's first screen, with the real background thread: the demo side by side, the "member"/"Ally"
 * pair selected and its word diff showing.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunFxTest {

    @TempDir
    Path dataDir;
    final FakeDialogs dialogs = new FakeDialogs();
    Preferences prefs;
    Workbench workbench;
    String previousDataDir;

    @Start
    void start(Stage stage) {
        previousDataDir = System.getProperty("marginalia.dataDir");
        System.setProperty("marginalia.dataDir", dataDir.toString());
        prefs = Preferences.userRoot().node("marginalia-first-run-test-" + UUID.randomUUID());
        workbench = new Workbench(stage, Importers.standard()::read, new WindowState(prefs), Background.threaded());
        workbench.setDialogs(dialogs);
        workbench.start(null);
    }

    @AfterEach
    void noErrorDialogAndCleanUp() throws BackingStoreException {
        assertThat(dialogs.errors).as("error dialogs raised").isEmpty();
        prefs.removeNode();
        if (previousDataDir == null) {
            System.clearProperty("marginalia.dataDir");
        } else {
            System.setProperty("marginalia.dataDir", previousDataDir);
        }
    }

    @Test
    void theFirstRunOpensTheDemoOnTheAllyAndMemberPairWithItsWordDiff(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.viewModel() != null
                && workbench.viewModel().selectedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workbench.viewModel().selectedProperty().get().quote()).isEqualTo(FirstScreen.MEMBER);
        assertThat(robot.lookup("#source-title-0").queryAs(Label.class).getText()).startsWith("Declassified");
        assertThat(robot.lookup("#source-title-1").queryAs(Label.class).getText()).startsWith("The U.S.");
        List<String> words = robot.lookup("#comparison-diff").queryAs(TextFlow.class).getChildren().stream()
                .map(n -> ((Text) n).getText()).toList();
        assertThat(String.join("", words)).contains("an Ally").contains("a member (of NATO)");
        assertThat(robot.lookup("#comparison-summary").queryAs(Label.class).getText()).contains("paraphrases");
        assertThat(workbench.viewModel().projectPath()).isEqualTo(dataDir.resolve("demo.marginalia"));
    }
}
