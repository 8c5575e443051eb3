package org.marginalia.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import org.marginalia.model.Document;

/**
 * A source's original written out as a file of its own name in the owner-only temporary folder, under a folder named
 * by the original's hash: written once, a piece at a time, and found again by the next page drawn.
 */
final class OriginalCopy {

    private OriginalCopy() {
    }

    static Path of(DocumentStore documents, Document d, String key) throws SQLException {
        String name = d.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        Path folder = PrivateTemp.directory().resolve("originals").resolve(key);
        Path target = folder.resolve(name.isBlank() || name.startsWith(".") ? "original" + name : name);
        if (Files.exists(target)) {
            return target;
        }
        Path part = null;
        try {
            PrivateFiles.createDirectories(folder);
            part = PrivateFiles.createTempFile(folder, "part-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                documents.copyOriginalTo(d.id(), out);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new SQLException("cannot write the original of '" + d.fileName() + "' to " + folder + ": "
                    + e.getMessage(), e);
        } finally {
            deleteQuietly(part);
        }
    }

    private static void deleteQuietly(Path part) {
        if (part != null) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // A leftover piece in the owner-only folder; the next copy writes a new one.
            }
        }
    }
}
