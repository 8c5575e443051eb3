package org.marginalia.ui.sources;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.marginalia.project.ProjectImport;
import org.marginalia.ui.compare.ToolContext;

/**
 * File ▸ Import Project: brings a REFI-QDA project (.qdpx) in off the FX thread, then shows the report of what came
 * in and what did not, in a dialog whose text can be copied. A file with a bare & or < can be repaired in a copy.
 */
public final class ProjectImportAction {

    /** How the action tells the user what happened (tests stand in for the dialog). */
    @FunctionalInterface
    public interface ReportShower {
        void show(String title, String summary, String report);
    }

    private final ToolContext context;
    private Supplier<Optional<Path>> chooser = ProjectImportAction::chooseFile;
    private ReportShower reports = ImportReportDialog::show;

    public ProjectImportAction(ToolContext context) {
        this.context = context;
    }

    public void setChooser(Supplier<Optional<Path>> chooser) {
        this.chooser = chooser;
    }

    public void setReportShower(ReportShower reports) {
        this.reports = reports;
    }

    public void run() {
        chooser.get().ifPresent(file -> importFile(file, false));
    }

    void importFile(Path file, boolean repair) {
        context.background().run("Importing " + file.getFileName(),
                p -> context.project().projectImports().importQdpx(file, repair),
                result -> context.refresh().accept(() -> show(file, result)),
                failure -> offerRepair(file, repair, failure));
    }

    private void offerRepair(Path file, boolean repaired, Throwable failure) {
        boolean malformed = String.valueOf(failure.getMessage()).contains("not well-formed");
        if (!repaired && malformed && context.dialogs().confirm("Import project", failure.getMessage()
                + "\n\nSome tools write a bare & or < in memos. Repair a copy beside the file and import that?"
                + " The file itself is not changed.")) {
            importFile(file, true);
        } else {
            context.dialogs().showError("Import project", failure.getMessage());
        }
    }

    private void show(Path file, ProjectImport result) {
        String summary = result.sourcesAdded() + " sources, " + result.passagesAdded() + " passages, "
                + result.tagsAdded() + " tags, " + result.notesAdded() + " notes and " + result.linksAdded()
                + " links came in from " + file.getFileName()
                + (result.incomplete() ? ". Much was left out: see below." : ".");
        reports.show("Import report", summary, result.report().text());
    }

    private static Optional<Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import project");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("REFI-QDA projects (.qdpx, .qde)", "*.qdpx", "*.qde"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
