package org.marginalia.ui.edit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.marginalia.model.Document;
import org.marginalia.model.TextSpan;
import org.marginalia.project.Correction;
import org.marginalia.project.ReanchorReport;
import org.marginalia.ui.Dialogs;
import org.marginalia.ui.SourcePaneModel;

/**
 * "Edit Text" in one source pane: the stored text in an editor, whether it has unsaved changes, saving it as a
 * correction, and what the save did. Passages are not shown while editing (their places are settled when saving).
 */
public final class TextEditModel {

    private final TextCorrections corrections;
    private final Dialogs dialogs;
    private final SourcePaneModel pane;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper loaded = new ReadOnlyStringWrapper(this, "loaded", "");
    private final ReadOnlyObjectWrapper<Correction> result = new ReadOnlyObjectWrapper<>(this, "result");
    private Document source;
    private String original = "";
    private String current = "";

    TextEditModel(TextCorrections corrections, Dialogs dialogs, SourcePaneModel pane) {
        this.corrections = corrections;
        this.dialogs = dialogs;
        this.pane = pane;
        pane.documentProperty().addListener((o, before, now) -> otherSourceShown(now));
    }

    /** Opens the editor on the pane's source, with the text exactly as stored. */
    public void begin() {
        Document shown = pane.documentProperty().get();
        if (editing.get() || saving.get()) {
            return;
        }
        if (shown == null) {
            corrections.say("Edit Text: open a source in this pane first");
            return;
        }
        corrections.read(shown.id(), text -> {
            source = shown;
            original = text;
            current = text;
            result.set(null);
            dirty.set(false);
            loaded.set(text);
            editing.set(true);
            corrections.say("Editing “" + shown.title() + "”: Ctrl+S saves, Esc cancels; passages are hidden "
                    + "until you save");
        });
    }

    /** The editor's text changed. */
    public void edited(String text) {
        current = text;
        dirty.set(!text.equals(original));
    }

    /** Saves the text as a correction; {@code caret} is where the user was, shown again once saved. */
    public void save(int caret) {
        save(caret, () -> { });
    }

    /** Whether the editor holds changes that are not saved (and not being saved). */
    boolean unsaved() {
        return editing.get() && dirty.get() && !saving.get();
    }

    String sourceTitle() {
        return source == null ? "" : source.title();
    }

    /** Leaves the editor and drops its changes; the user was asked already. */
    void discard() {
        editing.set(false);
        dirty.set(false);
        corrections.say("Corrections discarded");
    }

    /** Saves as {@link #save(int)} does, then runs {@code then}; not when saving fails or is cancelled. */
    void save(int caret, Runnable then) {
        if (!editing.get() || saving.get()) {
            return;
        }
        if (!dirty.get()) {
            editing.set(false);
            corrections.say("No changes to save");
            then.run();
            return;
        }
        saving.set(true);
        Document saved = source;
        corrections.save(saved.id(), current, correction -> {
            saving.set(false);
            editing.set(false);
            result.set(correction);
            corrections.say(summary(correction) + " — Ctrl+Z to undo");
            int at = Math.max(0, Math.min(caret, correction.report().document().textLength() - 1));
            corrections.afterPendingWork(() -> pane.reveal(new TextSpan(at, at + 1)));
            then.run();
        }, () -> saving.set(false), () -> {
            saving.set(false);
            corrections.say("Saving was cancelled: the source is unchanged and your corrections are still here");
        });
    }

    /** Leaves the editor; asks first when there are unsaved changes. Returns whether it was left. */
    public boolean cancel() {
        if (!editing.get() || saving.get()) {
            return !editing.get();
        }
        if (dirty.get() && !dialogs.confirm("Discard your corrections?", "The text of “" + source.title()
                + "” has changes that are not saved. Discard them?")) {
            return false;
        }
        editing.set(false);
        corrections.say(dirty.get() ? "Corrections discarded" : "");
        dirty.set(false);
        return true;
    }

    private void otherSourceShown(Document now) {
        if (!editing.get() || saving.get() || (now != null && now.id() == source.id())) {
            return;
        }
        if (dirty.get() && dialogs.confirm("Save your corrections?", "Another source was opened in this pane. Save "
                + "the corrections to “" + source.title() + "” first?")) {
            save(0);
            return;
        }
        editing.set(false);
        dirty.set(false);
    }

    /** Shows, word by word, what the last save changed. */
    public void showChanges() {
        Correction done = result.get();
        if (done != null) {
            corrections.showChanges(done.report().document(), done.report().previous().version());
        }
    }

    public void openReviewQueue() {
        corrections.openReviewQueue();
    }

    public void dismissResult() {
        result.set(null);
    }

    /** "Saved: 12 passages in place, 1 moved, 1 waits for review; word boxes: 480 kept, 3 corrected, 1 dropped". */
    static String summary(Correction correction) {
        ReanchorReport report = correction.report();
        String text = "Saved the corrected text: " + report.exact() + (report.exact() == 1 ? " passage" : " passages")
                + " in place, " + report.moved() + " moved, " + report.needsReview()
                + (report.needsReview() == 1 ? " waits" : " wait") + " for review";
        if (correction.hasPages()) {
            text += "; word boxes: " + correction.boxesKept() + " kept, " + correction.boxesCorrected()
                    + " corrected, " + correction.boxesDropped() + " dropped";
        }
        return text;
    }

    /** The same in a few words, for the strip under the text: "Saved: 12 in place · 1 moved · 1 to review". */
    static String shortSummary(Correction correction) {
        ReanchorReport report = correction.report();
        return "Saved: " + report.exact() + " in place · " + report.moved() + " moved · " + report.needsReview()
                + " to review";
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The text to put in the editor, set each time editing begins. */
    public ReadOnlyStringProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** What the last save did, until dismissed or editing begins again; null otherwise. */
    public ReadOnlyObjectProperty<Correction> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
