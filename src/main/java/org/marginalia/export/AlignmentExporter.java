package org.marginalia.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marginalia.model.Alignment;
import org.marginalia.model.AlignmentRow;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.TextSpan;

/**
 * A sentence alignment between two sources as a CSV table (offsets in code points, as every export gives them), or
 * as an HTML or Markdown report section: both sentences side by side, the word difference and the similarity.
 */
public final class AlignmentExporter {

    public static final List<String> HEADER = List.of("row", "a_start", "a_end", "a_sentence", "b_start", "b_end",
            "b_sentence", "similarity", "changes");

    /** One side of the alignment: the source's title and its text, for code-point offsets. */
    public record Side(String title, String text) {
    }

    /**
     * Writes the alignment in CSV, HTML or Markdown.
     *
     * @return the number of rows written
     * @throws IllegalArgumentException for a format that holds no alignment (JSON, QDPX)
     */
    public int write(Alignment alignment, Side a, Side b, ExportFormat format, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (format) {
            case CSV -> csv(alignment, a, b, w);
            case HTML -> html(alignment, a, b, w);
            case MARKDOWN -> markdown(alignment, a, b, w);
            default -> throw new IllegalArgumentException("An alignment exports to CSV, HTML or Markdown, not "
                    + format.word());
        }
        w.flush();
        return alignment.rows().size();
    }

    private static void csv(Alignment alignment, Side a, Side b, Writer w) throws IOException {
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(HEADER);
        int number = 1;
        for (AlignmentRow row : alignment.rows()) {
            TextSpan ca = row.a() == null ? null : row.a().toCodePoints(a.text());
            TextSpan cb = row.b() == null ? null : row.b().toCodePoints(b.text());
            printer.printRecord(number++, ca == null ? "" : ca.start(), ca == null ? "" : ca.end(), guard(row.textA()),
                    cb == null ? "" : cb.start(), cb == null ? "" : cb.end(), guard(row.textB()),
                    row.paired() ? String.format(Locale.ROOT, "%.2f", row.similarity()) : "",
                    row.diff() == null ? "" : guard(row.diff().summary()));
        }
        printer.flush();
    }

    private static String guard(String value) {
        return FormulaGuard.cell(value, false);
    }

    private static void html(Alignment alignment, Side a, Side b, Writer w) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Alignment</title><style>"
                + HtmlReportExporter.CSS + ".none{color:#777;font-style:italic}</style></head><body>\n");
        w.write("<h1>Sentence alignment</h1>\n<p class=\"meta\">" + HtmlText.escape(coverage(alignment, a, b))
                + "</p>\n<table>\n<tr><th>" + HtmlText.escape(a.title()) + "</th><th>" + HtmlText.escape(b.title())
                + " (changes marked)</th><th>Similarity</th></tr>\n");
        for (AlignmentRow row : alignment.rows()) {
            String left = row.a() == null ? "<span class=\"none\">no counterpart</span>" : HtmlText.escape(row.textA());
            String right = row.b() == null ? "<span class=\"none\">no counterpart</span>"
                    : row.diff() == null ? HtmlText.escape(row.textB()) : HtmlText.diff(row.diff());
            w.write("<tr><td>" + left + "</td><td>" + right + "</td><td>" + percent(row) + "</td></tr>\n");
        }
        w.write("</table>\n</body></html>\n");
    }

    private static void markdown(Alignment alignment, Side a, Side b, Writer w) throws IOException {
        w.write("## Sentence alignment\n\n" + MarkdownReportExporter.escape(coverage(alignment, a, b)) + "\n\n");
        w.write("| " + MarkdownReportExporter.cell(a.title()) + " | " + MarkdownReportExporter.cell(b.title())
                + " (changes marked) | Similarity |\n| --- | --- | --- |\n");
        for (AlignmentRow row : alignment.rows()) {
            String left = row.a() == null ? "*no counterpart*" : MarkdownReportExporter.cell(row.textA());
            String right = row.b() == null ? "*no counterpart*"
                    : row.diff() == null ? MarkdownReportExporter.cell(row.textB())
                    : MarkdownReportExporter.diff(row.diff()).replace("\n", " ");
            w.write("| " + left + " | " + right + " | " + percent(row) + " |\n");
        }
    }

    private static String percent(AlignmentRow row) {
        return row.paired() ? Math.round(row.similarity() * 100) + "%" : "—";
    }

    private static String coverage(Alignment alignment, Side a, Side b) {
        int all = alignment.sentencesA();
        int paired = alignment.pairedA();
        return paired + " of " + all + " sentences of “" + a.title() + "” trace to “" + b.title() + "”; "
                + (all - paired) + " have none. " + alignment.unpairedB() + " sentences of “" + b.title()
                + "” have no counterpart.";
    }
}
