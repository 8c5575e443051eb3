package org.marginalia.importer.bibliography;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.marginalia.importer.ImportException;
import org.marginalia.model.CitedSource;

/**
 * Reads a bibliography file (CSL-JSON {@code .json}, BibTeX/BibLaTeX {@code .bib}, RIS {@code .ris}) into cited
 * sources. The whole file is checked before anything is returned, so a damaged file changes nothing.
 */
public final class BibliographyReader {

    /** A bibliography of many thousands of entries is a few megabytes; far larger is not one to read whole. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    public List<CitedSource> read(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        String text = text(file);
        if (name.endsWith(".bib") || name.endsWith(".bibtex")) {
            return new BibTeXEntries().read(text, file);
        }
        if (name.endsWith(".ris")) {
            return new RisEntries().read(text, file);
        }
        if (name.endsWith(".json")) {
            return new CslJsonEntries().read(text, file);
        }
        throw new ImportException(ImportException.Reason.UNSUPPORTED, file,
                "bibliographies are read from .json (CSL-JSON), .bib (BibTeX, BibLaTeX) or .ris files");
    }

    private static String text(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(ImportException.Reason.TOO_LARGE, file, size / (1024 * 1024)
                        + " MB; a bibliography may be at most " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.UNREADABLE, file, e.getMessage(), e);
        }
    }
}
