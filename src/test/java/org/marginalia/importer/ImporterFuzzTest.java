package org.marginalia.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.marginalia.model.ImportedSource;

/**
 * Whatever bytes arrive, an importer either returns a sound source or throws {@link ImportException}: no other
 * exception, no error, no hang. In {@code mvn verify} these replay the saved inputs in
 * {@code src/test/resources/org/marginalia/importer/ImporterFuzzTestInputs/<method>/} (seeds and past findings);
 * {@code JAZZER_FUZZ=1 mvn test -Djazzer.hooks=true -Dtest=ImporterFuzzTest#pdf} fuzzes one method for real (see the
 * {@code jazzer.hooks} property in the pom).
 */
class ImporterFuzzTest {

    private static final PdfImporter PDF = new PdfImporter();
    private static final HtmlImporter HTML = new HtmlImporter();
    private static final SourceImporter TEXT = TextImporter.plainText();
    private static final SourceImporter MARKDOWN = TextImporter.markdown();
    private static final Importers ANY = Importers.standard();

    @FuzzTest(maxDuration = "5m")
    void pdf(byte[] bytes) {
        check(PDF, "fuzz.pdf", bytes);
    }

    @FuzzTest(maxDuration = "5m")
    void html(byte[] bytes) {
        check(HTML, "fuzz.html", bytes);
    }

    @FuzzTest(maxDuration = "5m")
    void text(byte[] bytes) {
        check(TEXT, "fuzz.txt", bytes);
        check(MARKDOWN, "fuzz.md", bytes);
    }

    /** The way in for files: sniffing by content, then the importer it picks. */
    @FuzzTest(maxDuration = "5m")
    void anyFile(byte[] bytes) {
        try {
            sound(ANY.read("fuzz.bin", bytes));
        } catch (ImportException expected) {
            assertThat(expected.getMessage()).contains("fuzz.bin");
        }
    }

    private static void check(SourceImporter importer, String name, byte[] bytes) {
        try {
            sound(importer.read(name, bytes));
        } catch (ImportException expected) {
            assertThat(expected.getMessage()).contains(name);
        }
    }

    private static void sound(ImportedSource source) {
        assertThat(source.text()).isNotEmpty();
        for (int page = 1; page <= source.pages().pageCount(); page++) {
            assertThat(source.pages().startOf(page)).isBetween(0, source.text().length());
        }
    }
}
