package org.marginalia.importer.bibliography;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Value;
import org.marginalia.importer.ImportException;
import org.marginalia.model.ArchiveLocation;
import org.marginalia.model.BibliographyTypes;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.CitedSource;
import org.marginalia.model.SourceMetadata;

/** BibTeX and BibLaTeX entries, parsed by jbibtex; the fields the BibTeX export writes, and their classic names. */
final class BibTeXEntries {

    List<CitedSource> read(String text, Path file) {
        BibTeXDatabase database;
        try {
            database = new BibTeXParser().parse(new StringReader(text));
        } catch (ParseException | RuntimeException e) {
            throw new ImportException(ImportException.Reason.DAMAGED, file, "not valid BibTeX: "
                    + firstLine(e.getMessage()), e);
        }
        if (database.getEntries().isEmpty() && !text.isBlank()) {
            throw new ImportException(ImportException.Reason.DAMAGED, file, "no BibTeX entry in it");
        }
        List<CitedSource> sources = new ArrayList<>();
        for (Map.Entry<Key, BibTeXEntry> entry : database.getEntries().entrySet()) {
            sources.add(source(entry.getKey().getValue(), entry.getValue()));
        }
        return sources;
    }

    private static CitedSource source(String key, BibTeXEntry entry) {
        ArchiveLocation location = ArchiveLocation.parse(field(entry, "archive_location"));
        String date = field(entry, "date");
        if (date.isEmpty()) {
            date = field(entry, "year");
        }
        String authors = String.join("; ", field(entry, "author").split("\\s+and\\s+"));
        SourceMetadata metadata = new SourceMetadata(field(entry, "title"), authors, field(entry, "publisher"),
                date, field(entry, "url"), field(entry, "archive"), location.collection(), location.box(),
                location.folder(), field(entry, "eventdate"));
        String container = field(entry, "journaltitle");
        if (container.isEmpty()) {
            container = field(entry, "journal");
        }
        String type = BibliographyTypes.ofBibtex(entry.getType().getValue(), field(entry, "entrysubtype")).csl();
        return new CitedSource(key, metadata, CitationDetails.ofType(type, container));
    }

    private static String field(BibTeXEntry entry, String name) {
        Value value = entry.getField(new Key(name));
        if (value == null) {
            return "";
        }
        return value.toUserString().replace("\\textbackslash{}", "\\").replace("\\{", "{").replace("\\}", "}")
                .replaceAll("\\s+", " ").strip();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
