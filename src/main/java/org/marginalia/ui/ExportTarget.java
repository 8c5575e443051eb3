package org.marginalia.ui;

import java.nio.file.Path;
import org.marginalia.model.ExportFormat;

/** Where and in which format the user wants the project exported. */
public record ExportTarget(Path file, ExportFormat format) {
}
