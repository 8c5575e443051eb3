package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import org.marginalia.ui.Dialogs.UnsavedChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typed corrections are never lost: closing the window, the project or showing another source asks first. */
@ExtendWith(ApplicationExtension.class)
class UnsavedEditsFxTest {

    @TempDir
    static Path shared;
    static Path template;
    @TempDir
    Path dir;
    DemoWindow window;
    Stage stage;
    boolean exited;
    long source;
    String storedBefore;

    @BeforeAll
    static void buildTheDemoOnce() {
        template = DemoWindow.template(shared);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = DemoWindow.onACopyOf(template, stage, dir, Background.inline());
        window.workbench.setExit(() -> exited = true);
    }

    /** Opens the editor on the first pane and types a word at the start of the text, as a user would. */
    private void typeADraft(FxRobot robot) {
        typeADraft(robot, 0);
    }

    private void typeADraft(FxRobot robot, int pane) {
        source = window.vm().panes().get(pane).documentProperty().get().id();
        storedBefore = window.project().sources().text(source);
        robot.clickOn("#edit-text-button-" + pane);
        InlineCssTextArea editor = robot.lookup("#text-editor-" + pane).queryAs(InlineCssTextArea.class);
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write("Draft ");
        assertThat(editor.getText()).startsWith("Draft ");
    }

    /** Asks the first pane to show the source the second one shows; returns that source. */
    private Document openTheOtherSource(FxRobot robot, UnsavedChoice answer) {
        Document other = window.vm().panes().get(1).documentProperty().get();
        window.dialogs.unsaved = answer;
        robot.interact(() -> window.vm().openInPane(0, other.id()));
        WaitForAsyncUtils.waitForFxEvents();
        return other;
    }

    private void requestWindowClose(FxRobot robot) {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text as stored in the project file, read after the window closed it. */
    private String storedText() {
        try (Project reopened = Project.open(dir.resolve("demo.marginalia"), Importers.standard()::read)) {
            return reopened.sources().text(source);
        }
    }

    @Test
    void closingTheWindowAsksAndCancelKeepsTheWindowAndTheEdit(FxRobot robot) {
        typeADraft(robot);
        window.dialogs.unsaved = UnsavedChoice.CANCEL;
        requestWindowClose(robot);

        assertThat(window.dialogs.unsavedAsked).singleElement().asString().contains("not saved");
        assertThat(exited).isFalse();
        assertThat(stage.isShowing()).isTrue();
        assertThat(window.vm().textCorrections().editorFor(window.vm().panes().get(0)).editingProperty().get())
                .as("the editor is still open").isTrue();
        InlineCssTextArea editor = robot.lookup("#text-editor-0").queryAs(InlineCssTextArea.class);
        assertThat(editor.getText()).startsWith("Draft ");
        assertThat(window.project().sources().text(source)).isEqualTo(storedBefore);
        window.assertNoErrorDialog();
    }

    @Test
    void discardClosesWithoutSaving(FxRobot robot) {
        assertThat(closeTheWindowWithADraft(robot, UnsavedChoice.DISCARD)).isEqualTo(storedBefore);
    }

    @Test
    void saveStoresTheCorrectionBeforeTheWindowCloses(FxRobot robot) {
        assertThat(closeTheWindowWithADraft(robot, UnsavedChoice.SAVE)).isEqualTo("Draft " + storedBefore);
    }

    /** Types a draft, closes the window answering {@code answer}; returns the text stored once it closed. */
    private String closeTheWindowWithADraft(FxRobot robot, UnsavedChoice answer) {
        typeADraft(robot);
        window.dialogs.unsaved = answer;
        requestWindowClose(robot);
        assertThat(window.dialogs.unsavedAsked).hasSize(1);
        assertThat(exited).as("the window closed").isTrue();
        window.assertNoErrorDialog();
        return storedText();
    }

    @Test
    void saveStoresTheCorrectionBeforeThePaneShowsAnotherSource(FxRobot robot) {
        typeADraft(robot);
        Document other = openTheOtherSource(robot, UnsavedChoice.SAVE);

        assertThat(window.dialogs.unsavedAsked).hasSize(1);
        assertThat(window.project().sources().text(source)).isEqualTo("Draft " + storedBefore);
        assertThat(window.vm().panes().get(0).documentProperty().get().id()).isEqualTo(other.id());
        assertThat(window.vm().textCorrections().editorFor(window.vm().panes().get(0)).editingProperty().get())
                .as("the editor has closed").isFalse();
        window.assertNoErrorDialog();
    }

    @Test
    void cancelKeepsTheProjectOpenAndTheSourceInThePane(FxRobot robot) {
        typeADraft(robot);
        openTheOtherSource(robot, UnsavedChoice.CANCEL);
        robot.interact(() -> window.workbench.closeProject());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.dialogs.unsavedAsked).hasSize(2);
        assertThat(window.workbench.viewModel()).isNotNull();
        assertThat(window.vm().panes().get(0).documentProperty().get().id()).isEqualTo(source);
        assertThat(robot.lookup("#text-editor-0").queryAs(InlineCssTextArea.class).getText()).startsWith("Draft ");
        assertThat(window.project().sources().text(source)).isEqualTo(storedBefore);
        window.assertNoErrorDialog();
    }

    @Test
    void removingThePaneAsksAndCancelKeepsThePaneAndItsEdit(FxRobot robot) {
        typeADraft(robot, 1);
        window.dialogs.unsaved = UnsavedChoice.CANCEL;
        robot.interact(() -> window.vm().removePane());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.dialogs.unsavedAsked).hasSize(1);
        assertThat(window.vm().panes()).hasSize(2);
        assertThat(robot.lookup("#text-editor-1").queryAs(InlineCssTextArea.class).getText()).startsWith("Draft ");

        window.dialogs.unsaved = UnsavedChoice.DISCARD;
        robot.interact(() -> window.vm().removePane());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.vm().panes()).hasSize(1);
        assertThat(window.project().sources().text(source)).isEqualTo(storedBefore);
        window.assertNoErrorDialog();
    }

    @Test
    void nothingIsAskedWhenNothingIsUnsaved(FxRobot robot) {
        robot.clickOn("#edit-text-button-0");
        robot.interact(() -> window.workbench.closeProject());
        WaitForAsyncUtils.waitForFxEvents();
        requestWindowClose(robot);

        assertThat(window.dialogs.unsavedAsked).isEmpty();
        assertThat(window.workbench.viewModel()).isNull();
        assertThat(exited).isTrue();
        window.assertNoErrorDialog();
    }
}
