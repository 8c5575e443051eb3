package org.marginalia.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marginalia.model.Annotation;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.Document;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.TextSpan;

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
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (options.excel()) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setRecordSeparator(options.excel() ? "\r\n" : "\n")
                .get();
        int rows = 0;
        CSVPrinter printer = new CSVPrinter(writer, format);
        List<String> header = new ArrayList<>(HEADER);
        if (citations != null) {
            header.add("citation");
        }
        printer.printRecord(header);
        for (Annotation a : snapshot.annotations()) {
            Document document = snapshot.document(a.documentId()).orElseThrow();
            TextSpan codePoints = a.span().toCodePoints(snapshot.textOf(a.documentId()));
            String page = document.pages().isEmpty() ? "" : String.valueOf(document.pages().pageAt(a.span().start()));
            List<Long> tagIds = a.tagIds().isEmpty() ? Collections.singletonList(null) : a.tagIds();
            for (Long tagId : tagIds) {
                List<Object> row = new ArrayList<>(List.of(a.id(), document.id(), cell(document.title()),
                        tagId == null ? "" : cell(snapshot.tag(tagId).orElseThrow().name()),
                        tagId == null ? "" : cell(snapshot.tagPath(tagId)),
                        cell(a.quote()), codePoints.start(), codePoints.end(), page, cell(a.note()),
                        cell(a.author()), a.created().toString(), a.modified().toString()));
                if (citations != null) {
                    row.add(cell(citations.getOrDefault(a.id(), "")));
                }
                printer.printRecord(row);
                rows++;
            }
        }
        printer.flush();
        return rows;
    }

    private String cell(String value) {
        return FormulaGuard.cell(value, options.raw());
    }
}
