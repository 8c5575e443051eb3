package org.marginalia.importer;

import org.marginalia.model.ImportedSource;
import org.marginalia.model.SourceType;

/** Turns the bytes of one file format into a source. One implementation per format. */
public interface SourceImporter {

    SourceType type();

    /** Whether the bytes look like this format, judged by content alone. */
    boolean sniff(byte[] head);

    /** Whether the file name's extension belongs to this format, for when sniffing is not conclusive. */
    boolean acceptsExtension(String lowerCaseExtension);

    /**
     * @param fileName the original file name, for metadata fallbacks and error messages
     * @throws ImportException naming the file and the reason when the bytes cannot be imported
     */
    ImportedSource read(String fileName, byte[] bytes);
}
