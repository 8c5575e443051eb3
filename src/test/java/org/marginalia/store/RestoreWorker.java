package org.marginalia.store;

import java.nio.file.Path;
import java.time.Clock;

/** The child process of {@link RestoreKillTest}: restores {@code args[1]} over {@code args[0]}, saying when. */
public final class RestoreWorker {

    private RestoreWorker() {
    }

    public static void main(String[] args) {
        System.out.println("restoring");
        System.out.flush();
        long start = System.nanoTime();
        new BackupRestorer(Path.of(args[0]), Clock.systemUTC()).restore(Path.of(args[1]));
        System.out.println("restored " + (System.nanoTime() - start) / 1_000_000);
        System.out.flush();
    }
}
