package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
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
import org.marginalia.importer.Importers;
import org.marginalia.model.SearchHit;
import org.marginalia.project.DemoProject;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Search tab in the real window: a row per source with its count, every match below it, a match opens there. */
@ExtendWith(ApplicationExtension.class)
class SearchFxTest {

    @TempDir
    Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    Workbench workbench;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("demo.marginalia");
        DemoProject.create(file, Importers.standard()::read).close();
        Preferences prefs = Preferences.userRoot().node("marginalia-search-fx-test");
        workbench = new Workbench(stage, Importers.standard()::read, new WindowState(prefs), Background.inline());
        workbench.setDialogs(dialogs);
        workbench.start(file);
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

        List<SearchHit> hits = workbench.viewModel().sourceCommands().hits();
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

        SourcePaneModel pane = workbench.viewModel().panes().stream().filter(p -> p.documentProperty().get() != null
                && p.documentProperty().get().id() == hit.documentId()).findFirst().orElseThrow();
        assertThat(pane.findStatusProperty().get()).isEqualTo("2 of " + hit.count());
        assertThat(dialogs.errors).isEmpty();
    }
}
