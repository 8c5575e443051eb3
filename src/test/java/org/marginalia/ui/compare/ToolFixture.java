package org.marginalia.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marginalia.importer.Importers;
import org.marginalia.model.Document;
import org.marginalia.project.DemoProject;
import org.marginalia.project.Project;
import org.marginalia.ui.Background;
import org.marginalia.ui.Edit;
import org.marginalia.ui.WorkbenchViewModel;

/** The demo project open in a workbench view-model with an inline worker, and a tool context over it. */
public final class ToolFixture implements AutoCloseable {

    public final Project project;
    public final FakeToolDialogs dialogs = new FakeToolDialogs();
    public final WorkbenchViewModel window;
    public final List<Edit> edits = new ArrayList<>();
    public int refreshes;
    public int activePane;
    public final ToolContext context;

    public ToolFixture(Path dir) {
        project = DemoProject.create(dir.resolve("demo.marginalia"), Importers.standard()::read);
        Background background = Background.inline();
        background.setOnFailure(e -> dialogs.showError("failed", String.valueOf(e.getMessage())));
        window = new WorkbenchViewModel(project, background, dialogs, (p, from, to) -> p.compare().diff(from, to));
        window.start(List.of());
        context = new ToolContext(project, window, background, dialogs, (edit, then) -> {
            edits.add(edit);
            then.run();
        }, then -> {
            refreshes++;
            then.run();
        }, () -> activePane);
    }

    /** The commentary with "Perhaps Russia could be an Ally" (left pane). */
    public Document commentary() {
        return window.panes().get(0).documentProperty().get();
    }

    /** The news report with "Perhaps Russia could be a member (of NATO)" (right pane). */
    public Document report() {
        return window.panes().get(1).documentProperty().get();
    }

    @Override
    public void close() {
        project.close();
    }
}
