package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.Annotation;
import org.marginalia.model.Tag;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.marginalia.project.TagPalette;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two coders in the Analysis window: the other coder coded a sentence with a tag this project lacks; adopting that
 * disagreement asks to create the tag, puts the passage into the project, and Ctrl+Z takes both out again.
 */
@ExtendWith(ApplicationExtension.class)
class AdoptCodingsFxTest {

    static final String QUOTE = "its absolute red line that Ukraine not be brought into the alliance";

    @TempDir
    static Path shared;
    static Path template;
    static Path otherCoder;
    @TempDir
    Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    Workbench workbench;

    @BeforeAll
    static void buildBothProjectsOnce() {
        template = shared.resolve("template.marginalia");
        DemoProject.create(template, Importers.standard()::read).close();
        otherCoder = shared.resolve("other-coder.marginalia");
        try (Project other = DemoProject.create(otherCoder, Importers.standard()::read)) {
            other.tags().add("Hedging", TagPalette.COLOURS.get(3), null, null);
            String source = String.valueOf(other.sources().list().get(0).id());
            other.passages().annotate(source, QUOTE, 0, List.of("Hedging"), "");
        }
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
    void adoptingADisagreementAddsThePassageAndCtrlZTakesItOut(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#analysis-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        dialogs.projectToOpen = otherCoder;
        robot.clickOn("#open-second-coder");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<String> list = robot.lookup("#disagreements").queryListView();
        List<String> lines = List.copyOf(list.getItems());
        assertThat(lines).as("the other coder's new tag is a disagreement").hasSize(1);
        assertThat(lines.get(0)).contains("Hedging").contains("only the other coder");
        assertThat(workbench.viewModel().panes()).as("the panes show the other coder's passages in the margin")
                .anyMatch(p -> !p.secondCoderProperty().get().isEmpty());
        assertThat(robot.lookup(".second-coder-bar").queryAll()).isNotEmpty();
        robot.clickOn(robot.lookup("#disagreements .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.viewModel().panes()).as("a click on the disagreement reveals it in its pane")
                .anyMatch(p -> !p.matches().isEmpty() && p.textProperty().get().contains(QUOTE));
        robot.clickOn("#adopt-disagreement");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.information).anyMatch(m -> m.contains("Hedging"));
        assertThat(hedgingPassages()).extracting(Annotation::quote).containsExactly(QUOTE);
        assertThat(robot.lookup("#adopt-status").queryAs(Label.class).getText()).contains("Adopted");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(hedgingPassages()).isEmpty();
        assertThat(workbench.viewModel().project().tags().list()).extracting(Tag::name).doesNotContain("Hedging");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void codesOverTimeCanCountByTheDateOfTheEvents(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<String> by = robot.lookup("#codes-over-time-by").queryAs(ChoiceBox.class);
        StackedBarChart<?, ?> chart = robot.lookup("#codes-over-time").queryAs(StackedBarChart.class);
        assertThat(chart.getTitle()).contains("source's date");
        robot.interact(() -> by.setValue("event date"));
        assertThat(chart.getTitle()).contains("events the source reports");
        assertThat(dialogs.errors).isEmpty();
    }

    private List<Annotation> hedgingPassages() {
        Project project = workbench.viewModel().project();
        List<Long> hedging = project.tags().list().stream().filter(t -> t.name().equals("Hedging")).map(Tag::id)
                .toList();
        return project.passages().list().stream().filter(p -> p.tagIds().stream().anyMatch(hedging::contains))
                .toList();
    }
}
