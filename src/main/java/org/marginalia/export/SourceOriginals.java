package org.marginalia.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The original files of a project's sources as an export reads them: a few first bytes to tell the format by, then
 * the whole file copied into the export's stream. Never the file in memory: an archive PDF can be a gigabyte.
 */
public interface SourceOriginals {

    /** Enough first bytes to tell a PDF, JPEG, PNG or TIFF apart ({@link OriginalFiles}). */
    int HEAD = 16;

    /** Up to {@code length} first bytes of the source's original, or null when the project keeps none. */
    byte[] head(long documentId, int length) throws IOException;

    /** Writes the source's original file to {@code out}. */
    void copyTo(long documentId, OutputStream out) throws IOException;
}
