package org.marginalia.ui;

import java.nio.file.Path;
import java.util.List;
import org.marginalia.importer.Importers;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;

/** The workbench's view-model on the demo project, without a toolkit: the background worker runs inline. */
final class DemoWorkbench implements AutoCloseable {

    final Project project;
    final FakeDialogs dialogs = new FakeDialogs();
    final WorkbenchViewModel vm;

    DemoWorkbench(Path dir) {
        project = DemoProject.create(dir.resolve("demo.marginalia"), Importers.standard()::read);
        Background background = Background.inline();
        background.setOnFailure(e -> dialogs.showError("failed", String.valueOf(e.getMessage())));
        vm = new WorkbenchViewModel(project, background, dialogs, Workbench.comparer());
        vm.start(List.of());
    }

    @Override
    public void close() {
        project.close();
    }
}
