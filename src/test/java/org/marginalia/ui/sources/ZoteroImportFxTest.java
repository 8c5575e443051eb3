package org.marginalia.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Document;
import org.marginalia.project.ZoteroEntry;
import org.marginalia.project.ZoteroFixture;
import org.marginalia.ui.compare.ToolFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import from Zotero on a library the test builds: check a collection, import, import again. */
@ExtendWith(ApplicationExtension.class)
class ZoteroImportFxTest {

    private static final String TITLE = "Memorandum of Conversation: Bush and Putin";

    @TempDir
    Path dir;
    ToolFixture fx;
    StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(root, 600, 420));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void checkingACollectionImportsItsItemsAndASecondImportLinks(FxRobot robot) throws Exception {
        fx = new ToolFixture(dir);
        Path library = ZoteroFixture.create(dir.resolve("Zotero"), "storage:memo.txt");
        int before = fx.project.sources().list().size();
        ZoteroItemsView[] shown = new ZoteroItemsView[1];
        fx.dialogs.zoteroFolder = library;
        fx.dialogs.zoteroItems = entries -> {
            shown[0] = new ZoteroItemsView(entries);
            root.getChildren().setAll(shown[0].createView());
            return Optional.empty();
        };
        ZoteroImportAction action = new ZoteroImportAction(fx.context);

        robot.interact(action::run);
        assertThat(robot.lookup("#zotero-collection-0").queryLabeled().getText()).isEqualTo("NATO 2001 (1)");
        assertThat(robot.lookup("#zotero-item-" + ZoteroFixture.ITEM_KEY).queryLabeled().getText())
                .startsWith(TITLE);
        assertThat(shown[0].chosenKeys()).isEmpty();
        robot.clickOn(robot.lookup("#zotero-collection-0 .check-box").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown[0].chosenKeys()).containsExactly(ZoteroFixture.ITEM_KEY);
        assertThat(fx.project.sources().list()).hasSize(before);

        fx.dialogs.zoteroItems = entries -> Optional.of(shown[0].chosenKeys());
        robot.interact(action::run);
        List<Document> after = fx.project.sources().list();
        assertThat(after).hasSize(before + 1).anySatisfy(d -> assertThat(d.title()).isEqualTo(TITLE));
        assertThat(fx.dialogs.information).last().asString().startsWith("1 source came in: " + TITLE)
                .contains("Linked, not imported twice: 0 sources");

        robot.interact(action::run);
        assertThat(fx.project.sources().list()).hasSize(before + 1);
        assertThat(fx.dialogs.information).last().asString().startsWith("0 sources came in")
                .contains("Linked, not imported twice: 1 source already in the project");
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void aFolderWithoutALibraryIsReportedAndNothingIsAsked(FxRobot robot) {
        fx = new ToolFixture(dir);
        List<List<ZoteroEntry>> asked = new ArrayList<>();
        fx.dialogs.zoteroFolder = dir;
        fx.dialogs.zoteroItems = entries -> {
            asked.add(entries);
            return Optional.empty();
        };

        robot.interact(new ZoteroImportAction(fx.context)::run);

        assertThat(asked).isEmpty();
        assertThat(fx.dialogs.errors).singleElement().asString().contains("zotero.sqlite");
    }
}
