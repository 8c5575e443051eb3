package org.marginalia.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.AlignmentRow;
import org.marginalia.model.ExportFormat;
import org.marginalia.ui.ExportTarget;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Align Sentences": the table of aligned sentences, its coverage line, navigation and export; connectors as an
 * option.
 */
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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
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
        left.setPrefSize(380, 500);
        right.setPrefSize(380, 500);
        TabPane tabs = new TabPane(tools.alignmentTab());
        tabs.setPrefHeight(400);
        stage.setScene(new Scene(new VBox(new StackPane(panes, tools.alignOverlay()), tabs), 800, 900));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private TableView<AlignmentRow> table(FxRobot robot) {
        return robot.lookup("#align-table").queryTableView();
    }

    @Test
    void alignSentencesFillsTheTableWithPairsDiffsUnpairedSentencesAndACoverageLine(FxRobot robot) {
        robot.interact(tools::alignSentences);
        WaitForAsyncUtils.waitForFxEvents();

        List<AlignmentRow> rows = table(robot).getItems();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.textA()).contains("Perhaps Russia could be an Ally");
            assertThat(r.textB()).contains("Perhaps Russia could be a member");
            assertThat(r.diff().summary()).contains("\"an Ally\"");
            assertThat(r.similarity()).isBetween(0.0, 1.0);
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.paired()).isFalse());
        long paired = rows.stream().filter(AlignmentRow::paired).count();
        long sentencesA = rows.stream().filter(r -> r.a() != null).count();
        assertThat(robot.lookup("#align-coverage").queryAs(Label.class).getText()).startsWith(paired + " of "
                + sentencesA + " sentences of “").contains("” trace to “").contains("; " + (sentencesA - paired)
                + " have none.");
        int ally = scrollToAlly(robot);
        assertThat(robot.from(table(robot)).lookup(".diff-removed").match(n -> ((Text) n).getText().equals("an Ally"))
                .tryQuery()).as("row %d shows the word diff", ally).isPresent();
        int lonely = rows.indexOf(rows.stream().filter(r -> r.b() == null).findFirst().orElseThrow());
        robot.interact(() -> table(robot).scrollTo(lonely));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(table(robot)).lookup(".tool-hint").queryText().getText())
                .isEqualTo("— no counterpart —");
        assertThat(fx.dialogs.errors).isEmpty();
    }

    private int scrollToAlly(FxRobot robot) {
        TableView<AlignmentRow> table = table(robot);
        List<String> texts = table.getItems().stream().map(AlignmentRow::textA).toList();
        int ally = texts.indexOf(texts.stream().filter(t -> t.contains("Perhaps Russia could be an Ally"))
                .findFirst().orElseThrow());
        robot.interact(() -> table.scrollTo(ally));
        WaitForAsyncUtils.waitForFxEvents();
        return ally;
    }

    @Test
    void clickingARowRevealsBothEndsInTheirPanes(FxRobot robot) {
        robot.interact(tools::alignSentences);
        WaitForAsyncUtils.waitForFxEvents();
        int ally = scrollToAlly(robot);
        TableView<AlignmentRow> table = table(robot);

        AlignmentRow wanted = table.getItems().get(ally);
        robot.clickOn(robot.from(table).lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getItem() == wanted && c.getTableColumn() == table.getColumns().get(0)).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        AlignmentRow row = table.getItems().get(ally);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(row);
        assertThat(fx.window.panes().get(0).revealProperty().get()).isEqualTo(row.a());
        assertThat(fx.window.panes().get(1).revealProperty().get()).isEqualTo(row.b());
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void theAlignmentExportsAsCsvWithCodePointOffsetsAndAsMarkdown(FxRobot robot) throws Exception {
        robot.interact(tools::alignSentences);
        WaitForAsyncUtils.waitForFxEvents();
        Path csv = dir.resolve("alignment.csv");
        fx.dialogs.exportTarget = new ExportTarget(csv, ExportFormat.CSV);

        robot.clickOn("#align-export");
        WaitForAsyncUtils.waitForFxEvents();

        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.skip(1);
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(records).hasSize(table(robot).getItems().size());
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("a_sentence")).contains("Perhaps Russia could be an Ally");
            assertThat(r.get("b_sentence")).contains("Perhaps Russia could be a member");
            assertThat(r.get("changes")).contains("\"an Ally\"");
            assertThat(Double.parseDouble(r.get("similarity"))).isBetween(0.0, 1.0);
        });
        assertThat(records).anySatisfy(r -> assertThat(r.get("b_sentence")).isEmpty());

        Path md = dir.resolve("alignment.md");
        fx.dialogs.exportTarget = new ExportTarget(md, ExportFormat.MARKDOWN);
        robot.clickOn("#align-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(md)).startsWith("## Sentence alignment").contains("~~an Ally~~")
                .contains("*no counterpart*");
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void theConnectorsAreAnOptionThatDrawsBetweenVisibleSentences(FxRobot robot) {
        assertThat(tools.overlay().connectorCount()).isZero();
        robot.interact(() -> tools.alignItem().setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tools.overlay().redraw());

        AtomicInteger visible = new AtomicInteger();
        robot.interact(() -> visible.set((int) tools.align().pairs().stream().map(AlignedPair::a)
                .filter(s -> left.getCharacterBoundsOnScreen(s.start(), s.start() + 1).isPresent()).count()));
        assertThat(tools.overlay().connectorCount()).isPositive().isLessThanOrEqualTo(visible.get());

        robot.interact(() -> tools.alignItem().setSelected(false));
        assertThat(tools.overlay().connectorCount()).isZero();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void synchronisedScrollingGetsThePairsFromEitherSide(FxRobot robot) {
        robot.interact(tools::alignSentences);
        WaitForAsyncUtils.waitForFxEvents();
        long a = fx.commentary().id();
        long b = fx.report().id();

        List<AlignedPair> forward = tools.align().pairsBetween(a, b);
        List<AlignedPair> backward = tools.align().pairsBetween(b, a);

        assertThat(forward).isNotEmpty().hasSameSizeAs(backward);
        assertThat(backward.get(0).a()).isEqualTo(forward.get(0).b());
        assertThat(tools.align().pairsBetween(a, a)).isEmpty();
    }
}
