package org.marginalia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.model.Annotation;
import org.marginalia.model.CitationStyle;
import org.marginalia.model.ExportFormat;

/** File ▸ Export asks how to cite: a report's style, a CSV's citation column; the defaults keep files as before. */
class ExportCitationsTest {

    @TempDir
    Path dir;
    DemoWorkbench demo;

    @BeforeEach
    void setUp() {
        demo = new DemoWorkbench(dir);
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }

    @Test
    void aCsvGetsTheCitationColumnOnlyWhenAskedFor() throws Exception {
        Path plain = export("plain.csv", ExportFormat.CSV, null);
        Path cited = export("cited.csv", ExportFormat.CSV, new ExportCitations(CitationStyle.APA, true));

        String plainHeader = Files.readAllLines(plain).get(0);
        String citedHeader = Files.readAllLines(cited).get(0);
        assertThat(plainHeader).doesNotContain("citation");
        assertThat(citedHeader).isEqualTo(plainHeader + ",citation");
        assertThat(Files.readString(cited)).contains(firstCitation(CitationStyle.APA));
        assertThat(demo.dialogs.citationsAsked).containsExactly(ExportFormat.CSV, ExportFormat.CSV);
        assertThat(demo.dialogs.errors).isEmpty();
    }

    @Test
    void aReportCitesInTheChosenStyleAndTheDefaultIsThePreferredOne() throws Exception {
        Path preferred = export("preferred.md", ExportFormat.MARKDOWN, null);
        Path apa = export("apa.md", ExportFormat.MARKDOWN, new ExportCitations(CitationStyle.APA, false));

        assertThat(Files.readString(preferred)).contains(firstCitation(demo.project.citations().preferred()));
        assertThat(Files.readString(apa)).contains(firstCitation(CitationStyle.APA))
                .doesNotContain(firstCitation(CitationStyle.CHICAGO_NOTES));
        assertThat(demo.dialogs.errors).isEmpty();
    }

    @Test
    void formatsWithoutCitationsDoNotAsk() {
        export("web.jsonld", ExportFormat.JSON, new ExportCitations(CitationStyle.APA, true));

        assertThat(demo.dialogs.citationsAsked).isEmpty();
        assertThat(dir.resolve("web.jsonld")).exists();
        assertThat(demo.dialogs.errors).isEmpty();
    }

    private Path export(String name, ExportFormat format, ExportCitations answer) {
        demo.dialogs.exportTarget = new ExportTarget(dir.resolve(name), format);
        demo.dialogs.exportCitations = answer;
        demo.vm.sourceCommands().exportWithDialog();
        return dir.resolve(name);
    }

    private String firstCitation(CitationStyle style) {
        Annotation first = demo.project.passages().forDocument(demo.project.sources().list().get(0).id()).get(0);
        return demo.project.citations().cite(first.id(), style);
    }
}
