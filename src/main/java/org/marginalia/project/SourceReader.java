package org.marginalia.project;

import java.nio.file.Path;
import org.marginalia.importer.Importers;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;

/**
 * Turns a file into a source. The importer package provides it; passing it in keeps the project layer testable and
 * free of any one importer.
 */
@FunctionalInterface
public interface SourceReader {

    /** @throws org.marginalia.model.MarginaliaException naming the file when it cannot be imported */
    ImportedSource read(Path file);

    /**
     * Reads with these options (OCR language, page progress and cancel, a transcription's page image). A reader that
     * knows no options reads as {@link #read(Path)} does.
     */
    default ImportedSource read(Path file, ImportOptions options) {
        return read(file);
    }

    /**
     * Reads stored bytes again as if from a file of that name, for OCR of a source already in the project.
     *
     * @throws ProjectException INVALID when this reader cannot read stored bytes
     */
    default ImportedSource read(String fileName, byte[] bytes, ImportOptions options) {
        throw new ProjectException(ProjectException.Reason.INVALID, "This program cannot read " + fileName
                + " again from the project");
    }

    /** A reader over the importers that honours every option. */
    static SourceReader using(Importers importers) {
        return new SourceReader() {
            @Override
            public ImportedSource read(Path file) {
                return importers.read(file);
            }

            @Override
            public ImportedSource read(Path file, ImportOptions options) {
                return importers.read(file, options);
            }

            @Override
            public ImportedSource read(String fileName, byte[] bytes, ImportOptions options) {
                return importers.read(fileName, bytes, options);
            }
        };
    }
}
