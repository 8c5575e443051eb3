package org.marginalia.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marginalia.export.CodePointOffsets;
import org.marginalia.export.CsvRowWriter;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.Document;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.Tag;
import org.marginalia.store.PassageRow;
import org.marginalia.store.ProjectFile;

/**
 * The CSV export streamed from the database: in one read transaction, each source's text is scanned once for its
 * code-point offsets and dropped, then every (passage, tag) row goes from the cursor to the {@link CsvRowWriter}.
 * Only the sources' metadata, the codebook and the astral-character positions are held, never the passages.
 */
final class CsvStream {

    private final ProjectFile file;

    CsvStream(ProjectFile file) {
        this.file = file;
    }

    /**
     * @param citer cites a passage's source at its page, for the last {@code citation} column; null for none
     * @return how many passages were written
     */
    int write(OutputStream out, CsvOptions options, CitationService.PageCiter citer) throws IOException {
        CsvRowWriter writer = new CsvRowWriter(out, options, citer != null);
        try {
            int passages = file.inTransaction(tx -> {
                Map<Long, Document> documents = new HashMap<>();
                tx.documents().all().forEach(d -> documents.put(d.id(), d));
                Tags tags = new Tags(tx.tags().all());
                CodePointOffsets offsets = new CodePointOffsets();
                tx.documents().forEachText(offsets::add);
                long[] last = {Long.MIN_VALUE, 0};
                tx.annotations().forEachTagged(row -> {
                    long id = row.id();
                    if (id != last[0]) {
                        last[0] = id;
                        last[1]++;
                    }
                    writeRow(writer, row, documents.get(row.documentId()), tags, offsets, citer);
                });
                return (int) last[1];
            });
            writer.flush();
            return passages;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeRow(CsvRowWriter writer, PassageRow row, Document document, Tags tags,
            CodePointOffsets offsets, CitationService.PageCiter citer) throws SQLException {
        long documentId = row.documentId();
        int start = row.start();
        int page = document.pages().pageAt(start);
        long tagId = row.tagId();
        try {
            writer.row(row.id(), documentId, document.title(), tags.name(tagId), tags.path(tagId), row.quote(),
                    offsets.toCodePoints(documentId, start), offsets.toCodePoints(documentId, row.end()), page,
                    row.note(), row.author(), row.created(), row.modified(),
                    citer == null ? "" : citer.cite(document, page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each tag's name and path, worked out once. */
    private static final class Tags {

        private final Map<Long, String> names = new HashMap<>();
        private final Map<Long, String> paths = new HashMap<>();

        Tags(List<Tag> all) {
            ProjectSnapshot codebook = new ProjectSnapshot("", List.of(), Map.of(), all, List.of(), List.of());
            for (Tag tag : all) {
                names.put(tag.id(), tag.name());
                paths.put(tag.id(), codebook.tagPath(tag.id()));
            }
        }

        String name(long id) {
            return names.getOrDefault(id, "");
        }

        String path(long id) {
            return paths.getOrDefault(id, "");
        }
    }
}
