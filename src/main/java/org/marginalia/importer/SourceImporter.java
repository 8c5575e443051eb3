package org.marginalia.importer;

import java.util.List;
import org.marginalia.model.ImportOptions;
import org.marginalia.model.ImportedSource;
import org.marginalia.model.SourceType;

/**
 * Turns the bytes of one file format into a source. One implementation per format; {@link Importers} picks one.
 * Implementations are stateless and safe to share between threads.
 */
public interface SourceImporter {

    SourceType type();

    /** Whether the first bytes of a file show this format, judged by content alone. */
    boolean sniff(byte[] head);

    /** The lower-case file name extensions (without dot) of this format, for when sniffing is not conclusive. */
    List<String> extensions();

    /**
     * @param fileName the original file name, for metadata fallbacks and error messages
     * @throws ImportException naming the file and the reason when the bytes cannot be imported
     */
    ImportedSource read(String fileName, byte[] bytes);

    /**
     * Reads with these options (OCR language, page progress and cancel); formats that need no OCR ignore them.
     *
     * @throws ImportException CANCELLED when the progress asked to stop
     */
    default ImportedSource read(String fileName, byte[] bytes, ImportOptions options) {
        return read(fileName, bytes);
    }
}
