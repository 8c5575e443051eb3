package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.WordDiff;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit Text on the demo project: correct a word, save, and the passages are still highlighted where they belong. */
@ExtendWith(ApplicationExtension.class)
class TextEditFxTest {

    private static final String ALLY = "Perhaps Russia could be an Ally";

    @TempDir
    static Path shared;
    static Path template;
    @TempDir
    Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    final List<List<WordDiff>> changesShown = new ArrayList<>();
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
        workbench.viewModel().textCorrections().setChangesWindow((title, changes) -> changesShown.add(changes));
    }

    private Project project() {
        return workbench.viewModel().project();
    }

    private static InlineCssTextArea area(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(InlineCssTextArea.class);
    }

    /** Whether the node and every node around it are visible, as a user would see it. */
    private static boolean shown(FxRobot robot, String id) {
        for (Node n = robot.lookup(id).queryAs(Node.class); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Annotation ally() {
        return project().passages().list().stream().filter(a -> a.quote().equals(ALLY)).findFirst().orElseThrow();
    }

    @Test
    void correctingAWordKeepsThePassageHighlightedWhereItBelongsAndUndoTakesItBack(FxRobot robot) {
        Annotation before = ally();
        long source = before.documentId();
        String oldText = project().sources().text(source);
        int passages = project().passages().list().size();
        robot.interact(() -> workbench.viewModel().showPassage(before));

        robot.clickOn("#edit-text-button-0");
        InlineCssTextArea editor = area(robot, "#text-editor-0");
        assertThat(shown(robot, "#text-editor-0")).isTrue();
        assertThat(editor.getText()).isEqualTo(oldText);
        int june = editor.getText().indexOf("June 2001");
        robot.interact(() -> {
            editor.requestFocus();
            editor.selectRange(june, june + "June".length());
        });
        robot.type(KeyCode.DELETE);
        robot.write("July");
        // Delete and Ctrl+Z belong to the editor while it is open: the passage stays, the window undoes nothing.
        assertThat(project().passages().list()).hasSize(passages);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.getText()).doesNotContain("July 2001");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(editor.getText()).contains("conversation in July 2001");
        assertThat(project().sources().text(source)).isEqualTo(oldText);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String newText = project().sources().text(source);
        assertThat(newText).contains("conversation in July 2001").doesNotContain("June 2001");
        assertThat(project().reanchor().versions(source)).hasSize(1);
        Annotation after = ally();
        assertThat(after.span().of(newText)).isEqualTo(ALLY);
        InlineCssTextArea pane = area(robot, "#source-area-0");
        assertThat(pane.getText()).isEqualTo(DisplayText.of(newText));
        assertThat(pane.getStyleAtPosition(after.span().start() + 2)).contains("-rtfx-background-color");
        assertThat(shown(robot, "#text-editor-0")).isFalse();
        assertThat(shown(robot, "#edit-result-0")).isTrue();
        robot.clickOn("#edit-changes-0");
        assertThat(changesShown).singleElement().satisfies(changes -> assertThat(changes)
                .extracting(WordDiff::summary).containsExactly("\"June\" → \"July\""));
        assertThat(project().passages().list()).hasSize(passages);

        robot.interact(() -> pane.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().sources().text(source)).isEqualTo(oldText);
        assertThat(ally()).isEqualTo(before);
        assertThat(project().reanchor().versions(source)).isEmpty();
        assertThat(pane.getText()).isEqualTo(DisplayText.of(oldText));
        assertThat(pane.getStyleAtPosition(before.span().start() + 2)).contains("-rtfx-background-color");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void escapeWithUnsavedChangesAsksAndChangesNothing(FxRobot robot) {
        long source = ally().documentId();
        String oldText = project().sources().text(source);
        robot.clickOn("#menu-bar").type(KeyCode.ESCAPE);
        robot.interact(() -> workbench.viewModel().textCorrections()
                .editorFor(workbench.viewModel().panes().get(0)).begin());
        InlineCssTextArea editor = area(robot, "#text-editor-0");
        robot.interact(() -> editor.requestFocus());
        robot.write("Draft ");
        dialogs.agree = false;
        robot.type(KeyCode.ESCAPE);
        assertThat(shown(robot, "#text-editor-0")).isTrue();
        dialogs.agree = true;
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#text-editor-0")).isFalse();
        assertThat(project().sources().text(source)).isEqualTo(oldText);
        assertThat(project().reanchor().versions(source)).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
