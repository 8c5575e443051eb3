package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Tag;
import org.marginalia.project.DemoProject;
import org.marginalia.ui.analysis.MatrixCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Analysis window on the demo project: a click on a matrix cell fills the passage table with its passages. */
@ExtendWith(ApplicationExtension.class)
class AnalysisFxTest {

    @TempDir
    static Path shared;
    static Path template;
    @TempDir
    Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    Workbench workbench;

    @BeforeAll
    static void buildTheDemoOnce() {
        template = shared.resolve("template.marginalia");
        DemoProject.create(template, Importers.standard()::read).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.copy(template, dir.resolve("demo.marginalia"));
        Preferences prefs = Preferences.userRoot().node("marginalia-fx-test");
        workbench = new Workbench(stage, Importers.standard()::read, new WindowState(prefs), Background.inline());
        workbench.setDialogs(dialogs);
        workbench.start(file);
    }

    @Test
    void clickingACoOccurrenceCellListsThePassagesOfBothTagsThere(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#analysis-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(robot.lookup("#analysis-status").queryAs(Label.class).getText()).contains("9 passages");

        // In the demo, "trust" (row 1) and "missile defense" (column 2) overlap in one stretch of text.
        Map<String, Long> tagIds = new HashMap<>();
        for (Tag t : workbench.viewModel().project().tags().list()) {
            tagIds.put(t.name(), t.id());
        }
        MatrixCanvas matrix = robot.lookup("#cooccurrence-matrix").queryAs(MatrixCanvas.class);
        Point2D cell = matrix.localToScreen(matrix.cellX(2), matrix.cellY(1));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<PassageRow> table = robot.lookup("#passages-table").queryTableView();
        List<PassageRow> rows = table.getItems();
        assertThat(rows).isNotEmpty().hasSizeLessThan(9);
        assertThat(rows).allMatch(r -> r.passage().tagIds().contains(tagIds.get("trust"))
                || r.passage().tagIds().contains(tagIds.get("missile defense")));
        assertThat(rows).anyMatch(r -> r.passage().tagIds().contains(tagIds.get("missile defense")));
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText())
                .contains("trust with missile defense");
        assertThat(dialogs.errors).isEmpty();
    }
}
