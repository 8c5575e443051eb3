package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.Tag;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the demo project, driven by node id under Monocle; the background worker runs inline. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {

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

    private Project project() {
        return workbench.viewModel().project();
    }

    @Test
    void theDemoOpensWithBothSourcesSideBySide(FxRobot robot) {
        assertThat(robot.lookup("#source-title-0").queryAs(Label.class).getText())
                .startsWith("Declassified Putin-Bush Correspondence");
        assertThat(robot.lookup("#source-title-1").queryAs(Label.class).getText())
                .startsWith("The U.S. Declassified Conversation");
        assertThat(area(robot, 0).getText()).contains("Perhaps Russia could be an Ally");
        assertThat(area(robot, 1).getText()).contains("Perhaps Russia could be a member (of NATO)");
        assertThat(robot.lookup("#sources-list").queryListView().getItems()).hasSize(2);
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).contains("9 passages");
    }

    @Test
    void selectingTextAndPressingATagKeyStoresAndShowsThePassageAndUndoRedoWork(FxRobot robot) {
        InlineCssTextArea area = area(robot, 1);
        int start = area.getText().indexOf("World News");
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + "World News".length());
        });
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(project().passages().list()).anySatisfy(a -> {
            assertThat(a.quote()).isEqualTo("World News");
            assertThat(a.tagIds()).containsExactly(tag("missile defense").id());
        });
        assertThat(table(robot).getItems()).anySatisfy(r -> assertThat(r.passage().quote()).isEqualTo("World News"));
        assertThat(robot.lookup("#inspector-quote").queryAs(Label.class).getText()).contains("World News");
        assertThat(area.getStyleAtPosition(start + 2)).contains("-rtfx-background-color");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().passages().list()).noneMatch(a -> a.quote().equals("World News"));
        assertThat(area.getStyleAtPosition(start + 2)).doesNotContain("-rtfx-background-color");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().passages().list()).anyMatch(a -> a.quote().equals("World News"));
    }

    @Test
    void theTableFiltersByTagWithTheMouse(FxRobot robot) {
        robot.clickOn("#tag-filter-" + tag("1954 application").id());
        assertThat(table(robot).getItems()).hasSize(2)
                .allSatisfy(r -> assertThat(r.tagNames()).isEqualTo("1954 application"));
        robot.interact(() -> robot.lookup("#text-filter").queryAs(javafx.scene.control.TextField.class)
                .setText("Soviet Union applied"));
        assertThat(table(robot).getItems()).singleElement()
                .satisfies(r -> assertThat(r.passage().quote()).startsWith("In 1954"));
        robot.interact(() -> robot.lookup("#text-filter").queryAs(javafx.scene.control.TextField.class)
                .setText(""));
        robot.clickOn("#tag-filter-" + tag("1954 application").id());
        assertThat(table(robot).getItems()).hasSize(9);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aNoteTypedInTheInspectorIsStored(FxRobot robot) {
        Annotation honesty = passage("There must be honesty in our relations.");
        robot.interact(() -> workbench.viewModel().showPassage(honesty));
        robot.clickOn("#inspector-note").write("Twice.");
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().passages().get(honesty.id()).note()).isEqualTo("Twice.");
        assertThat(robot.lookup("#inspector-note").queryAs(TextArea.class).getText())
                .isEqualTo("Twice.");
    }

    @Test
    void passagesInTwoPanesAreLinkedAndTheStripShowsTheWordDiff(FxRobot robot) {
        Annotation european = passage("Russia is European and multi-ethnic, like the United States");
        Annotation honesty = passage("There must be honesty in our relations.");
        Annotation multinational = passage("his country is European and multinational, just like the U.S.");
        robot.interact(() -> {
            workbench.viewModel().selectPassage(0, honesty);
            workbench.viewModel().selectPassage(1, multinational);
        });
        int links = project().links().list().size();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().links().list()).hasSize(links + 1);

        robot.interact(() -> workbench.viewModel().selectPassage(0, european));
        TextFlow diff = robot.lookup("#comparison-diff").queryAs(TextFlow.class);
        List<Text> words = diff.getChildren().stream().map(Text.class::cast).toList();
        assertThat(words).anySatisfy(t -> {
            assertThat(t.isStrikethrough()).isTrue();
            assertThat(t.getText()).containsAnyOf("multinational", "multi-ethnic");
        });
        assertThat(words).anySatisfy(t -> assertThat(t.getStyleClass()).contains("diff-added"));
        assertThat(robot.lookup("#comparison-summary").queryAs(Label.class).getText()).contains("paraphrases");
    }

    @Test
    void findInSourceStepsThroughTheMatches(FxRobot robot) {
        robot.interact(() -> area(robot, 0).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("NATO");
        Label status = robot.lookup("#find-status-0").queryAs(Label.class);
        assertThat(status.getText()).matches("1 of \\d+");
        robot.type(KeyCode.ENTER);
        assertThat(status.getText()).matches("2 of \\d+");
        int caret = area(robot, 0).getCaretPosition();
        assertThat(area(robot, 0).getText().substring(caret, caret + 4)).isEqualToIgnoringCase("nato");
    }

    @Test
    void importingAFileAddsItToTheSources(FxRobot robot) throws Exception {
        dialogs.filesToImport = List.of(Files.writeString(dir.resolve("memo.txt"), "A memo about an Ally.\n"));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> sources = robot.lookup("#sources-list").queryListView();
        assertThat(sources.getItems()).hasSize(3);
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText()).contains("Imported 1 source");
    }

    @Test
    void importingAFileThatIsNotUtf8SaysSoInTheStatusNotice(FxRobot robot) throws Exception {
        dialogs.filesToImport = List.of(Files.write(dir.resolve("legacy.txt"),
                "Caf\u00e9 cr\u00e8me for the Ally.\n".getBytes(Charset.forName("windows-1252"))));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText()).contains("Imported 1 source")
                .contains("legacy.txt is not valid UTF-8");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void exportGoesThroughTheDialog(FxRobot robot) throws Exception {
        Path out = dir.resolve("passages.csv");
        dialogs.exportTarget = new ExportTarget(out, ExportFormat.CSV);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(out)).contains("Perhaps Russia could be a member (of NATO)");
    }

    private static InlineCssTextArea area(FxRobot robot, int pane) {
        return robot.lookup("#source-area-" + pane).queryAs(InlineCssTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<PassageRow> table(FxRobot robot) {
        return robot.lookup("#passages-table").queryAs(TableView.class);
    }

    @Test
    void aTagsMenuOffersToMergeItIntoEachOtherTagWhenItOpens(FxRobot robot) {
        Control cell = robot.lookup("#tag-1954-application").queryAs(Control.class);
        ContextMenu menu = cell.getContextMenu();
        robot.interact(() -> menu.show(cell, Side.BOTTOM, 0, 0));
        Menu merge = (Menu) menu.getItems().stream().filter(i -> "Merge into".equals(i.getText())).findFirst()
                .orElseThrow();
        assertThat(merge.getItems()).extracting(MenuItem::getText).doesNotContain("1954 application")
                .hasSize(workbench.viewModel().tags().size() - 1);
        robot.interact(menu::hide);
    }

    private Tag tag(String name) {
        return project().tags().resolve(name);
    }

    private Annotation passage(String quote) {
        return project().passages().list().stream().filter(a -> a.quote().equals(quote)).findFirst().orElseThrow();
    }
}
