package org.marginalia.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The one worker through which the window reaches the project. A single thread, so the SQLite connection is never
 * shared and the FX thread never touches JDBC; jobs run in the order they were submitted. Results and failures cross
 * back to the FX thread here and nowhere else. Tests use {@link #inline}, which runs each job at once on the caller's
 * thread.
 */
public final class Background {

    /** Work for the background thread; may report progress and should stop early when cancelled. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** What a long job may tell the status bar. */
    public interface Progress {
        void update(double done, double total);

        boolean isCancelled();
    }

    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper longTask = new ReadOnlyBooleanWrapper(this, "longTask");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    // Until the window sets its own, a failure goes to the thread's uncaught-exception handler (stderr), never lost.
    private Consumer<Throwable> onFailure = Background::uncaught;
    private int pending;
    private Task<?> current;

    private Background(ExecutorService executor) {
        this.executor = executor;
    }

    /** A worker with its own daemon thread. */
    public static Background threaded() {
        return new Background(Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "marginalia-background");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** A worker that runs every job immediately on the calling thread (for tests). */
    public static Background inline() {
        return new Background(null);
    }

    /** Where failures go once they are back on the FX thread (the window shows a readable message). */
    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Hands a failure to the window's handler, as a failed job would be (for jobs with their own handling). */
    public void reportFailure(Throwable failure) {
        onFailure.accept(failure);
    }

    private static void uncaught(Throwable failure) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
    }

    public <T> void run(String label, Job<T> job, Consumer<? super T> onSuccess) {
        run(label, false, job, onSuccess, onFailure);
    }

    /** A job the user may wait for (import, export, search): the status bar shows its progress and Cancel. */
    public <T> void runLong(String label, Job<T> job, Consumer<? super T> onSuccess) {
        run(label, true, job, onSuccess, onFailure);
    }

    /** A job with its own failure handling instead of the window's error message. */
    public <T> void run(String label, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> failed) {
        run(label, true, job, onSuccess, failed);
    }

    /**
     * A long job with its own failure handling that also hears when the user cancelled it (the job then stops at its
     * next check of {@link Progress#isCancelled()}); neither {@code onSuccess} nor {@code failed} runs after a cancel.
     */
    public <T> void runCancellable(String label, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<Throwable> failed, Runnable cancelled) {
        run(label, true, job, onSuccess, failed, cancelled);
    }

    private <T> void run(String label, boolean longJob, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<Throwable> failed) {
        run(label, longJob, job, onSuccess, failed, () -> { });
    }

    private <T> void run(String label, boolean longJob, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<Throwable> failed, Runnable cancelled) {
        if (executor == null) {
            runInline(job, onSuccess, failed);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                StartupProbe.mark("job " + label);
                return job.run(new Progress() {
                    @Override
                    public void update(double done, double total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        // The one place where results cross to the FX thread: Task delivers these handlers there.
        task.setOnRunning(e -> {
            current = task;
            longTask.set(longJob);
            message.set(label);
            progress.set(-1);
            task.progressProperty().addListener((o, a, b) -> progress.set(b.doubleValue()));
        });
        task.setOnSucceeded(e -> {
            finished();
            deliver(onSuccess, task.getValue(), failed);
        });
        task.setOnFailed(e -> {
            finished();
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finished();
            cancelled.run();
        });
        if (pending == 0) {
            message.set(label);
        }
        pending++;
        running.set(true);
        executor.execute(task);
    }

    private <T> void runInline(Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> failed) {
        T result;
        try {
            result = job.run(new Progress() {
                @Override
                public void update(double done, double total) {
                    progress.set(total <= 0 ? -1 : done / total);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception | Error e) {
            failed.accept(e);
            return;
        }
        deliver(onSuccess, result, failed);
    }

    /** A bug in a result handler is reported like a failed job rather than lost on the FX thread. */
    private <T> void deliver(Consumer<? super T> onSuccess, T result, Consumer<Throwable> failed) {
        try {
            onSuccess.accept(result);
        } catch (RuntimeException e) {
            failed.accept(e);
        }
    }

    private void finished() {
        pending--;
        current = null;
        longTask.set(false);
        if (pending == 0) {
            running.set(false);
            message.set("");
            progress.set(-1);
        }
    }

    /** Cancels the job that is running now; jobs queued behind it still run. */
    public void cancel() {
        if (current != null) {
            current.cancel(true);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while a job started with {@link #runLong} runs. */
    public ReadOnlyBooleanProperty longTaskProperty() {
        return longTask.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void shutdown() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
