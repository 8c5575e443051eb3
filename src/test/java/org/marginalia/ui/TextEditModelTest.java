package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Document;
import org.marginalia.project.Project;
import org.marginalia.ui.edit.TextEditModel;

/** The editor's view-model without a toolkit: unsaved changes, cancel, save and its result, undo and redo. */
class TextEditModelTest {

    @TempDir
    Path dir;
    DemoWorkbench demo;
    Project project;
    WorkbenchViewModel vm;
    TextEditModel editor;
    Document source;

    @BeforeEach
    void setUp() {
        demo = new DemoWorkbench(dir);
        project = demo.project;
        vm = demo.vm;
        editor = vm.textCorrections().editorFor(vm.panes().get(0));
        source = vm.panes().get(0).documentProperty().get();
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }

    @Test
    void anEmptyPaneHasNothingToEdit() {
        vm.addPane();
        TextEditModel third = vm.textCorrections().editorFor(vm.panes().get(2));
        third.begin();
        assertThat(third.editingProperty().get()).isFalse();
        assertThat(vm.noticeProperty().get()).contains("open a source in this pane first");
    }

    @Test
    void cancellingAsksOnlyWhenSomethingChangedAndSavingWithoutChangesStoresNothing() {
        String text = project.sources().text(source.id());
        editor.begin();
        assertThat(editor.editingProperty().get()).isTrue();
        assertThat(editor.loadedProperty().get()).isEqualTo(text);
        editor.edited("Draft " + text);
        assertThat(editor.dirtyProperty().get()).isTrue();
        demo.dialogs.agree = false;
        assertThat(editor.cancel()).isFalse();
        assertThat(editor.editingProperty().get()).isTrue();
        editor.edited(text);
        assertThat(editor.dirtyProperty().get()).isFalse();
        editor.save(0);
        assertThat(editor.editingProperty().get()).isFalse();
        assertThat(vm.noticeProperty().get()).isEqualTo("No changes to save");
        assertThat(project.reanchor().versions(source.id())).isEmpty();
    }

    @Test
    void savingStoresAVersionSaysWhatHappenedAndIsOneUndoableChange() {
        String text = project.sources().text(source.id());
        int passages = project.passages().forDocument(source.id()).size();
        editor.begin();
        editor.edited(text.replace("June 2001", "July 2001").replace("Perhaps Russia could be an Ally. ", ""));
        editor.save(10);

        assertThat(editor.editingProperty().get()).isFalse();
        assertThat(editor.resultProperty().get().report().needsReview()).isEqualTo(1);
        assertThat(vm.noticeProperty().get()).isEqualTo("Saved the corrected text: " + (passages - 1)
                + " passages in place, 0 moved, 1 waits for review — Ctrl+Z to undo");
        assertThat(vm.history().undoLabelProperty().get()).isEqualTo("Undo Correct Text");
        assertThat(vm.panes().get(0).textProperty().get()).contains("July 2001");

        vm.undo();
        assertThat(project.sources().text(source.id())).isEqualTo(text);
        assertThat(project.passages().reviewQueue()).isEmpty();
        assertThat(vm.panes().get(0).textProperty().get()).contains("June 2001");
        vm.redo();
        assertThat(project.sources().text(source.id())).contains("July 2001");
        assertThat(project.passages().reviewQueue()).hasSize(1);
        assertThat(demo.dialogs.errors).isEmpty();
    }
}
