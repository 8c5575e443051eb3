package org.marginalia.model;

import java.util.List;

/**
 * A table of figures ready to write out (CSV, a report, the terminal): a title, the column headings and the rows, all
 * as text, numbers already formatted.
 */
public record StatsTable(String title, List<String> header, List<List<String>> rows) {

    public StatsTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
