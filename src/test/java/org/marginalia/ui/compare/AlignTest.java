package org.marginalia.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.AlignedPair;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Align": the pairs follow the toggle and the panes, and the overlay draws connectors between two text areas. */
@ExtendWith(ApplicationExtension.class)
class AlignTest {

    @TempDir
    Path dir;
    ToolFixture fx;
    CompareTools tools;
    InlineCssTextArea left;
    InlineCssTextArea right;

    @Start
    void start(Stage stage) {
        fx = new ToolFixture(dir);
        tools = new CompareTools(fx.context);
        left = new InlineCssTextArea();
        right = new InlineCssTextArea();
        left.setId("source-area-0");
        right.setId("source-area-1");
        left.replaceText(fx.window.panes().get(0).textProperty().get());
        right.replaceText(fx.window.panes().get(1).textProperty().get());
        left.setWrapText(true);
        right.setWrapText(true);
        HBox panes = new HBox(40, left, right);
        left.setPrefSize(380, 900);
        right.setPrefSize(380, 900);
        stage.setScene(new Scene(new StackPane(panes, tools.alignOverlay()), 800, 900));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theToggleReadsPairsOfTheTwoPanesSourcesAndClearsThemWhenOff(FxRobot robot) {
        assertThat(tools.align().pairs()).isEmpty();
        robot.interact(() -> tools.align().enabledProperty().set(true));

        assertThat(tools.align().pairs()).isNotEmpty();
        String a = fx.window.panes().get(0).textProperty().get();
        String b = fx.window.panes().get(1).textProperty().get();
        assertThat(tools.align().pairs()).anySatisfy(p -> {
            assertThat(p.a().of(a)).contains("Perhaps Russia could be an Ally");
            assertThat(p.b().of(b)).contains("Perhaps Russia could be a member");
        });
        assertThat(tools.align().pairs()).allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));

        robot.interact(() -> tools.align().enabledProperty().set(false));
        assertThat(tools.align().pairs()).isEmpty();
    }

    @Test
    void checkingAlignDrawsConnectorsBetweenTheVisibleSentences(FxRobot robot) {
        assertThat(tools.overlay().connectorCount()).isZero();
        robot.interact(() -> tools.alignItem().setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tools.overlay().redraw());

        java.util.concurrent.atomic.AtomicInteger visible = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> visible.set((int) tools.align().pairs().stream().map(AlignedPair::a)
                .filter(s -> left.getCharacterBoundsOnScreen(s.start(), s.start() + 1).isPresent()).count()));
        assertThat(tools.overlay().connectorCount()).isPositive().isLessThanOrEqualTo(visible.get());

        robot.interact(() -> tools.alignItem().setSelected(false));
        assertThat(tools.overlay().connectorCount()).isZero();
    }
}
