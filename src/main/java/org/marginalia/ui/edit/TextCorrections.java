package org.marginalia.ui.edit;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import org.marginalia.model.Document;
import org.marginalia.model.DocumentVersion;
import org.marginalia.model.WordDiff;
import org.marginalia.project.CompareProgress;
import org.marginalia.project.Correction;
import org.marginalia.project.Project;
import org.marginalia.ui.Background;
import org.marginalia.ui.Dialogs;
import org.marginalia.ui.EditRunner;
import org.marginalia.ui.SourcePaneModel;

/**
 * Correcting source texts in the window: one editor per pane, saving a corrected text as one undoable change, and
 * showing what a correction changed. Every project call goes through {@link Background}.
 */
public final class TextCorrections {

    /** Shows the changes of a correction, one stretch each (the window opens a dialog; tests stand in). */
    @FunctionalInterface
    public interface ChangesWindow {
        void show(String title, List<WordDiff> changes);
    }

    private final Project project;
    private final Background background;
    private final Dialogs dialogs;
    private final EditRunner edits;
    private final Consumer<String> notice;
    private final Map<SourcePaneModel, TextEditModel> editors = new WeakHashMap<>();
    private final UnsavedEdits unsavedEdits;
    private Runnable reviewQueue = () -> { };
    private ChangesWindow changesWindow = ChangesDialog::show;

    public TextCorrections(Project project, Background background, Dialogs dialogs, EditRunner edits,
            Consumer<String> notice) {
        this.project = project;
        this.background = background;
        this.dialogs = dialogs;
        this.edits = edits;
        this.notice = notice;
        this.unsavedEdits = new UnsavedEdits(this, dialogs);
    }

    /** What asks the user to save or discard unsaved corrections before the window closes or shows other things. */
    public UnsavedEdits unsavedEdits() {
        return unsavedEdits;
    }

    /** The editors holding unsaved changes. */
    List<TextEditModel> unsaved() {
        return editors.values().stream().filter(TextEditModel::unsaved).toList();
    }

    /** The editor of a pane (made on first use). */
    public TextEditModel editorFor(SourcePaneModel pane) {
        return editors.computeIfAbsent(pane, p -> new TextEditModel(this, dialogs, p));
    }

    /** Where "Review Queue" leads (the window's review tab). */
    public void setReviewQueue(Runnable opener) {
        this.reviewQueue = opener;
    }

    public void setChangesWindow(ChangesWindow window) {
        this.changesWindow = window;
    }

    void read(long documentId, Consumer<String> then) {
        background.run("Reading the text", p -> project.sources().text(documentId), then);
    }

    /**
     * Saves a corrected text off the FX thread with progress and Cancel; once saved it is recorded for the window's
     * undo, the window is read again, and {@code saved} runs.
     */
    void save(long documentId, String text, Consumer<Correction> saved, Runnable failed, Runnable cancelled) {
        background.runCancellable("Saving the corrected text", progress -> project.corrections().correct(documentId,
                text, new CompareProgress() {
                    @Override
                    public void update(long done, long total) {
                        progress.update(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.isCancelled();
                    }
                }), correction -> edits.recorded(new TextEdits.CorrectText(documentId, text, correction.undo()),
                        () -> saved.accept(correction)), e -> {
                    failed.run();
                    background.reportFailure(e);
                }, cancelled);
    }

    /** Runs {@code then} once everything asked of the worker so far is done (a pane re-reading its text, say). */
    void afterPendingWork(Runnable then) {
        background.run("Showing the text", p -> true, done -> then.run());
    }

    void showChanges(Document source, int version) {
        background.run("Comparing the versions", p -> project.corrections().changes(source.id(), version),
                changes -> changesWindow.show("Changes to “" + source.title() + "” since version " + version,
                        changes));
    }

    /** Shows what the last change of the source's text changed (from the Source menu). */
    public void showLatestChanges(Document source) {
        if (source == null) {
            notice.accept("Show Text Changes: open a source in a pane first");
            return;
        }
        background.run("Reading the versions", p -> project.reanchor().versions(source.id()), versions -> {
            if (versions.isEmpty()) {
                notice.accept("“" + source.title() + "” has no earlier version: its text was never corrected");
            } else {
                DocumentVersion last = versions.get(versions.size() - 1);
                showChanges(source, last.version());
            }
        });
    }

    void openReviewQueue() {
        reviewQueue.run();
    }

    void say(String text) {
        notice.accept(text);
    }
}
