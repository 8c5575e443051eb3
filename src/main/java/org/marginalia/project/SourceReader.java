package org.marginalia.project;

import java.nio.file.Path;
import org.marginalia.model.ImportedSource;

/**
 * Turns a file into a source. The importer package provides it; passing it in keeps the project layer testable and
 * free of any one importer.
 */
@FunctionalInterface
public interface SourceReader {

    /** @throws org.marginalia.model.MarginaliaException naming the file when it cannot be imported */
    ImportedSource read(Path file);
}
