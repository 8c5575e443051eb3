package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Search tab in the real window: a row per source with its count, every match below it, a match opens there. */
@ExtendWith(ApplicationExtension.class)
class SearchFxTest {

    @TempDir
    Path dir;
    DemoWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new DemoWindow(stage, dir, Background.inline());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMatchIsListedUnderItsSourceAndOpensThere(FxRobot robot) {
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).forEach(tabs -> tabs.getTabs()
                .stream().filter(t -> "search-tab".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t))));
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("NATO");
            field.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<SearchHit> hits = window.vm().sourceCommands().hits();
        TreeView<Object> tree = robot.lookup("#search-hits").queryAs(TreeView.class);
        List<TreeItem<Object>> sources = tree.getRoot().getChildren();
        assertThat(sources).hasSameSizeAs(hits).isNotEmpty();
        for (int i = 0; i < hits.size(); i++) {
            assertThat(sources.get(i).getChildren()).hasSize(hits.get(i).count());
        }
        int many = hits.indexOf(hits.stream().filter(h -> !h.inNote() && h.count() > 1).findFirst().orElseThrow());
        SearchHit hit = hits.get(many);
        robot.interact(() -> {
            sources.get(many).setExpanded(true);
            tree.getSelectionModel().select(sources.get(many).getChildren().get(1));
            tree.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        SourcePaneModel pane = window.vm().panes().stream().filter(p -> p.documentProperty().get() != null
                && p.documentProperty().get().id() == hit.documentId()).findFirst().orElseThrow();
        assertThat(pane.findStatusProperty().get()).isEqualTo("2 of " + hit.count());
        assertThat(window.dialogs.errors).isEmpty();
    }
}
