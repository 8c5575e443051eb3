package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.ProjectNote;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Notes tab and File ▸ Import Project in the real window, background inline, under Monocle. */
@ExtendWith(ApplicationExtension.class)
class NotesFxTest {

    @TempDir
    Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    Workbench workbench;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("demo.marginalia");
        DemoProject.create(file, Importers.standard()::read).close();
        Preferences prefs = Preferences.userRoot().node("marginalia-notes-fx-test");
        workbench = new Workbench(stage, Importers.standard()::read, new WindowState(prefs), Background.inline());
        workbench.setDialogs(dialogs);
        workbench.start(file);
    }

    private Project project() {
        return workbench.viewModel().project();
    }

    private void showNotesTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#inspector-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "notes-tab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNoteIsAddedSavedAsTypedFoundBySearchAndAMemoGoesToTheActiveSource(FxRobot robot) {
        showNotesTab(robot);
        robot.interact(() -> robot.lookup("#notes-add").queryAs(Button.class).fire());
        TextArea editor = robot.lookup("#notes-editor").queryAs(TextArea.class);
        robot.interact(() -> editor.setText("Ask the archivist about box 14."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().notes().list()).extracting(ProjectNote::text)
                .containsExactly("Ask the archivist about box 14.");
        assertThat(project().notes().list().get(0).documentId()).isNull();

        robot.interact(() -> robot.lookup("#notes-add-memo").queryAs(Button.class).fire());
        robot.interact(() -> editor.setText("This transcript omits the toasts."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project().notes().list()).filteredOn(n -> n.documentId() != null).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("This transcript omits the toasts."));

        robot.interact(() -> robot.lookup("#notes-search").queryAs(TextField.class).setText("archivist"));
        robot.interact(() -> workbench.window().notesModel().load());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#notes-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void importingAProjectShowsTheReportToCopy(FxRobot robot) throws IOException {
        Path qdpx = journalOnly(dir.resolve("journal.qdpx"));
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            workbench.window().projectImport().setChooser(() -> Optional.of(qdpx));
            workbench.window().projectImport().setReportShower((title, summary, report) -> shown.add(summary
                    + "\n" + report));
            workbench.window().projectImport().run();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).singleElement().satisfies(r -> assertThat(r).contains("1 notes", "project notes: 1 imported",
                "Read the overseers' accounts next."));
        assertThat(project().notes().list()).extracting(ProjectNote::text)
                .contains("Read the overseers' accounts next.");
        assertThat(dialogs.errors).isEmpty();
    }

    private static Path journalOnly(Path file) throws IOException {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="journal" origin="QualCoder 3.6">
                <Notes><Note guid="N3" name="Journal"><PlainTextContent>Read the overseers' accounts next.\
                </PlainTextContent></Note></Notes>
                </Project>
                """;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
