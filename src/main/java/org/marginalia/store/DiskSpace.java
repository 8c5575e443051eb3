package org.marginalia.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which disk a file lives on, and whether it is full, for messages a person can act on. */
public final class DiskSpace {

    /** Below this, SQLite cannot grow a page, a journal or a lock file: the disk counts as full. */
    private static final long FULL_BELOW = 64 * 1024;

    private DiskSpace() {
    }

    /**
     * Refuses, before any writing starts, to keep a file of {@code bytes} in the project at {@code project} when its
     * disk has less than twice that free: the pieces go to the write-ahead log first and into the file at the next
     * checkpoint, so both hold them for a while.
     *
     * @throws StoreException DISK_FULL naming the file, what it needs and what is free
     */
    public static void requireRoomFor(Path project, String fileName, long bytes) {
        long needed = 2 * bytes + 64L * 1024 * 1024;
        try {
            long free = store(project).getUsableSpace();
            if (free < needed) {
                throw new StoreException(StoreException.Reason.DISK_FULL, project, "keeping '" + fileName
                        + "' needs about " + needed / (1024 * 1024) + " MB free on " + describe(project) + ", and "
                        + free / (1024 * 1024) + " MB are");
            }
        } catch (IOException e) {
            // The file system does not say; SQLite reports a full disk itself when it comes to that.
        }
    }

    static boolean isFull(Path file) {
        try {
            return store(file).getUsableSpace() < FULL_BELOW;
        } catch (IOException e) {
            return false;
        }
    }

    /** "/home (/dev/sda2), holding /home/me/thesis", or only the folder when the file system does not say. */
    static String describe(Path file) {
        try {
            FileStore store = store(file);
            return store + ", holding " + file.toAbsolutePath().getParent();
        } catch (IOException e) {
            return "the one holding " + file.toAbsolutePath().getParent();
        }
    }

    private static FileStore store(Path file) throws IOException {
        Path existing = file.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new IOException("no existing folder above " + file);
        }
        return Files.getFileStore(existing);
    }
}
