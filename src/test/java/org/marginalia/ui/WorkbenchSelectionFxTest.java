package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marginalia.ui.DemoWindow.area;
import static org.marginalia.ui.DemoWindow.clickCharacter;
import static org.marginalia.ui.DemoWindow.notice;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.Link;
import org.marginalia.model.Tag;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One current passage, keys that act only on what is shown, and an answer in the status bar for every action. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchSelectionFxTest {

    static final String HONESTY = "There must be honesty in our relations.";
    static final String ALLY = "Perhaps Russia could be an Ally";
    static final String MEMBER = "Perhaps Russia could be a member (of NATO)";

    @TempDir
    Path dir;
    DemoWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = new DemoWindow(stage, dir, Background.inline());
    }

    @AfterEach
    void noErrorDialog() {
        w.assertNoErrorDialog();
    }

    private Annotation current() {
        return w.vm().selectedProperty().get();
    }

    /** A letter after the passage that no passage covers: plain text to click. */
    private int plainTextAfter(FxRobot robot, Annotation passage) {
        String text = area(robot, 0).getText();
        SourcePaneModel pane = w.vm().panes().get(0);
        for (int i = passage.span().end(); i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && pane.passageAt(i) == null) {
                return i;
            }
        }
        throw new IllegalStateException("no plain text after " + passage.quote());
    }

    /** Clicks the passage's highlight; a click the window did not take (it shows no current passage) is made again. */
    private void clickPassage(FxRobot robot, int pane, Annotation passage) {
        for (int attempt = 0; attempt < 2; attempt++) {
            clickCharacter(robot, area(robot, pane), passage.span().start() + 3);
            Annotation now = current();
            if (now != null && now.id() == passage.id()) {
                return;
            }
            robot.sleep(800);
        }
    }

    @Test
    void clickingPlainTextClearsTheCurrentPassageSoAStrayDigitChangesNothing(FxRobot robot) {
        Annotation honesty = w.passage(HONESTY);
        clickPassage(robot, 0, honesty);
        assertThat(current().id()).isEqualTo(honesty.id());
        assertThat(robot.lookup("#inspector-quote").queryAs(Label.class).getText()).contains(HONESTY);

        clickCharacter(robot, area(robot, 0), plainTextAfter(robot, honesty));
        assertThat(current()).isNull();
        assertThat(w.vm().panes().get(0).selectedPassageProperty().get()).isNull();
        assertThat(robot.lookup("#inspector-quote").queryAs(Label.class).getText()).doesNotContain(HONESTY);

        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.project().passages().get(honesty.id()).tagIds()).containsExactly(w.tag("trust").id());
        assertThat(notice(robot)).startsWith("Select some text or click a passage first");
    }

    @Test
    void aDigitTagsTheCurrentPassageAndTheStatusBarSaysWhatItDid(FxRobot robot) {
        Annotation honesty = w.passage(HONESTY);
        clickPassage(robot, 0, honesty);
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(w.project().passages().get(honesty.id()).tagIds())
                .containsExactlyInAnyOrder(w.tag("trust").id(), w.tag("NATO expansion").id());
        assertThat(notice(robot)).isEqualTo("Tagged \u201CThere must be honesty in our relations.\u201D as NATO "
                + "expansion \u2014 Ctrl+Z to undo");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.project().passages().get(honesty.id()).tagIds()).containsExactly(w.tag("trust").id());
        assertThat(notice(robot)).startsWith("Undone: Add Tag");
    }

    @Test
    void oneClickOnATableRowMakesItsPassageCurrentAndMarksItInItsPane(FxRobot robot) {
        Annotation member = w.passage(MEMBER);
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .map(r -> (TableRow<?>) r)
                .filter(r -> r.getItem() instanceof PassageRow p && p.passage().id() == member.id()).findFirst()
                .orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(current().id()).isEqualTo(member.id());
        assertThat(w.vm().panes().get(1).selectedPassageProperty().get().id()).isEqualTo(member.id());
        assertThat(robot.lookup("#inspector-quote").queryAs(Label.class).getText()).contains(MEMBER);
    }

    @Test
    void theTableSelectsTheCurrentPassageWhereverItWasChosen(FxRobot robot) {
        Annotation honesty = w.passage(HONESTY);
        clickPassage(robot, 0, honesty);
        @SuppressWarnings("unchecked")
        TableView<PassageRow> table = robot.lookup("#passages-table")
                .queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().passage().id()).isEqualTo(honesty.id());
    }

    @Test
    void clickingAHighlightThatIsInViewDoesNotScrollThePane(FxRobot robot) {
        Annotation honesty = w.passage(HONESTY);
        InlineCssTextArea area = area(robot, 0);
        clickCharacter(robot, area, plainTextAfter(robot, honesty));
        double before = area.getEstimatedScrollY();
        clickPassage(robot, 0, honesty);
        assertThat(current().id()).isEqualTo(honesty.id());
        assertThat(area.getEstimatedScrollY()).isEqualTo(before);
    }

    @Test
    void enterMarksTheSelectionAsAPassageWithoutATag(FxRobot robot) {
        InlineCssTextArea area = area(robot, 1);
        int start = area.getText().indexOf("World News");
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + "World News".length());
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(w.project().passages().list()).anySatisfy(a -> {
            assertThat(a.quote()).isEqualTo("World News");
            assertThat(a.tagIds()).isEmpty();
        });
        assertThat(current().quote()).isEqualTo("World News");
        assertThat(notice(robot)).isEqualTo("Marked \u201CWorld News\u201D as a passage \u2014 Ctrl+Z to undo");
    }

    @Test
    void aNewTagFromTheSelectionIsMadeAndAppliedInOneStepAndOneUndo(FxRobot robot) {
        InlineCssTextArea area = area(robot, 1);
        int start = area.getText().indexOf("World News");
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + "World News".length());
        });
        w.dialogs.text = "press";
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Tag press = w.tag("press");
        assertThat(w.project().passages().list()).anySatisfy(a -> {
            assertThat(a.quote()).isEqualTo("World News");
            assertThat(a.tagIds()).containsExactly(press.id());
        });
        assertThat(notice(robot)).contains("New tag press");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.project().tags().list()).extracting(Tag::name).doesNotContain("press");
        assertThat(w.project().passages().list()).noneMatch(a -> a.quote().equals("World News"));
    }

    @Test
    void ctrlLOnAPairThatIsLinkedAlreadyEitherWayIsRefusedWithAMessage(FxRobot robot) {
        Annotation ally = w.passage(ALLY);
        Annotation member = w.passage(MEMBER);
        List<Link> before = w.project().links().list();
        clickPassage(robot, 1, member);
        clickPassage(robot, 0, ally);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.project().links().list()).isEqualTo(before);
        assertThat(w.dialogs.information).anySatisfy(m -> assertThat(m).contains("linked already"));
        assertThat(notice(robot)).contains("linked already");

        clickPassage(robot, 1, member);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.project().links().list()).isEqualTo(before);
    }

    @Test
    void deleteSaysWhatItRemovedAndHowToUndoIt(FxRobot robot) {
        Annotation honesty = w.passage(HONESTY);
        clickPassage(robot, 0, honesty);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.project().passages().list()).noneMatch(a -> a.id() == honesty.id());
        assertThat(notice(robot)).isEqualTo("Deleted the passage \u201CThere must be honesty in our relations.\u201D "
                + "(trust) \u2014 Ctrl+Z to undo");
        assertThat(current()).isNull();
    }

    @Test
    void theComparisonStripEmptiesWhenTheCurrentPassageHasNoLink(FxRobot robot) {
        Label summary = robot.lookup("#comparison-summary").queryAs(Label.class);
        clickPassage(robot, 0, w.passage(ALLY));
        assertThat(summary.getText()).contains("paraphrases");
        clickPassage(robot, 0, w.passage(HONESTY));
        assertThat(summary.getText()).isEmpty();
        assertThat(w.vm().comparisonProperty().get()).isNull();
    }

    @Test
    void aPassageWithSeveralTagsShowsAStripeInEachTagsColour(FxRobot robot) {
        Annotation both = w.passage("It\u2019s a matter of trust");
        String style = area(robot, 0).getStyleAtPosition(both.span().start() + 2);
        assertThat(style).contains("linear-gradient");
        int[] trust = HighlightStyle.rgb(w.tag("trust").color());
        int[] missile = HighlightStyle.rgb(w.tag("missile defense").color());
        assertThat(style).contains("rgba(" + trust[0] + "," + trust[1] + "," + trust[2] + ",0.95)")
                .contains("rgba(" + missile[0] + "," + missile[1] + "," + missile[2] + ",0.95)");
        assertThat(area(robot, 0).getStyleAtPosition(w.passage(HONESTY).span().start() + 2))
                .doesNotContain("linear-gradient");
    }

    @Test
    void aDragThatEndsInsideAWordTakesTheWholeWordUnlessAltIsHeld(FxRobot robot) {
        InlineCssTextArea area = area(robot, 1);
        int world = area.getText().indexOf("World News");
        robot.interact(() -> area.showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag(DemoWindow.centre(area, world + 2)).dropTo(DemoWindow.centre(area, world + 8));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo("World News");

        robot.press(KeyCode.ALT);
        try {
            robot.drag(DemoWindow.centre(area, world + 2)).dropTo(DemoWindow.centre(area, world + 8));
        } finally {
            robot.release(KeyCode.ALT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo("rld Ne");
    }

    @Test
    void copyCitationCopiesTheWholeCitationAndSaysWhatItCopied(FxRobot robot) {
        clickPassage(robot, 1, w.passage(MEMBER));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = clipboard(robot);
        String expected = w.project().sources().citation(w.passage(MEMBER).id());
        assertThat(copied).isEqualTo(expected);
        assertThat(notice(robot)).isEqualTo("Copied citation: " + expected.replaceAll("\\s+", " ").strip());
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
