package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.Tag;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a copy of the demo project, and the few moves the flows share (click a character, read). */
final class DemoWindow {

    private static final long DOUBLE_CLICK_PAUSE_MS = 800;

    final FakeDialogs dialogs = new FakeDialogs();
    final Workbench workbench;

    DemoWindow(Stage stage, Path dir, Background background) throws Exception {
        Path file = dir.resolve("demo.marginalia");
        if (!Files.exists(file)) {
            DemoProject.create(file, Importers.standard()::read).close();
        }
        Preferences prefs = Preferences.userRoot().node("marginalia-fx-test");
        workbench = new Workbench(stage, Importers.standard()::read, new WindowState(prefs), background);
        workbench.setDialogs(dialogs);
        workbench.start(file);
    }

    /** The demo project built once into {@code dir}, for each test to open a copy of it. */
    static Path template(Path dir) {
        Path template = dir.resolve("template.marginalia");
        DemoProject.create(template, Importers.standard()::read).close();
        return template;
    }

    /** The window on a fresh copy of {@code template} in {@code dir}. */
    static DemoWindow onACopyOf(Path template, Stage stage, Path dir, Background background) throws Exception {
        Files.copy(template, dir.resolve("demo.marginalia"));
        return new DemoWindow(stage, dir, background);
    }

    WorkbenchViewModel vm() {
        return workbench.viewModel();
    }

    Project project() {
        return vm().project();
    }

    Tag tag(String name) {
        return project().tags().resolve(name);
    }

    Annotation passage(String quote) {
        return project().passages().list().stream().filter(a -> a.quote().equals(quote)).findFirst().orElseThrow();
    }

    static InlineCssTextArea area(FxRobot robot, int pane) {
        return robot.lookup("#source-area-" + pane).queryAs(InlineCssTextArea.class);
    }

    static String notice(FxRobot robot) {
        return robot.lookup("#status-notice").queryAs(Label.class).getText();
    }

    /** Scrolls a character into view (unless it is) and clicks it with the mouse, as a user would. */
    static void clickCharacter(FxRobot robot, InlineCssTextArea area, int offset) {
        robot.interact(() -> {
            // RichTextFX lays out a little past the pane's bottom; a character there has bounds but cannot be clicked.
            Bounds visible = area.localToScreen(area.getBoundsInLocal());
            if (area.getCharacterBoundsOnScreen(offset, offset + 1).filter(visible::contains).isEmpty()) {
                area.showParagraphAtTop(Math.max(0, area.offsetToPosition(offset, Bias.Forward).getMajor() - 1));
                area.layout();
            }
        });
        // The text can still move after the scroll (a background result resizing the panes), so a click that did not
        // land where it was aimed (the caret tells) is made again, as a user would.
        for (int attempt = 0; attempt < 3; attempt++) {
            if (attempt > 0) {
                // Past the double-click interval, so the retry is a click of its own and does not select a word.
                robot.sleep(DOUBLE_CLICK_PAUSE_MS);
            }
            WaitForAsyncUtils.waitForFxEvents();
            // The whole window first: a change elsewhere (the comparison strip growing to its content) moves the text.
            robot.interact(() -> {
                area.getScene().getRoot().applyCss();
                area.getScene().getRoot().layout();
                area.layout();
            });
            robot.clickOn(centre(area, offset));
            WaitForAsyncUtils.waitForFxEvents();
            if (Math.abs(caret(robot, area) - offset) <= 1) {
                return;
            }
        }
    }

    private static int caret(FxRobot robot, InlineCssTextArea area) {
        int[] caret = new int[1];
        robot.interact(() -> caret[0] = area.getCaretPosition());
        return caret[0];
    }

    /** The middle of a character on the screen (asked on the FX thread, where RichTextFX answers). */
    static Point2D centre(InlineCssTextArea area, int offset) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Bounds b = area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow(
                        () -> new IllegalStateException("character " + offset + " is not on screen"));
                return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
            }).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every flow ends here: whatever the user did, no error dialog came up. */
    void assertNoErrorDialog() {
        assertThat(dialogs.errors).as("error dialogs raised").isEmpty();
    }
}
