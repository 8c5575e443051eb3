package org.marginalia.project;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marginalia.importer.zotero.ZoteroAttachment;
import org.marginalia.importer.zotero.ZoteroItem;
import org.marginalia.importer.zotero.ZoteroLibrary;
import org.marginalia.model.CitationDetails;
import org.marginalia.model.Document;
import org.marginalia.model.ImportedSource;
import org.marginalia.store.ProjectFile;

/**
 * Sources from a local Zotero library: each chosen item's first stored PDF, HTML snapshot or text file becomes a
 * source whose details are the item's citation fields and which remembers its Zotero item. Every file is read
 * before anything is written, and all is written in one transaction, so a bad library or file changes nothing.
 */
public final class ZoteroService {

    private static final List<String> READABLE = List.of("application/pdf", "text/html", "text/plain",
            "text/markdown", "application/xhtml+xml");

    private final ProjectFile file;
    private final SourceReader reader;
    private final Clock clock;

    ZoteroService(ProjectFile file, SourceReader reader, Clock clock) {
        this.file = file;
        this.reader = reader;
        this.clock = clock;
    }

    /** The items of the library in {@code folder}, to choose from; reads a copy of the database, writes nothing. */
    public List<ZoteroEntry> entries(Path folder) {
        return new ZoteroLibrary(folder).items().stream().map(item -> new ZoteroEntry(item.key(),
                item.source().metadata().title().isEmpty() ? item.key() : item.source().metadata().title(),
                item.source().metadata().author(), item.collections(),
                item.attachments().stream().anyMatch(ZoteroService::readable))).toList();
    }

    /**
     * Imports the items of the library in {@code folder} that are filed in one of {@code collections} or have one
     * of {@code keys}; every item when both are empty.
     */
    public ZoteroImport importLibrary(Path folder, Set<String> collections, Set<String> keys) {
        record Ready(ZoteroItem item, ZoteroAttachment attachment, ImportedSource source) {
        }
        List<Ready> ready = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ZoteroItem item : new ZoteroLibrary(folder).items()) {
            boolean chosen = collections.isEmpty() && keys.isEmpty() || keys.contains(item.key())
                    || item.collections().stream().anyMatch(collections::contains);
            if (!chosen) {
                continue;
            }
            Optional<ZoteroAttachment> attachment = item.attachments().stream()
                    .filter(ZoteroService::readable).findFirst();
            if (attachment.isEmpty()) {
                skipped.add(item.key() + " '" + item.source().metadata().title()
                        + "': no stored PDF, HTML or text file");
                continue;
            }
            ImportedSource read = reader.read(attachment.get().file());
            ImportedSource cited = new ImportedSource(item.source().metadata().title().isEmpty() ? read.metadata()
                    : item.source().metadata(), read.type(), read.fileName(), read.original(), read.sha256(),
                    read.text(), read.pages(), List.of(), List.of());
            ready.add(new Ready(item, attachment.get(), cited));
        }
        return file.inTransaction(tx -> {
            List<Document> added = new ArrayList<>();
            List<Document> linked = new ArrayList<>();
            for (Ready r : ready) {
                CitationDetails details = r.item().source().details()
                        .withZotero(r.item().library(), r.item().key(), r.attachment().key());
                Optional<Document> existing = tx.documents().findBySha256(r.source().sha256());
                long id = existing.isPresent() ? existing.get().id()
                        : tx.documents().insert(r.source(), clock.instant());
                tx.citationDetails().update(id, existing.isPresent() ? linkedDetails(tx.citationDetails().get(id)
                        .orElse(CitationDetails.NONE), details) : details);
                (existing.isPresent() ? linked : added).add(tx.documents().get(id).orElseThrow());
            }
            return new ZoteroImport(added, linked, skipped);
        });
    }

    private static boolean readable(ZoteroAttachment attachment) {
        return READABLE.contains(attachment.contentType());
    }

    /** A source already in the project keeps the type the user gave it and gains the Zotero item. */
    private static CitationDetails linkedDetails(CitationDetails mine, CitationDetails zotero) {
        CitationDetails base = mine.itemType().isEmpty() ? zotero : mine;
        return base.withZotero(zotero.zoteroLibrary(), zotero.zoteroKey(), zotero.zoteroAttachmentKey());
    }
}
