package org.marginalia.importer;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an import on its own thread and gives up on it after a time limit, so that a PDF built to loop or to crawl
 * cannot hold the window's worker forever. The abandoned thread is interrupted (PDF extraction checks for that
 * between content operators); a library stuck where it never checks keeps a daemon thread busy until it ends.
 */
final class Watchdog {

    private Watchdog() {
    }

    /** @throws ImportException DAMAGED "took too long" on time-out, CANCELLED if the caller is interrupted */
    static <T> T run(String fileName, Duration limit, Callable<T> work) {
        return run(fileName, limit, new AtomicLong(System.nanoTime()), work);
    }

    /**
     * As {@link #run(String, Duration, Callable)}, but the limit counts from the last beat: work that shows progress
     * (OCR setting {@code lastBeat} to {@link System#nanoTime()} at each page) may run as long as each step keeps
     * within the limit.
     */
    static <T> T run(String fileName, Duration limit, AtomicLong lastBeat, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "import " + fileName);
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                long remaining = lastBeat.get() + limit.toNanos() - System.nanoTime();
                if (remaining <= 0) {
                    throw new TimeoutException();
                }
                try {
                    return task.get(remaining, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // A beat may have moved the deadline on; the loop looks again.
                    continue;
                }
            }
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ImportException(ImportException.Reason.DAMAGED, fileName,
                    "reading it took too long (over " + seconds(limit) + "); it may be built to make readers hang", e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException(ImportException.Reason.CANCELLED, fileName, null, e);
        } catch (ExecutionException e) {
            throw unwrap(fileName, e.getCause());
        }
    }

    private static RuntimeException unwrap(String fileName, Throwable cause) {
        if (cause instanceof ImportException known) {
            return known;
        }
        if (cause instanceof OutOfMemoryError) {
            return new ImportException(ImportException.Reason.TOO_LARGE, fileName,
                    "reading it needs more memory than is free", cause);
        }
        return new ImportException(ImportException.Reason.DAMAGED, fileName, String.valueOf(cause), cause);
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s";
    }
}
