package org.marginalia.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.marginalia.model.AlignedPair;
import org.marginalia.model.TextSpan;

class AlignmentCsvExporterTest {

    @Test
    void aSentenceThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        String a = "=HYPERLINK(\"x\") said 😀 he.";
        String b = "He said so.";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = new AlignmentCsvExporter().write(List.of(new AlignedPair(new TextSpan(0, a.length()),
                new TextSpan(0, b.length()), 0.8)), a, b, out);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).isEqualTo(1);
        assertThat(records.get(0).get("a_text")).isEqualTo("'" + a);
        assertThat(records.get(0).get("a_end")).isEqualTo(String.valueOf(a.codePointCount(0, a.length())));
        assertThat(records.get(0).get("b_text")).isEqualTo(b);
        assertThat(records.get(0).get("score")).isEqualTo("0.800");
    }
}
