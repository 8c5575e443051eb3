package org.marginalia.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marginalia.export.bibliography.BibTeXWriter;
import org.marginalia.export.bibliography.CslJsonWriter;
import org.marginalia.export.bibliography.RisWriter;
import org.marginalia.export.bibliography.ZoteroRdfWriter;
import org.marginalia.importer.bibliography.BibliographyReader;
import org.marginalia.model.Annotation;
import org.marginalia.model.CitedSource;
import org.marginalia.model.Document;
import org.marginalia.model.NotedSource;
import org.marginalia.model.PassageNote;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.Tag;
import org.marginalia.store.ProjectFile;

/**
 * The project's sources as a bibliography file (CSL-JSON, BibTeX, RIS), bibliography files back into source
 * details, and passages as Zotero notes (Zotero RDF).
 */
public final class BibliographyService {

    private final ProjectFile file;
    private final CitationService citations;
    private final ExportService exports;

    BibliographyService(ProjectFile file, CitationService citations, ExportService exports) {
        this.file = file;
        this.citations = citations;
        this.exports = exports;
    }

    /**
     * Writes every source as a bibliography: {@code csl-json}, {@code bibtex} or {@code ris}.
     *
     * @return how many sources were written
     */
    public int export(Path out, String format) {
        List<CitedSource> sources = citations.sources();
        ExportService.writeAtomically(out, stream -> {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "csl-json", "json" -> new CslJsonWriter().write(sources, stream);
                case "bibtex", "bib", "biblatex" -> new BibTeXWriter().write(sources, stream);
                case "ris" -> new RisWriter().write(sources, stream);
                default -> throw new IllegalArgumentException("unknown bibliography format '" + format
                        + "'; use csl-json, bibtex or ris");
            }
            return null;
        });
        return sources.size();
    }

    /**
     * Writes each source that has passages, with its passages as child notes, for Zotero's File → Import.
     *
     * @return how many notes were written
     */
    public int exportZoteroNotes(Path out) {
        ProjectSnapshot snapshot = exports.snapshot();
        Map<Long, CitedSource> cited = citations.sources().stream()
                .collect(Collectors.toMap(s -> Long.parseLong(s.key().substring("source".length())),
                        Function.identity()));
        List<NotedSource> noted = new ArrayList<>();
        for (Document document : snapshot.documents()) {
            List<PassageNote> notes = new ArrayList<>();
            for (Annotation passage : snapshot.annotations()) {
                if (passage.documentId() == document.id()) {
                    List<String> tags = passage.tagIds().stream().map(snapshot::tag).flatMap(Optional::stream)
                            .map(Tag::name).toList();
                    notes.add(new PassageNote(passage.quote(), tags, passage.note(),
                            document.pages().pageAt(passage.span().start())));
                }
            }
            if (!notes.isEmpty()) {
                noted.add(new NotedSource(cited.get(document.id()), notes));
            }
        }
        ExportService.writeAtomically(out, stream -> {
            new ZoteroRdfWriter().write(noted, stream);
            return null;
        });
        return noted.stream().mapToInt(n -> n.notes().size()).sum();
    }

    /**
     * Fills the details of the sources a bibliography file names, by key ({@code source12}, as the export writes
     * them) or by exact title. The file is read whole first, and all sources change in one transaction.
     */
    public BibliographyImport importFile(Path bibliography) {
        List<CitedSource> entries = new BibliographyReader().read(bibliography);
        return file.inTransaction(tx -> {
            List<Document> updated = new ArrayList<>();
            List<String> unmatched = new ArrayList<>();
            for (CitedSource entry : entries) {
                Optional<Document> source = Optional.empty();
                if (entry.key().matches("source\\d{1,18}")) {
                    source = tx.documents().get(Long.parseLong(entry.key().substring("source".length())));
                }
                if (source.isEmpty() && !entry.metadata().title().isEmpty()) {
                    source = tx.documents().findByTitle(entry.metadata().title()).stream().findFirst();
                }
                if (source.isEmpty() || entry.metadata().title().isEmpty()) {
                    unmatched.add(entry.key());
                    continue;
                }
                long id = source.get().id();
                tx.documents().updateMetadata(id, entry.metadata());
                var zotero = tx.citationDetails().get(id).orElseThrow();
                tx.citationDetails().update(id, entry.details().withZotero(zotero.zoteroLibrary(), zotero.zoteroKey(),
                        zotero.zoteroAttachmentKey()));
                updated.add(tx.documents().get(id).orElseThrow());
            }
            return new BibliographyImport(updated, unmatched);
        });
    }
}
