package org.marginalia.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which disk a file lives on, and whether it is full, for messages a person can act on. */
final class DiskSpace {

    /** Below this, SQLite cannot grow a page, a journal or a lock file: the disk counts as full. */
    private static final long FULL_BELOW = 64 * 1024;

    private DiskSpace() {
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
