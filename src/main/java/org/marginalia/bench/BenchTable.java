package org.marginalia.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The benchmark's rows as an aligned text table for people and as JSON for scripts. */
public final class BenchTable {

    private final List<BenchRow> rows;
    private final String machine;

    BenchTable(List<BenchRow> rows, String machine) {
        this.rows = List.copyOf(rows);
        this.machine = machine;
    }

    /** The row names, in order, so a test can check that every figure is there. */
    public List<String> names() {
        return rows.stream().map(BenchRow::name).toList();
    }

    public void print(PrintWriter out) {
        int width = rows.stream().mapToInt(r -> r.name().length()).max().orElse(10);
        out.println(machine);
        out.println(String.format(Locale.ROOT, "%-" + width + "s  %10s  %21s  %-5s  %s", "measure", "median",
                "min - max", "unit", "runs, note"));
        for (BenchRow row : rows) {
            if (row.hasSamples()) {
                out.println(String.format(Locale.ROOT, "%-" + width + "s  %10s  %21s  %-5s  %d runs%s", row.name(),
                        number(row.median()), number(row.min()) + " - " + number(row.max()), row.unit(),
                        row.samples().length, row.note().isEmpty() ? "" : "; " + row.note())
                        .replace("  1 runs", "  1 run"));
            } else {
                out.println(String.format(Locale.ROOT, "%-" + width + "s  %10s  %21s  %-5s  %s", row.name(), "-", "-",
                        "", row.note()));
            }
        }
        out.flush();
    }

    public void writeJson(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("machine", machine);
        ArrayNode array = root.putArray("rows");
        for (BenchRow row : rows) {
            ObjectNode node = array.addObject().put("name", row.name()).put("unit", row.unit()).put("note", row.note());
            if (row.hasSamples()) {
                node.put("median", row.median()).put("min", row.min()).put("max", row.max());
                ArrayNode samples = node.putArray("samples");
                for (double sample : row.samples()) {
                    samples.add(sample);
                }
            }
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
