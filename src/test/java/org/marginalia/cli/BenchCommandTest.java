package org.marginalia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.bench.Benchmarks;
import org.marginalia.importer.Importers;

/** The bench command at a tiny scale: every row of the table is there, with figures. No timing is asserted. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTinyQuickRunPrintsEveryRowAndWritesTheJson() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path json = dir.resolve("results.json");

        int code = Cli.run(new String[] {"bench", "--quick", "--scale", "0.002", "--out", json.toString()},
                Importers.standard()::read, new PrintStream(out, true), new PrintStream(err, true));

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = table.lines().toList();
        for (String row : Benchmarks.ROWS) {
            assertThat(lines).as(row).anyMatch(line -> line.startsWith(row + " "));
        }
        // A quick run takes three runs a row (a full run five), and its header says so.
        assertThat(lines).filteredOn(line -> line.matches(".*  3 runs.*")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(table).contains("quick: 3 runs a row");
        // The test JVM is headless: window starts are skipped, and the table says why.
        assertThat(table).contains("not measured: no display");
        JsonNode rows = new ObjectMapper().readTree(json.toFile()).get("rows");
        assertThat(rows).hasSize(Benchmarks.ROWS.size());
        int openSource = Benchmarks.ROWS.indexOf("open a source (text + passages)");
        assertThat(rows.get(openSource).get("samples")).hasSize(3);
    }
}
