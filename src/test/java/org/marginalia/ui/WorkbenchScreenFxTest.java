package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Tag;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on any screen: it opens inside the screen even when the saved size is bigger, keeps source panes
 * readable at 1024×700 by folding sidebars, and offers the shortcuts sheet, the start view and the tag editor.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchScreenFxTest {

    @TempDir
    static Path shared;
    static Path template;
    @TempDir
    Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    Preferences prefs;
    Workbench workbench;
    Stage stage;

    @BeforeAll
    static void buildTheDemoOnce() {
        template = shared.resolve("template.marginalia");
        DemoProject.create(template, Importers.standard()::read).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = Files.copy(template, dir.resolve("demo.marginalia"));
        prefs = Preferences.userRoot().node("marginalia-screen-test-" + UUID.randomUUID());
        // A session on a monitor far bigger than this screen, the window left off to the right.
        prefs.putDouble("width", 3840);
        prefs.putDouble("height", 2160);
        prefs.putDouble("x", 2500);
        prefs.putDouble("y", 300);
        workbench = new Workbench(stage, Importers.standard()::read, new WindowState(prefs), Background.inline());
        workbench.setDialogs(dialogs);
        workbench.start(file);
    }

    @AfterEach
    void noErrorDialogAndCleanUp() throws BackingStoreException {
        assertThat(dialogs.errors).as("error dialogs raised").isEmpty();
        prefs.removeNode();
    }

    @Test
    void savedBoundsLargerThanTheScreenAreFittedIntoIt() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    }

    @Test
    void at1024By700EachPaneKeepsItsWidthTheLibraryFoldsAndComesBackOnRequest(FxRobot robot) {
        Node library = robot.lookup("#library").query();
        resize(robot, 1024, 700);
        SplitPane main = robot.lookup("#main-split").queryAs(SplitPane.class);
        assertThat(main.getItems()).doesNotContain(library);
        for (int pane = 0; pane < 2; pane++) {
            Node root = robot.lookup("#source-pane-" + pane).query();
            assertThat(root.getLayoutBounds().getWidth()).as("pane %d", pane).isGreaterThanOrEqualTo(300);
        }
        assertThat(workbench.window().sidebars().inspectorShownProperty().get()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.window().sidebars().libraryShownProperty().get()).isTrue();
        assertThat(main.getItems()).contains(library);

        robot.clickOn("#toggle-inspector");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.window().sidebars().inspectorShownProperty().get()).isFalse();
        assertThat(new WindowState(prefs).shown("inspector")).as("remembered").isFalse();

        resize(robot, 1500, 900);
        assertThat(workbench.window().sidebars().inspectorShownProperty().get()).as("the user hid it").isFalse();
        assertThat(workbench.window().sidebars().libraryShownProperty().get()).isTrue();
    }

    @Test
    void theComparisonStripFoldsAndRemembersIt(FxRobot robot) {
        Node diff = robot.lookup("#comparison-scroll").query();
        assertThat(diff.isVisible()).isTrue();
        robot.clickOn("#comparison-fold");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(diff.isVisible()).isFalse();
        assertThat(new WindowState(prefs).shown("strip")).isFalse();
        assertThat(robot.lookup("#comparison-heading").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void f1OpensAShortcutsSheetGroupedByMenuWithASearchBox(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        GridPane grid = robot.lookup("#shortcuts-grid").queryAs(GridPane.class);
        assertThat(labels(grid)).contains("Edit", "View", "Undo", "Link Passages…", "In a source pane");

        robot.clickOn("#shortcuts-search").write("link");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels(grid)).contains("Link Passages…").doesNotContain("Zoom In", "Undo");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void closeLeadsToAStartViewAndAnEmptyProjectSaysHowToBringSourcesIn(FxRobot robot) throws Exception {
        Path empty = dir.resolve("empty.marginalia");
        Project.create(empty, Importers.standard()::read).close();
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#start-new").tryQuery()).isPresent();
        assertThat(robot.lookup("#start-demo").tryQuery()).isPresent();
        assertThat(robot.lookup("#start-recent-0").tryQuery()).as("the demo just closed is recent").isPresent();
        assertThat(robot.lookup("#source-pane-0").tryQuery()).as("not back in the demo").isEmpty();

        robot.interact(() -> workbench.openRecent(empty));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pane-placeholder").queryAll()).hasSize(2)
                .allSatisfy(n -> assertThat(((Label) n).getText()).isEqualTo(PanePlaceholder.NO_SOURCES));
    }

    @Test
    void aTagIsEditedFromTheKeyboardAndTheCodebookFiltersAsYouType(FxRobot robot) {
        robot.clickOn("#tags-filter").write("trust");
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<?> tree = robot.lookup("#tags-tree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(1);

        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextField key = robot.lookup("#tag-editor-key").queryAs(TextField.class);
        robot.clickOn(key).write("t");
        robot.clickOn("#tag-editor-description").write("Putin on honesty and trust");
        robot.clickOn("#tag-editor-swatch-6");
        robot.clickOn("#tag-editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        Tag trust = workbench.viewModel().project().tags().resolve("trust");
        assertThat(trust.shortcutKey()).isEqualTo("t");
        assertThat(trust.description()).isEqualTo("Putin on honesty and trust");
        assertThat(trust.color()).isEqualTo("#CC79A7");
        assertThat(workbench.viewModel().history().undoLabelProperty().get()).contains("Edit Tag");
    }

    @Test
    void theDemoSourcesCarryTheirPublicationDetails() {
        var sources = workbench.viewModel().project().sources().list();
        assertThat(sources.get(1).title()).isEqualTo(
                "The U.S. Declassified Conversation Between Putin and Bush About NATO in 2001");
        assertThat(sources.get(1).metadata().publisher()).isEqualTo("BB.LV");
        assertThat(sources.get(1).metadata().date()).isEqualTo("2025-12-26");
        assertThat(sources.get(1).metadata().url()).startsWith("https://en.bb.lv/");
        assertThat(sources.get(0).metadata().publisher()).isEqualTo("EIR News");
        assertThat(sources.get(0).metadata().url()).startsWith("https://eir.news/");
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> labels(GridPane grid) {
        return grid.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }
}
