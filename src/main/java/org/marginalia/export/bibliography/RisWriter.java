package org.marginalia.export.bibliography;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.marginalia.export.csl.CslItems;
import org.marginalia.model.ArchiveLocation;
import org.marginalia.model.BibliographyTypes;
import org.marginalia.model.CitedSource;
import org.marginalia.model.SourceMetadata;

/**
 * Sources as RIS records, with the tags Zotero's RIS translator reads: {@code DB} the archive, {@code AN} the
 * place in it, {@code T2} the journal or site, {@code DA} the date ({@code YYYY/MM/DD/}); the event date, which RIS
 * has no tag for, as a note line {@code Event date: …}.
 */
public final class RisWriter {

    static final String EVENT_DATE_NOTE = "Event date: ";

    public void write(List<CitedSource> sources, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (CitedSource source : sources) {
            SourceMetadata m = source.metadata();
            tag(w, "TY", BibliographyTypes.ofCsl(CslItems.itemType(source)).ris());
            tag(w, "ID", source.key());
            tag(w, "TI", m.title());
            for (String author : m.author().isEmpty() ? new String[0] : m.author().split("\\s*;\\s*")) {
                tag(w, "AU", author);
            }
            tag(w, "PB", m.publisher());
            tag(w, "T2", source.details().containerTitle());
            tag(w, "DA", risDate(m.date()));
            tag(w, "UR", m.url());
            tag(w, "DB", m.archive());
            tag(w, "AN", ArchiveLocation.of(m).text());
            tag(w, "N1", m.eventDate().isEmpty() ? "" : EVENT_DATE_NOTE + m.eventDate());
            w.write("ER  - \r\n\r\n");
        }
        w.flush();
    }

    private static void tag(Writer w, String tag, String value) throws IOException {
        if (!value.isEmpty()) {
            // A value is one line in RIS.
            w.write(tag + "  - " + value.replaceAll("\\s*[\\r\\n]+\\s*", " ") + "\r\n");
        }
    }

    /** RIS writes ISO dates with slashes and a trailing one; anything else is written as it is. */
    static String risDate(String iso) {
        return iso.matches("\\d{4}(-\\d{2}){0,2}") ? iso.replace('-', '/') + "/" : iso;
    }
}
