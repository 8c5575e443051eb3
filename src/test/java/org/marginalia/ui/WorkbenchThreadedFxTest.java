package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marginalia.ui.DemoWindow.area;
import static org.marginalia.ui.DemoWindow.notice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Flows on the real background thread, where races show: two fast Ctrl+Z presses, and undoing an import while the
 * window holds the source's text.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchThreadedFxTest {

    static final String HONESTY = "There must be honesty in our relations.";
    static final String ALLY = "Perhaps Russia could be an Ally";

    @TempDir
    Path dir;
    Background background;
    DemoWindow w;

    @Start
    void start(Stage stage) throws Exception {
        background = Background.threaded();
        w = new DemoWindow(stage, dir, background);
    }

    @BeforeEach
    void waitForTheWindow() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                w.workbench.viewModel() != null && w.vm().panes().size() > 1
                        && w.vm().panes().get(1).documentProperty().get() != null).get());
        idle();
    }

    @AfterEach
    void noErrorDialogAndStop() {
        w.assertNoErrorDialog();
        background.shutdown();
    }

    private void idle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !background.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tag(FxRobot robot, Annotation passage, String tagName) throws Exception {
        long tagId = w.tag(tagName).id();
        robot.interact(() -> w.vm().passages().toggleTag(passage, tagId));
        idle();
    }

    private Document byFile(String name) {
        return w.project().sources().list().stream().filter(d -> d.fileName().equals(name)).findFirst().orElseThrow();
    }

    private static void ctrlZ(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    @Test
    void twoFastCtrlZPressesNeverUndoTheSameEditTwice(FxRobot robot) throws Exception {
        Annotation honesty = w.passage(HONESTY);
        Annotation ally = w.passage(ALLY);
        tag(robot, honesty, "NATO expansion");
        tag(robot, ally, "trust");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z).press(KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        idle();

        assertThat(w.project().passages().get(ally.id()).tagIds()).containsExactly(w.tag("NATO expansion").id());
        boolean secondRan = w.project().passages().get(honesty.id()).tagIds().size() == 1;
        if (!secondRan) {
            // The second press came while the first undo was being saved: it was refused, and said so.
            assertThat(w.vm().history().canUndoProperty().get()).isTrue();
            ctrlZ(robot);
            idle();
        }
        assertThat(w.project().passages().get(honesty.id()).tagIds()).containsExactly(w.tag("trust").id());
        assertThat(w.vm().history().canRedoProperty().get()).isTrue();
        assertThat(w.vm().history().redoLabelProperty().get()).isEqualTo("Redo Add Tag");
    }

    @Test
    void ctrlZWhileAChangeIsStillBeingSavedIsRefusedAndSaysSo(FxRobot robot) throws Exception {
        Annotation honesty = w.passage(HONESTY);
        Annotation ally = w.passage(ALLY);
        tag(robot, honesty, "NATO expansion");
        CountDownLatch hold = new CountDownLatch(1);
        robot.interact(() -> {
            background.run("Holding the worker", p -> hold.await(30, TimeUnit.SECONDS), x -> { });
            w.vm().passages().toggleTag(ally, w.tag("trust").id());
        });
        ctrlZ(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice(robot)).startsWith("Undo waits");
        hold.countDown();
        idle();
        assertThat(w.project().passages().get(ally.id()).tagIds())
                .containsExactlyInAnyOrder(w.tag("NATO expansion").id(), w.tag("trust").id());
        assertThat(w.project().passages().get(honesty.id()).tagIds()).hasSize(2);

        ctrlZ(robot);
        idle();
        ctrlZ(robot);
        idle();
        assertThat(w.project().passages().get(ally.id()).tagIds()).containsExactly(w.tag("NATO expansion").id());
        assertThat(w.project().passages().get(honesty.id()).tagIds()).containsExactly(w.tag("trust").id());
    }

    @Test
    void afterUndoingAnImportTheNextImportShowsItsOwnTextAndMarksPassagesInIt(FxRobot robot) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Alpha memo: the first file, about an Ally and trust.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Bravo report, second file; nothing like the first one.\n");
        w.dialogs.filesToImport = List.of(a);
        robot.interact(() -> w.vm().setActivePane(0));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        idle();
        assertThat(area(robot, 0).getText()).startsWith("Alpha memo");
        ctrlZ(robot);
        idle();
        assertThat(w.project().sources().list()).extracting(Document::fileName).doesNotContain("a.txt");

        w.dialogs.filesToImport = List.of(b);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        idle();

        InlineCssTextArea area = area(robot, 0);
        assertThat(robot.lookup("#source-title-0").queryAs(Label.class).getText())
                .isEqualTo(byFile("b.txt").title());
        assertThat(area.getText()).startsWith("Bravo report");
        int start = area.getText().indexOf("second file");
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + "second file".length());
        });
        robot.type(KeyCode.ENTER);
        idle();
        assertThat(w.project().passages().list()).anySatisfy(p -> assertThat(p.quote()).isEqualTo("second file"));
    }

    @Test
    void redoOfAnImportPutsTheSourceBackFromTheProjectEvenWhenTheFileIsGone(FxRobot robot) throws Exception {
        Path a = Files.writeString(dir.resolve("gone.txt"), "A memo that will be deleted from the disk.\n");
        w.dialogs.filesToImport = List.of(a);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        idle();
        Document imported = byFile("gone.txt");
        ctrlZ(robot);
        idle();
        Files.delete(a);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        idle();

        Document back = byFile("gone.txt");
        assertThat(back.id()).isEqualTo(imported.id());
        assertThat(w.project().sources().text(back.id())).isEqualTo("A memo that will be deleted from the disk.\n");
        assertThat(robot.lookup("#sources-list").queryListView().getItems()).hasSize(3);
        assertThat(notice(robot)).startsWith("Redone: Import");
    }
}
