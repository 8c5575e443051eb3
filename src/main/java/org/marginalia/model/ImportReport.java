package org.marginalia.model;

import java.util.List;

/**
 * What an import of another tool's project brought in and what it did not, kind by kind (sources, passages, notes,
 * tags, links, elements it does not know), with one example of each, so that nothing is dropped in silence.
 *
 * @param lines one line per kind, in the order they were first met
 */
public record ImportReport(List<Line> lines) {

    /**
     * One kind of thing read from the file.
     *
     * @param taken how many came in
     * @param skipped how many were left out
     * @param example one that came in, or "" when none did
     * @param skippedExample why one was left out, or "" when none was
     * @param informational true for a remark on things that did come in (such as selections named by a label),
     *     which is not counted again in the totals
     */
    public record Line(String kind, int taken, int skipped, String example, String skippedExample,
                       boolean informational) {
    }

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public int taken() {
        return lines.stream().filter(l -> !l.informational()).mapToInt(Line::taken).sum();
    }

    public int skipped() {
        return lines.stream().filter(l -> !l.informational()).mapToInt(Line::skipped).sum();
    }

    /** The share of what was read that was left out, 0 when nothing was read. */
    public double skippedShare() {
        int read = taken() + skipped();
        return read == 0 ? 0 : (double) skipped() / read;
    }

    /** The report as the user reads it: one line per kind, then its examples indented. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append(line.kind()).append(": ").append(line.taken()).append(line.informational() ? "" : " imported");
            if (line.skipped() > 0) {
                out.append(", ").append(line.skipped()).append(" left out");
            }
            out.append('\n');
            if (!line.example().isEmpty()) {
                out.append("    e.g. ").append(line.example()).append('\n');
            }
            if (!line.skippedExample().isEmpty()) {
                out.append("    left out: ").append(line.skippedExample()).append('\n');
            }
        }
        return out.toString();
    }
}
