package org.marginalia.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
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
    void checkQuotesShowsBothDirectionsAndChoosingTheAlteredOneRevealsBothEnds(FxRobot robot) {
        fx.activePane = 0;
        robot.interact(tools::checkQuotes);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#quotes-heading-a").queryAs(Label.class).getText())
                .isEqualTo("Quotations in “" + Tools.shorten(fx.commentary().title(), 36)
                        + "”, checked against “" + Tools.shorten(fx.report().title(), 36) + "”");
        assertThat(robot.lookup("#quotes-heading-b").queryAs(Label.class).getText())
                .startsWith("Quotations in “" + Tools.shorten(fx.report().title(), 36) + "”");
        assertThat(robot.lookup("#quotes-summary-b").queryAs(Label.class).getText()).contains("1 altered");
        @SuppressWarnings("unchecked")
        ListView<QuoteCheck> list = robot.lookup("#quotes-list-b").queryAs(ListView.class);
        int altered = list.getItems().stream().map(QuoteCheck::status).toList().indexOf(QuoteCheck.Status.ALTERED);
        robot.interact(() -> list.scrollTo(altered));
        robot.clickOn(robot.from(list).lookup(".verdict-altered").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();

        QuoteCheck chosen = list.getSelectionModel().getSelectedItem();
        assertThat(chosen.status()).isEqualTo(QuoteCheck.Status.ALTERED);
        assertThat(fx.window.panes().get(1).revealProperty().get()).isEqualTo(chosen.quotation().outer());
        assertThat(fx.window.panes().get(0).revealProperty().get()).isEqualTo(chosen.match());
        assertThat(robot.from(list).lookup(".diff-removed").queryText().getText()).isEqualTo("an Ally");
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void aPassageWithOnlyDoubtfulCandidatesSaysNoConfidentMatchAndPaintsNothing(FxRobot robot) {
        String unrelated = "Bananas ripen slowly in cold kitchens, said the grocer about Russia.";
        CounterpartViewModel.Origin origin = new CounterpartViewModel.Origin(fx.report(), new TextSpan(0, 5),
                unrelated, null, fx.commentary());

        robot.interact(() -> {
            Tools.select(tools.counterpartsTab());
            tools.counterparts().find(origin);
        });
        WaitForAsyncUtils.waitForFxEvents();

        ListView<CounterpartRow> list = robot.lookup("#counterpart-list").queryListView();
        assertThat(list.getItems()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.candidate().confident()).isFalse());
        assertThat(robot.lookup("#counterpart-status").queryAs(Label.class).getText())
                .startsWith("No confident match in “");
        assertThat(robot.from(list).lookup(".strength").queryAs(Label.class).getText())
                .startsWith("no confident match · ");
        assertThat(robot.lookup(".strength-strong").tryQuery()).isEmpty();
        assertThat(list.getSelectionModel().isEmpty()).isTrue();
        assertThat(fx.window.panes().get(0).revealProperty().get()).isNull();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void aGoodCandidateShowsItsStrengthAsAWordAndANumber(FxRobot robot) {
        String text = fx.window.panes().get(1).textProperty().get();
        int start = text.indexOf("Perhaps Russia could be a member (of NATO)");
        robot.interact(() -> fx.window.panes().get(1).textSelectionProperty()
                .set(new TextSpan(start, start + "Perhaps Russia could be a member (of NATO)".length())));
        fx.activePane = 1;

        robot.interact(tools::findCounterpart);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<CounterpartRow> list = robot.lookup("#counterpart-list").queryListView();
        CounterpartRow best = list.getItems().get(0);
        assertThat(best.candidate().confident()).isTrue();
        assertThat(robot.from(list).lookup(".strength").queryAs(Label.class).getText())
                .matches("(strong|possible|weak) · \\d+%");
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(best);
        assertThat(fx.window.panes().get(0).revealProperty().get()).isEqualTo(best.candidate().span());
        assertThat(fx.dialogs.errors).isEmpty();
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
        assertThat(fx.dialogs.errors).isEmpty();
    }
}
