package org.marginalia.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.marginalia.model.Annotation;
import org.marginalia.model.CsvOptions;
import org.marginalia.model.Document;
import org.marginalia.model.PageStarts;
import org.marginalia.model.ProjectSnapshot;
import org.marginalia.model.SourceMetadata;
import org.marginalia.model.SourceType;
import org.marginalia.model.Tag;
import org.marginalia.model.TextSpan;

class CsvExporterTest {

    private static final Instant T = Instant.parse("2026-11-24T08:00:00Z");
    private static final String TEXT = "𝔘𝔫𝔦 😀 \"Perhaps Russia could be an Ally\", he said.\n=SUM(A1) -1 @me\nPage 2 é";

    private static Annotation passage(long id, String quote, String note, List<Long> tags) {
        int start = TEXT.indexOf(quote);
        return new Annotation(id, 1, new TextSpan(start, start + quote.length()), quote, "", "", note, "me", T, T,
                tags);
    }

    private static ProjectSnapshot snapshot() {
        Document doc = new Document(1, SourceMetadata.titled("Memo, \"draft\""), SourceType.PDF, "memo.pdf",
                "0".repeat(64), TEXT.length(), PageStarts.of(0, TEXT.indexOf("Page 2")), T);
        Tag parent = new Tag(1, "Russia", "#111111", "", null, null);
        Tag child = new Tag(2, "NATO expansion", "#222222", "", 1L, "1");
        Tag trust = new Tag(3, "trust", "#333333", "", null, "2");
        return new ProjectSnapshot("p", List.of(doc), Map.of(1L, TEXT), List.of(parent, child, trust), List.of(
                passage(1, "Perhaps Russia could be an Ally", "line one\nline two, \"quoted\"", List.of(2L, 3L)),
                passage(2, "😀", "", List.of()),
                passage(3, "=SUM(A1)", "+danger", List.of(3L)),
                passage(4, "-1 @me", "", List.of()),
                passage(5, "é", "", List.of())), List.of());
    }

    private static List<CSVRecord> read(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    private static String export(CsvOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter(options).write(snapshot(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneRowPerPassageAndTagWithCodePointOffsetsThatCutTheQuoteOutOfTheText() throws Exception {
        List<CSVRecord> rows = read(export(new CsvOptions(false, true)));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).toMap().keySet()).containsAll(CsvExporter.HEADER);
        assertThat(rows).extracting(r -> r.get("tag")).containsExactly("NATO expansion", "trust", "", "trust", "", "");
        assertThat(rows.get(0).get("tag_path")).isEqualTo("Russia / NATO expansion");
        assertThat(rows.get(0).get("note")).isEqualTo("line one\nline two, \"quoted\"");
        assertThat(rows.get(0).get("document")).isEqualTo("Memo, \"draft\"");
        int[] codePoints = TEXT.codePoints().toArray();
        for (CSVRecord row : rows) {
            int start = Integer.parseInt(row.get("start"));
            int end = Integer.parseInt(row.get("end"));
            // what text[start:end] gives in Python, whose strings index code points
            assertThat(new String(codePoints, start, end - start)).isEqualTo(row.get("quote"));
        }
        assertThat(rows.get(2).get("start")).as("after 3 astral letters and a space").isEqualTo("4");
        assertThat(rows.get(0).get("page")).isEqualTo("1");
        assertThat(rows.get(5).get("page")).isEqualTo("2");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefusedUnlessRaw() throws Exception {
        List<CSVRecord> safe = read(export(CsvOptions.standard()));
        assertThat(safe.get(3).get("quote")).isEqualTo("'=SUM(A1)");
        assertThat(safe.get(3).get("note")).isEqualTo("'+danger");
        assertThat(safe.get(4).get("quote")).isEqualTo("'-1 @me");
        assertThat(safe.get(0).get("quote")).isEqualTo("Perhaps Russia could be an Ally");
        List<CSVRecord> raw = read(export(new CsvOptions(false, true)));
        assertThat(raw.get(3).get("quote")).isEqualTo("=SUM(A1)");
        assertThat(raw.get(4).get("quote")).isEqualTo("-1 @me");
    }

    @Test
    void excelFlavourHasAByteOrderMarkAndCrlf() throws Exception {
        String excel = export(new CsvOptions(true, false));
        assertThat(excel).startsWith("\uFEFFannotation_id,");
        assertThat(excel).contains("\r\n");
        assertThat(read(excel.substring(1))).hasSize(6);
        String plain = export(CsvOptions.standard());
        assertThat(plain).startsWith("annotation_id,").doesNotContain("\r\n");
    }
}
