package org.marginalia.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.Relation;
import org.marginalia.project.ZoteroEntry;

/**
 * Every dialog and file chooser the window opens. View-models ask through this interface and never open a window
 * themselves, so tests can stand in for the user.
 */
public interface Dialogs {

    /** Files to import; empty when the user cancels. */
    List<Path> chooseSourcesToImport();

    /** Where to write an export and in which format, suggesting a file name; empty when cancelled. */
    Optional<ExportTarget> chooseExportTarget(String projectName);

    /** The same, offering only {@code formats} (an alignment writes CSV, HTML or Markdown). */
    default Optional<ExportTarget> chooseExportTarget(String name, List<ExportFormat> formats) {
        return chooseExportTarget(name).filter(t -> formats.contains(t.format()));
    }

    /**
     * The citation style of a report, or whether a CSV gets a citation column; empty when cancelled. A stand-in
     * that does not answer takes the defaults.
     */
    default Optional<ExportCitations> chooseExportCitations(ExportFormat format, CitationStyle preferred) {
        return Optional.of(ExportCitations.defaults(preferred));
    }

    /** Zotero's data folder (the one holding zotero.sqlite), starting at {@code suggested}; empty when cancelled. */
    default Optional<Path> chooseZoteroFolder(Optional<Path> suggested) {
        return Optional.empty();
    }

    /** The keys of the Zotero items to import, chosen by collection or one by one; empty when cancelled. */
    default Optional<Set<String>> chooseZoteroItems(List<ZoteroEntry> entries) {
        return Optional.empty();
    }

    Optional<Path> chooseProjectToOpen();

    Optional<Path> chooseNewProjectFile();

    /** How the first passage relates to the second; empty when cancelled. */
    Optional<Relation> chooseRelation(String fromQuote, String toQuote);

    /** A line of text such as a tag name; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** A yes/no question; true when the user agrees. */
    boolean confirm(String title, String message);

    /** The user's answer when unsaved changes stand in the way of what they asked for. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /**
     * Save, Discard or Cancel for unsaved changes. A stand-in that does not answer asks {@link #confirm}: yes saves,
     * no stays, so nothing is ever discarded without being asked.
     */
    default UnsavedChoice askUnsaved(String title, String message) {
        return confirm(title, message) ? UnsavedChoice.SAVE : UnsavedChoice.CANCEL;
    }

    void showError(String title, String message);

    void showInformation(String title, String message);
}
