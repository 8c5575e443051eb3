package org.marginalia.export;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marginalia.model.CsvOptions;

/**
 * Writes the passage CSV a row at a time (RFC 4180, UTF-8), so an export can go from a database cursor to the file
 * without the project in memory: the header (with {@code citation} last when asked for), then one row per passage
 * and tag. Text cells pass {@link FormulaGuard} unless the options say raw.
 */
public final class CsvRowWriter implements Flushable {

    private static final int BUFFER = 1 << 16;

    private final CsvOptions options;
    private final boolean citationColumn;
    private final CSVPrinter printer;

    /** Writes the byte-order mark (for {@code --excel}) and the header. */
    public CsvRowWriter(OutputStream out, CsvOptions options, boolean citationColumn) throws IOException {
        this.options = options;
        this.citationColumn = citationColumn;
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        if (options.excel()) {
            writer.write('\uFEFF');
        }
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setRecordSeparator(options.excel() ? "\r\n" : "\n")
                .get());
        for (String name : CsvExporter.HEADER) {
            printer.print(name);
        }
        if (citationColumn) {
            printer.print("citation");
        }
        printer.println();
    }

    /**
     * One row.
     *
     * @param start code-point offset of the passage's start in its source's text
     * @param end code-point offset of its end (exclusive)
     * @param page the 1-based page of its start, 0 for a source without pages (an empty cell)
     * @param created the creation time as {@code Instant.toString} prints it
     * @param citation ignored unless the writer has a citation column
     */
    public void row(long passageId, long documentId, String document, String tag, String tagPath, String quote,
            int start, int end, int page, String note, String author, String created, String modified,
            String citation) throws IOException {
        printer.print(passageId);
        printer.print(documentId);
        printer.print(cell(document));
        printer.print(cell(tag));
        printer.print(cell(tagPath));
        printer.print(cell(quote));
        printer.print(start);
        printer.print(end);
        printer.print(page == 0 ? "" : Integer.toString(page));
        printer.print(cell(note));
        printer.print(cell(author));
        printer.print(created);
        printer.print(modified);
        if (citationColumn) {
            printer.print(cell(citation));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    private String cell(String value) {
        return FormulaGuard.cell(value, options.raw());
    }
}
