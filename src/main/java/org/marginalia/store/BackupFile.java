package org.marginalia.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One complete backup of a project in its {@code NAME.marginalia.backups/} folder.
 *
 * @param file   the backup, itself a project file that can be opened or restored
 * @param time   when it was taken (from its name, so copying the folder keeps the history)
 * @param size   its size in bytes
 * @param reason why it was taken: {@code before-upgrade}, {@code before-import}, {@code on-open}, {@code on-close},
 *               {@code manual}
 */
public record BackupFile(Path file, Instant time, long size, String reason) {
}
