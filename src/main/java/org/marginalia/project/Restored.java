package org.marginalia.project;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The outcome of restoring a backup.
 *
 * @param project    the project file, now holding the backup's content
 * @param keptAside  where the replaced project file was kept, if there was one
 */
public record Restored(Path project, Optional<Path> keptAside) {
}
