package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.bench.TextPdf;
import org.marginalia.model.Annotation;
import org.marginalia.model.PageLayout;
import org.marginalia.model.WordBox;
import org.marginalia.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The page beside the text in the real window, on a PDF written in the test; background inline, under Monocle. */
@ExtendWith(ApplicationExtension.class)
class PageViewFxTest {

    private static final String PREFS = "marginalia-page-fx-test";

    @TempDir
    Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    Path file;
    Workbench workbench;
    Annotation petition;

    @Start
    void start(Stage stage) throws Exception {
        Preferences prefs = Preferences.userRoot().node(PREFS);
        prefs.clear();
        Path pdf = dir.resolve("council minutes.pdf");
        Files.write(pdf, TextPdf.pages(List.of(
                List.of("The council met on the ninth of May", "to hear the petition of the weavers",
                        "who asked for bread and for work."),
                List.of("The mayor refused and the crowd", "gathered at the market cross at noon."))));
        file = dir.resolve("minutes.marginalia");
        try (Project project = Project.create(file, Importers.standard()::read)) {
            project.sources().importFile(pdf);
            project.tags().add("grievance", "#D94C3D", null, "1");
            petition = project.passages().annotate("council minutes", "petition of the weavers", 1,
                    List.of("grievance"), "");
        }
        workbench = new Workbench(stage, Importers.standard()::read, new WindowState(prefs), Background.inline());
        workbench.setDialogs(dialogs);
        workbench.start(file);
    }

    @AfterEach
    void forget() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    private Project project() {
        return workbench.viewModel().project();
    }

    private void showBoth(FxRobot robot) {
        robot.clickOn("#page-mode-both-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#page-view-0").query().isVisible()).isTrue();
    }

    /** Where a point of page 1 (in page units) is on the screen now. */
    private Point2D onScreen(FxRobot robot, double x, double y) {
        StackPane sheet = robot.lookup("#page-sheet-0").queryAs(StackPane.class);
        ImageView picture = (ImageView) sheet.getChildren().get(0);
        PageLayout page = project().pages().page(petition.documentId(), 1).orElseThrow();
        double scale = picture.getFitWidth() / page.width();
        assertThat(scale).as("the page is drawn").isPositive();
        return sheet.localToScreen(x * scale, y * scale);
    }

    private WordBox word(String text) {
        return project().pages().page(petition.documentId(), 1).orElseThrow().words().stream()
                .filter(w -> w.word().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aSourceWithPagesOffersTextPageAndBothAndClickingAPassageBoxSelectsThePassage(FxRobot robot) {
        assertThat(robot.lookup("#page-mode-text-0").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#page-mode-text-1").queryAs(ToggleButton.class).getParent().isVisible())
                .as("an empty pane offers no page").isFalse();
        showBoth(robot);
        Pane marks = (Pane) robot.lookup("#page-sheet-0").queryAs(StackPane.class).getChildren().get(1);
        assertThat(marks.getChildren()).filteredOn(n -> n.getStyleClass().contains("page-passage")).isNotEmpty();

        WordBox weavers = word("weavers");
        robot.clickOn(onScreen(robot, weavers.x() + weavers.width() / 2, weavers.y() + weavers.height() / 2));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workbench.viewModel().selectedProperty().get()).isNotNull()
                .extracting(Annotation::id).isEqualTo(petition.id());
        assertThat(marks.getChildren()).filteredOn(n -> n.getStyleClass().contains("page-passage-selected"))
                .isNotEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void draggingARegionOnThePageSelectsTheTextOfItsWordsAndSelectedTextIsMarkedOnThePage(FxRobot robot) {
        showBoth(robot);
        WordBox bread = word("bread");
        WordBox work = word("work.");
        robot.drag(onScreen(robot, bread.x() - 4, bread.y() - 4))
                .dropTo(onScreen(robot, work.x() + work.width() + 4, work.y() + work.height() + 4));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(DemoWindow.area(robot, 0).getSelectedText()).isEqualTo("bread and for work.");
        Pane marks = (Pane) robot.lookup("#page-sheet-0").queryAs(StackPane.class).getChildren().get(1);
        assertThat(marks.getChildren()).filteredOn(n -> n.getStyleClass().contains("page-text-selection"))
                .singleElement().satisfies(n -> assertThat(((Rectangle) n).getWidth()).isPositive());

        robot.interact(() -> DemoWindow.area(robot, 0).selectRange(0, 3));
        assertThat(marks.getChildren()).filteredOn(n -> n.getStyleClass().contains("page-text-selection"))
                .hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void turningThePageAndZoomingWorkAndTheChoiceIsRememberedForThePane(FxRobot robot) {
        InlineCssTextArea area = DemoWindow.area(robot, 0);
        showBoth(robot);
        robot.clickOn("#page-next-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#page-number-0").queryAs(TextField.class).getText()).isEqualTo("2");
        ImageView picture = (ImageView) robot.lookup("#page-sheet-0").queryAs(StackPane.class).getChildren().get(0);
        double fitted = picture.getFitWidth();
        robot.clickOn("#page-zoom-in-0");
        assertThat(picture.getFitWidth()).isGreaterThan(fitted);
        robot.clickOn("#page-fit-0");
        assertThat(picture.getFitWidth()).isEqualTo(fitted);
        robot.clickOn("#page-mode-page-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getScene()).as("the text is put away").isNull();

        // A restart: the project closed, then opened again with the same remembered window state.
        robot.interact(() -> {
            workbench.closeProject();
            workbench.start(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton page = robot.lookup("#page-mode-page-0").queryAs(ToggleButton.class);
        assertThat(page.isSelected()).as("Page is still chosen after a restart").isTrue();
        assertThat(robot.lookup("#page-view-0").query().getScene()).isNotNull();
        assertThat(dialogs.errors).isEmpty();
    }
}
