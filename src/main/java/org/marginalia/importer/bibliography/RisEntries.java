package org.marginalia.importer.bibliography;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.marginalia.importer.ImportException;
import org.marginalia.model.ArchiveLocation;
import org.marginalia.model.BibliographyTypes;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.CitedSource;
import org.marginalia.model.SourceMetadata;

/**
 * RIS records, parsed by citeproc-java's RIS parser, with the tags Zotero uses: {@code DB} archive, {@code AN}
 * archive location, {@code T2} container, {@code DA}/{@code PY} date.
 */
final class RisEntries {

    private static final String EVENT_DATE_NOTE = "Event date: ";

    List<CitedSource> read(String text, Path file) {
        RISLibrary library;
        try {
            library = new RISParser().parse(new StringReader(text));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportException.Reason.DAMAGED, file, "not valid RIS: " + e.getMessage(), e);
        }
        if (library.getReferences().isEmpty() && !text.isBlank()) {
            throw new ImportException(ImportException.Reason.DAMAGED, file, "no RIS record in it");
        }
        List<CitedSource> sources = new ArrayList<>();
        for (RISReference reference : library.getReferences()) {
            sources.add(source(reference));
        }
        return sources;
    }

    private static CitedSource source(RISReference r) {
        ArchiveLocation location = ArchiveLocation.parse(r.getAccessionNumber());
        String date = isoDate(r.getDate() != null ? r.getDate() : r.getYear());
        String eventDate = "";
        for (String note : r.getNotes() == null ? new String[0] : r.getNotes()) {
            if (note.startsWith(EVENT_DATE_NOTE)) {
                eventDate = note.substring(EVENT_DATE_NOTE.length());
            }
        }
        SourceMetadata metadata = new SourceMetadata(r.getTitle() != null ? r.getTitle() : r.getPrimaryTitle(),
                String.join("; ", r.getAuthors() == null ? new String[0] : r.getAuthors()), r.getPublisher(), date,
                r.getURL(), r.getNameOfDatabase(),
                location.collection(), location.box(), location.folder(), eventDate);
        String type = r.getType() == null ? "" : BibliographyTypes.ofRis(r.getType().name()).csl();
        String container = r.getSecondaryTitle() != null ? r.getSecondaryTitle() : r.getJournal();
        return new CitedSource(r.getId(), metadata, CitationDetails.ofType(type, container));
    }

    /** {@code 2001/11/13/} or {@code 2001/11/13/other} to ISO; what is not a RIS date stays as written. */
    private static String isoDate(String ris) {
        if (ris == null) {
            return "";
        }
        String[] parts = ris.strip().split("/", -1);
        if (parts.length == 0 || !parts[0].matches("\\d{4}")) {
            return ris.strip();
        }
        StringBuilder iso = new StringBuilder(parts[0]);
        for (int i = 1; i < Math.min(parts.length, 3) && parts[i].matches("\\d{2}"); i++) {
            iso.append('-').append(parts[i]);
        }
        return iso.toString();
    }
}
