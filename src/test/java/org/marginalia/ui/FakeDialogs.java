package org.marginalia.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.Relation;

/** Stands in for the user at every dialog: answers are set beforehand, messages are kept for assertions. */
final class FakeDialogs implements Dialogs {

    List<Path> filesToImport = List.of();
    ExportTarget exportTarget;
    /** The answer at the export's citation question; null takes the defaults offered. */
    ExportCitations exportCitations;
    final List<ExportFormat> citationsAsked = new ArrayList<>();
    Relation relation = Relation.PARAPHRASES;
    String text;
    Path projectToOpen;
    boolean agree = true;
    /** The answer when unsaved corrections stand in the way; every question asked is kept. */
    UnsavedChoice unsaved = UnsavedChoice.CANCEL;
    final List<String> unsavedAsked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> information = new ArrayList<>();

    @Override
    public List<Path> chooseSourcesToImport() {
        return filesToImport;
    }

    @Override
    public Optional<ExportTarget> chooseExportTarget(String projectName) {
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<ExportCitations> chooseExportCitations(ExportFormat format, CitationStyle preferred) {
        citationsAsked.add(format);
        return Optional.of(exportCitations == null ? ExportCitations.defaults(preferred) : exportCitations);
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.ofNullable(projectToOpen);
    }

    @Override
    public Optional<Path> chooseNewProjectFile() {
        return Optional.empty();
    }

    @Override
    public Optional<Relation> chooseRelation(String fromQuote, String toQuote) {
        return Optional.ofNullable(relation);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(text);
    }

    @Override
    public boolean confirm(String title, String message) {
        information.add(message);
        return agree;
    }

    @Override
    public UnsavedChoice askUnsaved(String title, String message) {
        unsavedAsked.add(message);
        return unsaved;
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
