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
import org.marginalia.model.AlignedPair;
import org.marginalia.model.TextSpan;

/**
 * Aligned sentence pairs of two sources as CSV: score, the code-point offsets of both sentences, and their texts,
 * which are guarded against formula injection like every CSV export.
 */
public final class AlignmentCsvExporter {

    public static final List<String> HEADER = List.of("score", "a_start", "a_end", "b_start", "b_end", "a_text",
            "b_text");

    /** Writes one row per pair; returns the number of rows (header not counted). */
    public int write(List<AlignedPair> pairs, String textA, String textB, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(HEADER);
        for (AlignedPair pair : pairs) {
            TextSpan a = pair.a().toCodePoints(textA);
            TextSpan b = pair.b().toCodePoints(textB);
            printer.printRecord(String.format(Locale.ROOT, "%.3f", pair.score()), a.start(), a.end(), b.start(),
                    b.end(), FormulaGuard.cell(pair.a().of(textA), false),
                    FormulaGuard.cell(pair.b().of(textB), false));
        }
        printer.flush();
        return pairs.size();
    }
}
