package org.marginalia.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.QuoteCheck;
import org.marginalia.model.Relation;
import org.marginalia.model.TextSpan;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Quotes and Counterparts tabs on the demo project, driven by node id under Monocle. */
@ExtendWith(ApplicationExtension.class)
class CompareToolsFxTest {

    @TempDir
    Path dir;
    ToolFixture fx;
    CompareTools tools;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        fx = new ToolFixture(dir);
        tools = new CompareTools(fx.context);
        TabPane tabs = new TabPane(tools.quotesTab(), tools.counterpartsTab());
        stage.setScene(new Scene(tabs, 500, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void checkQuotesListsVerdictsAndChoosingTheAlteredOneRevealsBothEnds(FxRobot robot) {
        robot.interact(tools::checkQuotes);
        robot.clickOn("#quotes-swap");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#quotes-summary").queryAs(Label.class).getText()).contains("1 altered");
        @SuppressWarnings("unchecked")
        ListView<QuoteCheck> list = robot.lookup("#quotes-list").queryAs(ListView.class);
        int altered = list.getItems().stream().map(QuoteCheck::status).toList().indexOf(QuoteCheck.Status.ALTERED);
        robot.interact(() -> list.scrollTo(altered));
        robot.clickOn(robot.lookup(".verdict-altered").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();

        QuoteCheck chosen = list.getSelectionModel().getSelectedItem();
        assertThat(chosen.status()).isEqualTo(QuoteCheck.Status.ALTERED);
        assertThat(fx.window.panes().get(1).revealProperty().get()).isEqualTo(chosen.quotation().outer());
        assertThat(fx.window.panes().get(0).revealProperty().get()).isEqualTo(chosen.match());
        assertThat(robot.lookup(".diff-removed").queryText().getText()).isEqualTo("an Ally");
    }

    @Test
    void findCounterpartThenEnterLinksTheBestCandidate(FxRobot robot) {
        String text = fx.window.panes().get(1).textProperty().get();
        int start = text.indexOf("Perhaps Russia could be a member (of NATO)");
        robot.interact(() -> fx.window.panes().get(1).textSelectionProperty()
                .set(new TextSpan(start, start + "Perhaps Russia could be a member (of NATO)".length())));
        fx.activePane = 1;
        fx.dialogs.relation = Relation.QUOTES;
        int links = fx.project.links().list().size();

        robot.interact(tools::findCounterpart);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#counterpart-list").queryListView().getItems()).isNotEmpty();
        assertThat(fx.project.links().list()).hasSize(links + 1)
                .anySatisfy(l -> assertThat(l.relation()).isEqualTo(Relation.QUOTES));
        assertThat(robot.lookup("#counterpart-status").queryAs(Label.class).getText()).startsWith("Linked");
    }
}
