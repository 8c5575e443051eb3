package org.marginalia.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.marginalia.model.Annotation;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.Document;
import org.marginalia.model.ProjectSnapshot;

/**
 * Writes one CSV row per passage and tag (an untagged passage gets one row with an empty tag), RFC 4180, UTF-8.
 * {@code start} and {@code end} are 0-based, end-exclusive Unicode code points into the source's text, so
 * {@code text[start:end]} in Python is the passage. The {@code quote} cell equals it unless formula guarding (the
 * default; {@code --raw} turns it off) put a {@code '} before a quote that starts like a spreadsheet formula.
 */
public final class CsvExporter {

    public static final List<String> HEADER = List.of("annotation_id", "document_id", "document", "tag", "tag_path",
            "quote", "start", "end", "page", "note", "author", "created", "modified");

    private final CsvOptions options;
    private final Map<Long, String> citations;

    public CsvExporter(CsvOptions options) {
        this.options = options;
        this.citations = null;
    }

    /**
     * With a last {@code citation} column after the {@link #HEADER} ones.
     *
     * @param citations each passage's citation by passage id
     */
    public CsvExporter(CsvOptions options, Map<Long, String> citations) {
        this.options = options;
        this.citations = Map.copyOf(citations);
    }

    /** @return the number of rows written (header not counted) */
    public int write(ProjectSnapshot snapshot, OutputStream out) throws IOException {
        CsvRowWriter writer = new CsvRowWriter(out, options, citations != null);
        CodePointOffsets offsets = new CodePointOffsets();
        snapshot.texts().forEach(offsets::add);
        int rows = 0;
        for (Annotation a : snapshot.annotations()) {
            Document document = snapshot.document(a.documentId()).orElseThrow();
            int page = document.pages().pageAt(a.span().start());
            List<Long> tagIds = a.tagIds().isEmpty() ? Collections.singletonList(null) : a.tagIds();
            for (Long tagId : tagIds) {
                writer.row(a.id(), document.id(), document.title(),
                        tagId == null ? "" : snapshot.tag(tagId).orElseThrow().name(),
                        tagId == null ? "" : snapshot.tagPath(tagId), a.quote(),
                        offsets.toCodePoints(document.id(), a.span().start()),
                        offsets.toCodePoints(document.id(), a.span().end()), page, a.note(), a.author(),
                        a.created().toString(), a.modified().toString(),
                        citations == null ? "" : citations.getOrDefault(a.id(), ""));
                rows++;
            }
        }
        writer.flush();
        return rows;
    }
}
