package org.marginalia.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marginalia.model.Relation;
import org.marginalia.project.ZoteroEntry;
import org.marginalia.ui.Dialogs;
import org.marginalia.ui.ExportTarget;

/** Stands in for the user at the tools' dialogs: answers set beforehand, messages kept for assertions. */
public final class FakeToolDialogs implements Dialogs {

    public Relation relation = Relation.PARAPHRASES;
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public boolean agree = true;
    public ExportTarget exportTarget;
    public Path zoteroFolder;
    public Function<List<ZoteroEntry>, Optional<Set<String>>> zoteroItems = entries -> Optional.empty();

    @Override
    public Optional<Path> chooseZoteroFolder(Optional<Path> suggested) {
        return Optional.ofNullable(zoteroFolder);
    }

    @Override
    public Optional<Set<String>> chooseZoteroItems(List<ZoteroEntry> entries) {
        return zoteroItems.apply(entries);
    }

    @Override
    public List<Path> chooseSourcesToImport() {
        return List.of();
    }

    @Override
    public Optional<ExportTarget> chooseExportTarget(String projectName) {
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseNewProjectFile() {
        return Optional.empty();
    }

    @Override
    public Optional<Relation> chooseRelation(String fromQuote, String toQuote) {
        asked.add(fromQuote + " | " + toQuote);
        return Optional.ofNullable(relation);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }

    @Override
    public boolean confirm(String title, String message) {
        information.add(message);
        return agree;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(message);
    }
}
