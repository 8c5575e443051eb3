package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.importer.Importers;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.StatsTable;

/** The reports carry the tags-by-source table and the co-occurrence matrix, counted by hand on the demo project. */
class ReportFiguresTest {

    @TempDir
    Path dir;

    @Test
    void theMarkdownAndHtmlReportsHoldTheFrequencyTableAndTheMatrix() throws Exception {
        try (Project demo = DemoProject.create(dir.resolve("demo.marginalia"), Importers.standard()::read)) {
            Path md = dir.resolve("report.md");
            demo.exports().export(md, ExportFormat.MARKDOWN, CsvOptions.standard());
            String report = Files.readString(md);
            // The demo's passages: trust on three passages of the first article (one of them also missile defense)
            // and one of the second; missile defense twice in the first.
            assertThat(report).contains("## Tags by source").contains("| trust | 3 | 1 | 4 |")
                    .contains("| missile defense | 2 | 0 | 2 |");
            // "It's a matter of trust" carries both tags: the one stretch where they occur together.
            assertThat(report).contains("## Co-occurrence (overlapping, count)")
                    .contains("| trust | 0 | 4 | 1 | 0 |");
            Path html = dir.resolve("report.html");
            demo.exports().export(html, ExportFormat.HTML, CsvOptions.standard());
            assertThat(Files.readString(html)).contains("<h2>Tags by source</h2>")
                    .contains("<tr><td>trust</td><td>3</td><td>1</td><td>4</td></tr>");
        }
    }

    @Test
    void aFigureCsvDefusesFormulasButKeepsNegativeNumbers() throws Exception {
        try (Project demo = DemoProject.create(dir.resolve("demo.marginalia"), Importers.standard()::read)) {
            Path csv = dir.resolve("figure.csv");
            demo.analysis().exportCsv(csv, new StatsTable("t", List.of("tag", "kappa"),
                    List.of(List.of("=HYPERLINK(\"x\")", "-0.125"))));
            assertThat(Files.readAllLines(csv)).containsExactly("tag,kappa", "\"'=HYPERLINK(\"\"x\"\")\",-0.125");
        }
    }
}
