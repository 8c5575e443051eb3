package org.marginalia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.marginalia.model.StatsTable;
import org.marginalia.project.Project;

/** A table of figures to the terminal (tab-separated, with its heading line) or to a CSV file. */
final class StatsOutput {

    private StatsOutput() {
    }

    static void write(Project project, StatsTable table, Path csv, PrintWriter out, PrintWriter err) {
        if (csv != null) {
            project.analysis().exportCsv(csv, table);
            err.println("Wrote " + table.title().toLowerCase(Locale.ROOT) + " (" + table.rows().size()
                    + " rows) to " + csv);
            return;
        }
        out.println(Tsv.row(table.header().toArray()));
        for (List<String> row : table.rows()) {
            out.println(Tsv.row(row.toArray()));
        }
    }
}
