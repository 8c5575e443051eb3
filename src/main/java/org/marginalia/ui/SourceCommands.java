package org.marginalia.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.MarginaliaException;
import org.marginalia.model.SearchHit;
import org.marginalia.project.ImportOutcome;

/** Importing files, exporting the project and searching all sources. */
public final class SourceCommands {

    private final WorkbenchViewModel vm;
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hitsView = FXCollections.unmodifiableObservableList(hits);
    private final ReadOnlyStringWrapper searchStatus = new ReadOnlyStringWrapper(this, "searchStatus", "");

    SourceCommands(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    public void importWithDialog() {
        List<Path> files = vm.dialogs().chooseSourcesToImport();
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** What importing several files did: what came in, what was there already, and which files failed, why. */
    record Outcomes(List<ImportOutcome> imported, List<Path> importedFrom, List<String> failures) {
    }

    /**
     * Imports files one after another; a file that fails does not stop the others, and each failure is reported with
     * its file name. The first new source opens in the active pane.
     */
    public void importFiles(List<Path> files) {
        vm.background().runLong("Importing " + files.size() + " file(s)", progress -> {
            List<ImportOutcome> imported = new ArrayList<>();
            List<Path> from = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < files.size() && !progress.isCancelled(); i++) {
                progress.update(i, files.size());
                try {
                    imported.add(vm.project().sources().importFile(files.get(i)));
                    from.add(files.get(i));
                } catch (MarginaliaException e) {
                    failures.add(e.getMessage());
                }
            }
            return new Outcomes(imported, from, failures);
        }, this::imported);
    }

    private void imported(Outcomes outcomes) {
        long fresh = outcomes.imported().stream().filter(o -> !o.duplicate()).count();
        long duplicates = outcomes.imported().size() - fresh;
        for (int i = 0; i < outcomes.imported().size(); i++) {
            ImportOutcome o = outcomes.imported().get(i);
            if (!o.duplicate()) {
                vm.history().done(Edits.importSource(o.document(), outcomes.importedFrom().get(i)));
            }
        }
        List<String> warnings = outcomes.imported().stream().flatMap(o -> o.warnings().stream()).toList();
        vm.notice("Imported " + fresh + " source" + (fresh == 1 ? "" : "s")
                + (duplicates > 0 ? "; " + duplicates + " already in the project" : "")
                + (warnings.isEmpty() ? "" : ". Warning: " + String.join(". ", warnings)));
        vm.refresh(() -> outcomes.imported().stream().findFirst()
                .ifPresent(o -> vm.openInPane(vm.activePane(), o.document().id())));
        if (!outcomes.failures().isEmpty()) {
            vm.dialogs().showError("Some files could not be imported", String.join("\n\n", outcomes.failures()));
        }
    }

    /** Asks where and in which format to export, then writes the file. */
    public void exportWithDialog() {
        vm.dialogs().chooseExportTarget(vm.projectName()).ifPresent(target -> vm.background().runLong("Exporting",
                p -> vm.project().exports().export(target.file(), target.format(), CsvOptions.standard()),
                count -> vm.notice("Exported " + count + " passages to " + target.file().getFileName())));
    }

    public void search(String query) {
        vm.background().runLong("Searching", p -> vm.project().search().phrase(query, 200), found -> {
            hits.setAll(found);
            searchStatus.set(found.isEmpty() ? "No matches for \"" + query.strip() + "\""
                    : found.size() + " match" + (found.size() == 1 ? "" : "es"));
        });
    }

    /** Opens a search hit: the passage for a note, otherwise the source with the matched words found in it. */
    public void open(SearchHit hit) {
        if (hit.inNote()) {
            vm.background().run("Opening passage", p -> vm.project().passages().get(hit.annotationId()),
                    vm::showPassage);
            return;
        }
        // A pane that shows the source already is used, so the source beside it stays in view.
        int pane = vm.activePane();
        for (int i = 0; i < vm.panes().size(); i++) {
            var shown = vm.panes().get(i).documentProperty().get();
            if (shown != null && shown.id() == hit.documentId()) {
                pane = i;
            }
        }
        int target = pane;
        String words = matchedWords(hit.snippet());
        vm.openInPane(target, hit.documentId(), () -> vm.panes().get(target).find(words));
    }

    static String matchedWords(String snippet) {
        int open = snippet.indexOf('[');
        int close = snippet.indexOf(']', open + 1);
        return open < 0 || close < 0 ? "" : snippet.substring(open + 1, close);
    }

    public ObservableList<SearchHit> hits() {
        return hitsView;
    }

    public ReadOnlyStringProperty searchStatusProperty() {
        return searchStatus.getReadOnlyProperty();
    }
}
