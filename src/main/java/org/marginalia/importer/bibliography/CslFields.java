package org.marginalia.importer.bibliography;

import java.util.ArrayList;
import java.util.List;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.marginalia.model.ArchiveLocation;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.CitedSource;
import org.marginalia.model.SourceMetadata;

/** A CSL item back into source details: the reverse of the export's mapping. */
final class CslFields {

    private CslFields() {
    }

    static CitedSource source(CSLItemData item) {
        ArchiveLocation location = ArchiveLocation.parse(item.getArchiveLocation());
        String eventDate = date(item.getEventDate());
        String issued = date(item.getIssued());
        String type = item.getType() == null ? "" : item.getType().toString();
        SourceMetadata metadata = new SourceMetadata(item.getTitle(), names(item.getAuthor()), item.getPublisher(),
                issued, item.getURL(), item.getArchive(), location.collection(),
                location.box(), location.folder(), eventDate);
        return new CitedSource(item.getId(), metadata, CitationDetails.ofType(type, item.getContainerTitle()));
    }

    /** Names as the author field writes them: {@code Last, First}, institutions in braces, joined by {@code ;}. */
    static String names(CSLName[] names) {
        List<String> out = new ArrayList<>();
        for (CSLName name : names == null ? new CSLName[0] : names) {
            if (name.getLiteral() != null) {
                out.add("{" + name.getLiteral() + "}");
            } else if (name.getGiven() == null || name.getGiven().isBlank()) {
                out.add(String.valueOf(name.getFamily()));
            } else {
                out.add(name.getFamily() + ", " + name.getGiven());
            }
        }
        return String.join("; ", out);
    }

    /** ISO text of a CSL date ({@code 2001}, {@code 2001-11}, {@code 2001-11-13}), or its literal. */
    static String date(CSLDate date) {
        if (date == null) {
            return "";
        }
        if (date.getLiteral() != null) {
            return date.getLiteral();
        }
        if (date.getDateParts() == null || date.getDateParts().length == 0) {
            return date.getRaw() == null ? "" : date.getRaw();
        }
        int[] parts = date.getDateParts()[0];
        StringBuilder out = new StringBuilder(String.format("%04d", parts[0]));
        for (int i = 1; i < parts.length && i < 3; i++) {
            out.append(String.format("-%02d", parts[i]));
        }
        return out.toString();
    }
}
