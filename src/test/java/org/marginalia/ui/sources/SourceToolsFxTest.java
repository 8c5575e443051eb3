package org.marginalia.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.ui.compare.ToolFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The source details dialog and the Review tab, driven by node id under Monocle. */
@ExtendWith(ApplicationExtension.class)
class SourceToolsFxTest {

    @TempDir
    Path dir;
    ToolFixture fx;
    SourceTools tools;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        fx = new ToolFixture(dir);
        tools = new SourceTools(fx.context);
        stage.setScene(new Scene(new TabPane(tools.reviewTab()), 500, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theDetailsDialogSavesWhatIsTyped(FxRobot robot) {
        fx.activePane = 1;
        Platform.runLater(tools::editSourceDetails);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#meta-publisher").queryAs(TextField.class).getText()).isEqualTo("BB.LV");

        robot.interact(() -> robot.lookup("#meta-author").queryAs(TextField.class).clear());
        robot.clickOn("#meta-author").write("Anna Petrova");
        robot.clickOn("#meta-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx.project.sources().get(fx.report().id()).metadata().author()).isEqualTo("Anna Petrova");
        assertThat(fx.edits).singleElement().satisfies(e -> assertThat(e.label()).isEqualTo("Edit Source Details"));
    }

    @Test
    void keepHereTakesAPassageOffTheReviewQueue(FxRobot robot) throws Exception {
        long commentary = fx.commentary().id();
        Annotation ally = fx.project.passages().forDocument(commentary).stream()
                .filter(a -> a.quote().equals("Perhaps Russia could be an Ally")).findFirst().orElseThrow();
        String changed = fx.project.sources().text(commentary).replace(ally.quote(), "Russia might be an Ally");
        fx.project.reanchor().reimport(commentary, Files.writeString(dir.resolve("v2.txt"), changed,
                StandardCharsets.UTF_8));

        robot.interact(tools::showReviewQueue);
        assertThat(robot.lookup("#review-summary").queryAs(Label.class).getText()).startsWith("1 passage waits");
        robot.clickOn(robot.lookup("#review-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#review-keep");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx.project.passages().reviewQueue()).isEmpty();
        assertThat(robot.lookup("#review-summary").queryAs(Label.class).getText())
                .isEqualTo("No passages wait for review.");
    }
}
