package org.marginalia.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creates files and folders readable by their owner only, before anything is written into them: a project holds
 * a historian's unpublished work, so neither the file, its {@code -wal} (SQLite gives it the project's mode) nor a
 * backup may be readable by other users. Where the file system has no POSIX permissions (Windows), the folder's
 * own access rules apply and nothing more is done.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Creates an empty owner-only file; fails if it exists already. */
    public static Path createFile(Path file) throws IOException {
        return posix() ? Files.createFile(file, ownerOnly("rw-------")) : Files.createFile(file);
    }

    /** Creates an owner-only folder (and any missing parents) unless it exists. */
    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        return posix() ? Files.createDirectories(dir, ownerOnly("rwx------")) : Files.createDirectories(dir);
    }

    /** Creates an owner-only temporary file in the given folder. */
    public static Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        return posix() ? Files.createTempFile(dir, prefix, suffix, ownerOnly("rw-------"))
                : Files.createTempFile(dir, prefix, suffix);
    }

    /** Forces a file's bytes to the disk, so a rename that follows cannot expose a file that is still empty. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Forces a folder's entries (a rename) to the disk where the platform allows it; Windows does not. */
    public static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Not supported on every platform; the rename itself is still atomic.
        }
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?> ownerOnly(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
