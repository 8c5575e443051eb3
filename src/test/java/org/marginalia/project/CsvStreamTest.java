package org.marginalia.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.export.CsvExporter;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.ExportFormat;
import org.marginalia.model.ProjectSnapshot;

/** The CSV export streamed from the database, read back with commons-csv as a script would. */
class CsvStreamTest {

    @TempDir
    Path dir;

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void everyRowCutsItsQuoteOutOfItsOwnSourceByCodePointsAndNamesThePageItStartsOn() throws Exception {
        try (ScannedExportFixture fixture = ScannedExportFixture.create(dir)) {
            Project project = fixture.project;
            Path csv = dir.resolve("out.csv");

            int passages = project.exports().export(csv, ExportFormat.CSV, new CsvOptions(false, true));

            assertThat(passages).isEqualTo(6);
            List<CSVRecord> rows = read(csv);
            assertThat(rows).hasSize(7);
            assertThat(rows.get(0).toMap().keySet()).containsExactlyElementsOf(CsvExporter.HEADER);
            Map<String, String> texts = Map.of(String.valueOf(fixture.scan), ScannedExportFixture.SCAN,
                    String.valueOf(fixture.plain), ScannedExportFixture.NOTE);
            for (CSVRecord row : rows) {
                int[] codePoints = texts.get(row.get("document_id")).codePoints().toArray();
                int start = Integer.parseInt(row.get("start"));
                int end = Integer.parseInt(row.get("end"));
                // what text[start:end] gives in Python, whose strings index code points
                assertThat(new String(codePoints, start, end - start)).isEqualTo(row.get("quote"));
            }
            assertThat(rows).extracting(r -> r.get("tag"))
                    .containsExactly("Russia", "ally", "", "Russia", "", "ally", "");
            assertThat(rows.get(1).get("tag_path")).isEqualTo("Russia / ally");
            assertThat(rows.get(0).get("note")).isEqualTo("first, \"quoted\"");
            assertThat(rows).extracting(r -> r.get("page"))
                    .as("the scan's passages by the page they start on; the plain text has none")
                    .containsExactly("1", "1", "", "1", "1", "", "2");
            assertThat(rows.get(4).get("quote")).as("raw: exactly as stored").isEqualTo("Ally.\n=SUM(A1)");
            assertThat(rows.get(4).get("note")).isEqualTo("+danger");
            assertThat(rows.get(0).get("created")).endsWith("Z");
        }
    }

    @Test
    void theStreamWritesExactlyWhatTheSnapshotExporterWritesCitationsAndFormulaGuardIncluded() throws Exception {
        try (ScannedExportFixture fixture = ScannedExportFixture.create(dir)) {
            Project project = fixture.project;
            for (CsvOptions options : List.of(CsvOptions.standard(), new CsvOptions(true, false))) {
                Path streamed = dir.resolve("streamed.csv");
                project.exports().export(streamed, ExportFormat.CSV, options, CitationStyle.CHICAGO_NOTES, true);
                ProjectSnapshot snapshot = project.exports().snapshot();
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                new CsvExporter(options, project.citations().passageCitations(snapshot, CitationStyle.CHICAGO_NOTES))
                        .write(snapshot, expected);
                assertThat(Files.readString(streamed)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
                assertThat(Files.readString(streamed)).contains("'+danger", ",modified,citation", "n.d., 2.");
            }
        }
    }
}
