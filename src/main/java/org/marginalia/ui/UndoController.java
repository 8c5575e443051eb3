package org.marginalia.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.marginalia.project.Project;

/**
 * Undo and redo for one open project. An edit leaves its stack the moment Ctrl+Z is pressed, and while any change is
 * still being saved, Undo and Redo are refused with a word in the status bar: two fast presses never undo the same
 * edit, and an undo never overtakes the change it should undo.
 */
final class UndoController implements EditRunner {

    private final Project project;
    private final Background background;
    private final Notices notices;
    private final BiConsumer<Changed, Runnable> refresh;
    private final History history = new History();
    private int inFlight;

    /** {@code refresh} re-reads what an edit changed and then runs what follows. */
    UndoController(Project project, Background background, Notices notices, BiConsumer<Changed, Runnable> refresh) {
        this.project = project;
        this.background = background;
        this.notices = notices;
        this.refresh = refresh;
    }

    @Override
    public <T> void edit(String label, Background.Job<T> job, Function<? super T, ? extends Edit> toEdit,
            Consumer<? super T> then) {
        inFlight++;
        background.run(label, job, result -> {
            inFlight--;
            recorded(toEdit.apply(result), () -> then.accept(result));
        }, e -> {
            inFlight--;
            background.reportFailure(e);
        });
    }

    @Override
    public void recorded(Edit edit, Runnable then) {
        history.done(edit);
        refresh.accept(edit.changed(), then);
    }

    @Override
    public void recordedAll(List<? extends Edit> done, Runnable then) {
        done.forEach(history::done);
        refresh.accept(done.stream().map(Edit::changed).reduce(Changed::and).orElse(Changed.EVERYTHING), then);
    }

    void undo() {
        if (refusedWhileBusy("Undo")) {
            return;
        }
        Edit edit = history.takeUndo();
        if (edit == null) {
            notices.say("Nothing to undo");
            return;
        }
        inFlight++;
        background.run("Undo", p -> edit.undo(project), redoable -> {
            inFlight--;
            history.undone(redoable);
            notices.say("Undone: " + edit.label() + " — Ctrl+Shift+Z to redo");
            refresh.accept(edit.changed(), () -> { });
        }, e -> {
            inFlight--;
            history.undoFailed(edit);
            background.reportFailure(e);
        });
    }

    void redo() {
        if (refusedWhileBusy("Redo")) {
            return;
        }
        Edit edit = history.takeRedo();
        if (edit == null) {
            notices.say("Nothing to redo");
            return;
        }
        inFlight++;
        background.run("Redo", p -> edit.redo(project), undoable -> {
            inFlight--;
            history.redone(undoable);
            notices.say("Redone: " + edit.label());
            refresh.accept(edit.changed(), () -> { });
        }, e -> {
            inFlight--;
            history.redoFailed(edit);
            background.reportFailure(e);
        });
    }

    private boolean refusedWhileBusy(String what) {
        if (inFlight == 0) {
            return false;
        }
        notices.say(what + " waits: the last change is still being saved. Press again in a moment.");
        return true;
    }

    /** True while a change or an undo is being saved. */
    boolean busy() {
        return inFlight > 0;
    }

    History history() {
        return history;
    }
}
