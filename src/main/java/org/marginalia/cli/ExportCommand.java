package org.marginalia.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Export the passages for a paper or another tool.")
final class ExportCommand extends ProjectCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "csv, json (W3C Web Annotation), qdpx (REFI-QDA), html or md (reports).") String format;
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;
    @Option(names = "--excel", description = "CSV for spreadsheets: a byte-order mark and CRLF line ends.")
    boolean excel;
    @Option(names = "--raw", description = "CSV cells exactly as stored: no ' before cells a spreadsheet would run "
            + "as formulas (for R, Python).")
    boolean raw;
    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "chicago",
            description = "Citation style of the reports and the CSV citation column: chicago, chicago-author-date, "
                    + "apa, mla, or a .csl file (default: chicago).")
    String style;
    @Option(names = "--citations", description = "CSV: add a last 'citation' column.")
    boolean citations;

    ExportCommand(ProjectOpener opener) {
        super(opener);
    }

    @Override
    public Integer call() {
        try (Project open = opener.openForReading(project)) {
            ExportFormat chosen = ExportFormat.fromWord(format);
            int passages = open.exports().export(out, chosen, new CsvOptions(excel, raw), CitationStyle.named(style),
                    citations);
            spec.commandLine().getErr().println("Wrote " + passages + " passages to " + out);
        }
        return 0;
    }
}
