package org.marginalia.project;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of a project, as listed to the user.
 *
 * @param file   the backup file, in {@code NAME.marginalia.backups/}
 * @param time   when it was taken
 * @param size   its size in bytes
 * @param reason why: before-upgrade, before-import, on-open, on-close or manual
 */
public record Backup(Path file, Instant time, long size, String reason) {
}
